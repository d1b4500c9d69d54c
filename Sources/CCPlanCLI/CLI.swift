/// The entry point of the `ccplan` command line: parse, run, report, return the exit code.
///
/// `Sources/ccplan/main.swift` only calls `CLI.run`; tests call it in-process with a
/// `CapturedIO` and read what a user would have seen.
public enum CLI {
  /// Runs `ccplan` with `arguments` (without the program name) and returns the exit status:
  /// 0 on success, 1 when the work failed, 2 when the invocation was wrong.
  public static func run(_ arguments: [String], io: some CommandIO) -> Int32 {
    run(arguments, root: RootCommand.spec, io: io)
  }

  /// Makes SIGINT, SIGTERM and SIGHUP remove the run's temporaries and exit with 130, 143
  /// and 129 (see `Interruption`); the executable calls it once before `run`.
  public static func handleSignals() {
    Interruption.install()
  }

  /// Runs the command tree under `root` (which gets the built-in `help` subcommand) with
  /// `arguments`; every error is written through `io` and turned into the exit status.
  public static func run(_ arguments: [String], root: CommandSpec, io: some CommandIO) -> Int32 {
    let tree = BuiltInHelp.adding(to: root)
    assert(tree.definitionProblems().isEmpty, tree.definitionProblems().joined(separator: "\n"))
    var runningPath = [tree.name]
    do {
      let invocation = try Parser(root: tree).parse(arguments)
      runningPath = invocation.commandPath
      guard let run = invocation.command.run else {
        throw CleanExit.help(commandPath: invocation.commandPath)
      }
      return try run(invocation, io)
    } catch {
      let message = MessageInfo(error: error, root: tree, runningPath: runningPath)
      switch message.stream {
      case .output: io.writeOutput(message.text)
      case .error: io.writeError(message.text)
      }
      return message.exitCode
    }
  }
}
