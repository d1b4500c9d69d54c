/// Why a result directory cannot be turned into a report; each message names the file and
/// what was expected in it.
public struct ResultReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file (or directory) at fault, as the user would find it.
  public var file: String
  /// What is wrong and how to fix it.
  public var reason: String

  /// Creates an error about `file`.
  public init(file: String, reason: String) {
    self.file = file
    self.reason = reason
  }

  public var description: String { "\(file): \(reason)" }
}

/// The text of the files of one result directory, by file name, and where they came from.
public struct ResultFiles: Sendable {
  /// The directory as the user named it (for messages).
  public var directory: String
  /// File name → content, for the files that were found.
  public var texts: [String: String]

  /// Creates the file set of `directory`.
  public init(directory: String, texts: [String: String]) {
    self.directory = directory
    self.texts = texts
  }

  /// The files `staff` and `simulate` write that a report reads, and the files that mark a
  /// `compare` or `sweep` result (which have no report yet).
  public static let readable = [
    "summary.json", "requirements.csv", "staffing.csv", "intervals.csv", "pool-intervals.csv",
    "compare.json", "manifest.json",
  ]

  /// Returns the path of `name` inside the directory, for messages.
  func path(_ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// Returns the text of `name`, or throws an error naming it and the command that writes it.
  func text(_ name: String, writtenBy command: String) throws(ResultReportError) -> String {
    guard let text = texts[name] else {
      throw ResultReportError(
        file: path(name),
        reason: "missing: a '\(command)' result directory holds \(name) (run 'ccplan "
          + "\(command) SCENARIO --out \(directory)' to write one)")
    }
    return text
  }
}
