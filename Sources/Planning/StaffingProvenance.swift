/// What a staffing file says it was made from: its `#` provenance line, as `ccplan staff`
/// writes it (`…sha256 <hex>); method …; volume factor 1.1; aht factor 1`).
public struct StaffingProvenance: Sendable, Equatable {
  /// SHA-256 of the scenario the plan was made for, if recorded.
  public var scenarioSHA256: String?
  /// The volume factor the plan was made with, if recorded.
  public var volumeFactor: Double?
  /// The AHT factor the plan was made with, if recorded.
  public var ahtFactor: Double?

  /// Returns the provenance read from the first `#` line of a staffing file's text
  /// (every field nil when there is none or it lacks them).
  public init(text: String) {
    let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
    guard line.hasPrefix("#") else { return }
    scenarioSHA256 = Self.value(after: "sha256 ", in: line, allowed: "0123456789abcdef")
    volumeFactor = Self.value(after: "volume factor ", in: line, allowed: "0123456789.e+-")
      .flatMap(Double.init)
    ahtFactor = Self.value(after: "aht factor ", in: line, allowed: "0123456789.e+-")
      .flatMap(Double.init)
  }

  /// Returns the run of `allowed` characters following the first `marker` in `line`.
  static func value(after marker: String, in line: String, allowed: String) -> String? {
    guard let range = line.range(of: marker) else { return nil }
    let rest = line[range.upperBound...].prefix { allowed.contains($0) }
    return rest.isEmpty ? nil : String(rest)
  }

  /// Returns the warnings for replaying this plan on a scenario with this SHA-256 and
  /// these factors: one line per mismatch, empty when everything agrees (or is unknown).
  public func mismatches(
    scenarioSHA256 sha: String, volumeFactor volume: Double, ahtFactor aht: Double
  )
    -> [String]
  {
    var warnings: [String] = []
    if let recorded = scenarioSHA256, recorded != sha {
      warnings.append(
        "the staffing file was planned for another version of the scenario (sha256 "
          + "\(recorded.prefix(12))…, this one \(sha.prefix(12))…)")
    }
    if let recorded = volumeFactor, recorded != volume {
      warnings.append(
        "the staffing file was planned at volume factor \(Self.format(recorded)); this run "
          + "uses \(Self.format(volume)) (pass --volume-factor \(Self.format(recorded)) to match)")
    }
    if let recorded = ahtFactor, recorded != aht {
      warnings.append(
        "the staffing file was planned at AHT factor \(Self.format(recorded)); this run uses "
          + "\(Self.format(aht)) (pass --aht-factor \(Self.format(recorded)) to match)")
    }
    return warnings
  }

  /// Returns a factor without a trailing ".0".
  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
