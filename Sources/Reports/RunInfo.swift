/// A file an output was made from, with its SHA-256.
public struct SourceFile: Sendable, Equatable {
  /// The path as the user gave it.
  public var path: String
  /// SHA-256 of its bytes, lowercase hex.
  public var sha256: String

  /// Creates a source file record.
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}

/// What made an output (simulation or staffing plan): recorded in every file so a result
/// can be traced and reproduced.
public struct RunInfo: Sendable, Equatable {
  /// The ccplan version.
  public var version: String
  /// The scenario's name.
  public var scenarioName: String
  /// The scenario file as the user named it.
  public var scenarioFile: String
  /// SHA-256 of the scenario file's bytes, hex.
  public var scenarioSHA256: String
  /// Base random seed (simulation only).
  public var seed: UInt64?
  /// Number of replications (simulation only).
  public var replications: Int?
  /// A staffing file replayed instead of the scenario's staffing, with its SHA-256.
  public var staffingFile: SourceFile?
  /// Demand multiplier applied to the scenario (1 = as written).
  public var volumeFactor: Double = 1
  /// Handle-time multiplier applied to the scenario (1 = as written).
  public var ahtFactor: Double = 1

  /// Creates run information.
  public init(
    version: String, scenarioName: String = "", scenarioFile: String, scenarioSHA256: String,
    seed: UInt64? = nil, replications: Int? = nil, staffingFile: SourceFile? = nil
  ) {
    self.version = version
    self.scenarioName = scenarioName
    self.scenarioFile = scenarioFile
    self.scenarioSHA256 = scenarioSHA256
    self.seed = seed
    self.replications = replications
    self.staffingFile = staffingFile
  }

  /// Returns the run information as a JSON object.
  public var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("ccplan_version", .string(version)),
      ("scenario", .string(scenarioName)),
      ("scenario_file", .string(scenarioFile)),
      ("scenario_sha256", .string(scenarioSHA256)),
    ]
    if let seed { members.append(("seed", .number(Double(seed)))) }
    if let replications { members.append(("replications", .integer(replications))) }
    members.append(("volume_factor", .number(volumeFactor)))
    members.append(("aht_factor", .number(ahtFactor)))
    if let staffingFile {
      members.append(("staffing_file", .string(staffingFile.path)))
      members.append(("staffing_sha256", .string(staffingFile.sha256)))
    }
    return .object(members)
  }

  /// Returns the `#` comment line opening each CSV file of `command`: version, scenario
  /// file and its SHA-256, seed and replications, the staffing file replayed, and the
  /// volume and AHT factors (the same fields `ccplan staff` records).
  public func csvHeaderLine(command: String) -> String {
    var text =
      "# ccplan \(version) \(command); scenario \(scenarioName) (\(scenarioFile), sha256 "
      + "\(scenarioSHA256))"
    if let seed { text += "; seed \(seed)" }
    if let replications { text += "; replications \(replications)" }
    if let staffingFile {
      text += "; staffing \(staffingFile.path) (sha256 \(staffingFile.sha256))"
    }
    text += "; volume factor \(JSONValue.format(volumeFactor)); aht factor "
    text += "\(JSONValue.format(ahtFactor))\n"
    return text
  }

  /// Returns "# key: value" comment lines for the top of a text report.
  public var headerLines: String {
    var text =
      "ccplan \(version) · scenario \(scenarioName) (\(scenarioFile), sha256 \(scenarioSHA256.prefix(12))…)"
    if let seed, let replications { text += " · seed \(seed) · \(replications) replications" }
    if volumeFactor != 1 || ahtFactor != 1 {
      text += " · volume × \(JSONValue.format(volumeFactor)) · AHT × \(JSONValue.format(ahtFactor))"
    }
    if let staffingFile { text += "\nstaffing replayed from \(staffingFile.path)" }
    return text + "\n"
  }
}
