import Foundation

/// A scenario read from a file, with what identifies it.
public struct LoadedScenario: Sendable {
  /// The decoded, validated scenario.
  public var scenario: Scenario
  /// The file path as the user gave it.
  public var file: String
  /// The file's raw bytes (hashed into every output).
  public var bytes: [UInt8]
  /// Where each JSON path of the file starts (`pools[1]`, `channels[0].sla.percent`), for
  /// messages about the scenario after it was loaded.
  public var positions: [String: SourcePosition]
}

/// Reads, decodes and validates scenario files.
public enum ScenarioLoader {
  /// Returns the scenario in the file at `path`, or throws `ScenarioError` listing every
  /// problem found (syntax, unknown keys, values, references).
  public static func load(path: String) throws(ScenarioError) -> LoadedScenario {
    let (contents, reason) = FileContents.read(atPath: path)
    guard let data = contents else { throw .unreadable(file: path, reason: reason) }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    return try load(bytes: Array(data), file: path, directory: directory)
  }

  /// Returns the scenario in a JSON text read from elsewhere (standard input); `file` names it
  /// in messages and `directory` is where referenced CSV files are looked up.
  public static func load(bytes: [UInt8], file: String, directory: URL) throws(ScenarioError)
    -> LoadedScenario
  {
    let (scenario, positions) = try decodeWithPositions(bytes, file: file, directory: directory)
    return LoadedScenario(scenario: scenario, file: file, bytes: bytes, positions: positions)
  }

  /// Returns the scenario in a JSON text; `file` names it in messages and `directory` is where
  /// referenced CSV files are looked up.
  public static func decode(_ bytes: [UInt8], file: String, directory: URL) throws(ScenarioError)
    -> Scenario
  {
    try decodeWithPositions(bytes, file: file, directory: directory).scenario
  }

  /// Returns the scenario and where each of its JSON paths starts.
  static func decodeWithPositions(_ bytes: [UInt8], file: String, directory: URL)
    throws(ScenarioError) -> (scenario: Scenario, positions: [String: SourcePosition])
  {
    let root = try parseJSON(bytes, file: file).get()
    let context = DecodingContext(file: file)
    let (decoded, outline) = ScenarioDecoder(
      context: context, files: ScenarioFiles(directory: directory)
    ).decode(root)
    let validator = ScenarioValidator(context: context)
    if let decoded {
      validator.validate(decoded)
    } else if let outline {
      validator.validateReferences(outline)
    }
    guard let decoded, context.issues.isEmpty else {
      throw .invalid(file: file, issues: context.issues)
    }
    return (decoded, context.positions)
  }

  /// Returns the JSON document in `bytes`, or the syntax error as an issue of `file`.
  static func parseJSON(_ bytes: [UInt8], file: String) -> Result<JSONNode, ScenarioError> {
    do {
      return .success(try JSONReader.parse(bytes))
    } catch {
      let issue = ScenarioIssue(
        file: file, path: error.path, position: error.position, message: error.message)
      return .failure(.invalid(file: file, issues: [issue]))
    }
  }
}
