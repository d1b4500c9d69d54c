import Foundation

/// What the user sees when a command ends other than by returning: the one place that maps
/// an error to its text, its stream and the exit code.
///
/// - `CleanExit` (help, version): the text on standard output, exit 0.
/// - `UsageError`: three lines on standard error, exit 2:
///   `Error: <message>` / `Usage: <synopsis>` / `  See 'ccplan <cmd> --help' for more information.`
/// - `ExitCode`: nothing more is printed; exit with its status.
/// - Any other error: `Error: <description>` on standard error, exit 1, with no usage line
///   (the invocation was right; the work failed). Library errors conform to
///   `CustomStringConvertible` with a message written for the user; Foundation's file errors
///   print as `<path>: <localized description>`.
struct MessageInfo: Equatable {
  /// The stream a message goes to.
  enum Stream: Equatable {
    /// Standard output: help and version, which the user asked for.
    case output
    /// Standard error: everything that reports a problem.
    case error
  }

  /// The text to write, ending in a newline (empty for `ExitCode`).
  let text: String
  /// Where to write `text`.
  let stream: Stream
  /// The process exit status.
  let exitCode: Int32

  /// Usage errors exit with this status (argument-parser uses `EX_USAGE`; ccplan uses 2).
  static let usageExitCode: Int32 = 2

  /// The message for `error`, thrown while running the command at `runningPath` of `root`.
  init(error: any Error, root: CommandSpec, runningPath: [String]) {
    switch error {
    case CleanExit.help(let path):
      let command = Self.command(at: path, in: root) ?? root
      self.init(text: HelpGenerator.help(for: command, path: path), stream: .output, exitCode: 0)
    case CleanExit.version(let version):
      self.init(text: version + "\n", stream: .output, exitCode: 0)
    case let usage as UsageError:
      var path = usage.commandPath ?? runningPath
      var command = Self.command(at: path, in: root)
      if command == nil {
        path = [root.name]
        command = root
      }
      let synopsis = HelpGenerator.usage(for: command ?? root, path: path)
      let name = path.joined(separator: " ")
      self.init(
        text: """
          Error: \(usage.message)
          Usage: \(synopsis)
            See '\(name) --help' for more information.

          """,
        stream: .error, exitCode: Self.usageExitCode)
    case let exit as ExitCode:
      self.init(text: "", stream: .error, exitCode: exit.rawValue)
    case let cocoa as CocoaError:
      let prefix = cocoa.filePath.map { $0 + ": " } ?? ""
      self.init(
        text: "Error: \(prefix)\(cocoa.localizedDescription)\n", stream: .error, exitCode: 1)
    case let described as any CustomStringConvertible:
      self.init(text: "Error: \(described.description)\n", stream: .error, exitCode: 1)
    default:
      self.init(text: "Error: \(String(describing: error))\n", stream: .error, exitCode: 1)
    }
  }

  /// A message with its stream and exit status.
  init(text: String, stream: Stream, exitCode: Int32) {
    self.text = text
    self.stream = stream
    self.exitCode = exitCode
  }

  /// The command at `path` (root name first) in the tree under `root`, if the path exists.
  static func command(at path: [String], in root: CommandSpec) -> CommandSpec? {
    guard path.first == root.name else { return nil }
    var command = root
    for name in path.dropFirst() {
      guard let next = command.subcommands.first(where: { $0.name == name }) else { return nil }
      command = next
    }
    return command
  }
}
