import ContactCenter
import Testing

@testable import CCPlanCLI

/// The real `ccplan` tree, run in-process.
@Suite struct RootCommandTests {
  /// `ccplan --version` prints the shared version constant.
  @Test func version() {
    let io = CapturedIO()
    #expect(CLI.run(["--version"], io: io) == 0)
    #expect(io.stdout == CCPlanVersion.current + "\n")
    #expect(io.stderr.isEmpty)
  }

  /// `ccplan` alone prints the root help, exit 0; so do `--help`, `-h` and `help`.
  @Test func noArgumentsPrintsHelp() {
    let io = CapturedIO()
    #expect(CLI.run([], io: io) == 0)
    #expect(io.stdout.hasPrefix("OVERVIEW: Contact-center simulation and staffing planner.\n"))
    #expect(io.stdout.contains("\nSUBCOMMANDS:\n"))
    #expect(io.stdout.contains("\n  help                    Show subcommand help information.\n"))
    for arguments in [["--help"], ["-h"], ["help"]] {
      let other = CapturedIO()
      #expect(CLI.run(arguments, io: other) == 0)
      #expect(other.stdout == io.stdout)
    }
  }

  /// Every subcommand's `help <cmd>` equals its `<cmd> --help`.
  @Test func helpSubcommandMatchesHelpFlag() {
    for command in RootCommand.subcommands {
      let viaHelp = CapturedIO()
      let viaFlag = CapturedIO()
      #expect(CLI.run(["help", command.name], io: viaHelp) == 0)
      #expect(CLI.run([command.name, "--help"], io: viaFlag) == 0)
      #expect(viaHelp.stdout == viaFlag.stdout, "\(command.name)")
    }
  }

  /// An unknown command is a usage error.
  @Test func unknownCommand() {
    let io = CapturedIO()
    #expect(CLI.run(["nosuchcommand"], io: io) == 2)
    #expect(
      io.stderr == """
        Error: Unknown command 'nosuchcommand'.
        Usage: ccplan <subcommand>
          See 'ccplan --help' for more information.

        """)
  }

  /// The tree is well-formed: names, reserved options, argument order.
  @Test func treeHasNoDefinitionProblems() {
    #expect(BuiltInHelp.adding(to: RootCommand.spec).definitionProblems() == [])
    #expect(BuiltInHelp.adding(to: Demo.root).definitionProblems() == [])
  }

  /// Every help page of the tree fits in 80 columns.
  @Test func helpFitsEightyColumns() {
    let tree = BuiltInHelp.adding(to: RootCommand.spec)
    for command in [tree] + tree.subcommands {
      let path = command.name == tree.name ? [tree.name] : [tree.name, command.name]
      for line in HelpGenerator.help(for: command, path: path).split(separator: "\n") {
        #expect(line.count <= 80, "\(line)")
      }
    }
  }
}
