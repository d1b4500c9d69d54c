/// A mistake in how a command was invoked. It is printed with the command's usage line and a
/// pointer to its help, and the process exits with status 2.
///
/// The parser throws these for unknown options, missing arguments and bad values; a command's
/// `run` throws one for a check across options, quoting the flags involved:
///
///     throw UsageError("'--seed' and '--seeds' are mutually exclusive.")
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The sentence after `Error:`.
  public var message: String
  /// The command names from the root (`["ccplan", "simulate"]`) whose usage line to show;
  /// nil means the command that was running.
  public var commandPath: [String]?

  /// A usage error about the running command.
  public init(_ message: String) {
    self.message = message
    self.commandPath = nil
  }

  /// A usage error about the command at `commandPath`.
  init(_ message: String, commandPath: [String]?) {
    self.message = message
    self.commandPath = commandPath
  }

  /// The message alone.
  public var description: String { message }
}

/// Ends a command with an exit status and no further message, for a command that has
/// already reported its findings (`validate` exits 1 after listing every problem).
public struct ExitCode: Error, Equatable, Sendable {
  /// The process exit status.
  public var rawValue: Int32

  /// An exit with status `rawValue`.
  public init(_ rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// Status 0: the command did what was asked.
  public static let success = ExitCode(0)
  /// Status 1: the command ran and failed (bad input file, failed check, I/O error).
  public static let failure = ExitCode(1)
  /// Status 2: the command was invoked wrongly.
  public static let usage = ExitCode(2)
}

/// Requests that stop parsing without an error: print help or the version, exit 0.
enum CleanExit: Error, Equatable {
  /// Print the help of the command at this path.
  case help(commandPath: [String])
  /// Print this version string.
  case version(String)
}

extension UsageError {
  /// "Unknown option '--foo'. Did you mean '--format'?"
  static func unknownOption(_ word: String, suggestion: String?, path: [String]) -> UsageError {
    UsageError("Unknown option '\(word)'." + didYouMean(suggestion), commandPath: path)
  }

  /// "Unknown command 'simlate'. Did you mean 'simulate'?"
  static func unknownCommand(_ word: String, suggestion: String?, path: [String]) -> UsageError {
    UsageError("Unknown command '\(word)'." + didYouMean(suggestion), commandPath: path)
  }

  /// "Missing expected argument '<file>'" (also for a required option, with its synopsis).
  static func missingArgument(_ label: String, path: [String]) -> UsageError {
    UsageError("Missing expected argument '\(label)'", commandPath: path)
  }

  /// "Missing value for '--format <format>'"
  static func missingValue(_ synopsis: String, path: [String]) -> UsageError {
    UsageError("Missing value for '\(synopsis)'", commandPath: path)
  }

  /// "The value 'x' is invalid for '--replications': expected a whole number."
  static func invalidValue(
    _ value: String, for name: String, expected: String, path: [String]
  ) -> UsageError {
    UsageError(
      "The value '\(value)' is invalid for '\(name)': expected \(expected).", commandPath: path)
  }

  /// "Unexpected argument 'extra'"
  static func unexpectedArgument(_ word: String, path: [String]) -> UsageError {
    UsageError("Unexpected argument '\(word)'", commandPath: path)
  }

  /// "The flag '--quick' does not take a value."
  static func flagWithValue(_ name: String, path: [String]) -> UsageError {
    UsageError("The flag '\(name)' does not take a value.", commandPath: path)
  }

  /// " Did you mean 'x'?" or nothing.
  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " Did you mean '\($0)'?" } ?? ""
  }
}
