/// One problem found in a scenario file: where it is and what is wrong.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
  /// The file the problem is in, as the user named it.
  public var file: String
  /// The JSON path of the offending value, such as `channels[2].sla.percent` ("" for the file).
  public var path: String
  /// The line and column in the file, when known.
  public var position: SourcePosition?
  /// What was expected and what was found.
  public var message: String

  /// Creates an issue.
  public init(file: String, path: String, position: SourcePosition?, message: String) {
    self.file = file
    self.path = path
    self.position = position
    self.message = message
  }

  /// Returns `file:line:col: error: path: message`, in the style compilers use.
  public var description: String {
    let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
    return path.isEmpty ? "\(place): error: \(message)" : "\(place): error: \(path): \(message)"
  }
}

/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Sendable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(file: String, reason: String)
  /// The file was read but has problems; all of them are listed.
  case invalid(file: String, issues: [ScenarioIssue])

  /// Returns every problem, one per line.
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "cannot read the scenario \(file): \(reason)"
    case .invalid(let file, let issues):
      let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
      return "the scenario \(file) has \(count):\n"
        + issues.map { "  " + $0.description }.joined(separator: "\n")
    }
  }

  /// Returns the individual problems (one for an unreadable file).
  public var issues: [ScenarioIssue] {
    switch self {
    case .unreadable(let file, let reason):
      return [
        ScenarioIssue(
          file: file, path: "", position: nil, message: "cannot read the scenario: \(reason)")
      ]
    case .invalid(_, let issues): return issues
    }
  }
}
