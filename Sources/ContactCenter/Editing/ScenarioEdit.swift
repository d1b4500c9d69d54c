/// A what-if applied to a scenario in code: demand and handle-time factors and the day
/// factor's uncertainty (what `--volume-factor`, `--aht-factor` and `--forecast-cv` set).
public struct ScenarioEdit: Sendable, Equatable {
  /// Multiplies every channel's demand (and initial backlog); 1 leaves it.
  public var volumeFactor: Double
  /// Multiplies every channel's handle-time distribution (mean; cv kept); 1 leaves it.
  public var ahtFactor: Double
  /// Replaces `demandUncertainty.dayFactorCV` (a share in [0, 1]); nil leaves it.
  public var dayFactorCV: Double?

  /// Returns an edit with the given factors and, when given, a new day-factor cv.
  public init(volumeFactor: Double = 1, ahtFactor: Double = 1, dayFactorCV: Double? = nil) {
    self.volumeFactor = volumeFactor
    self.ahtFactor = ahtFactor
    self.dayFactorCV = dayFactorCV
  }

  /// True when the edit changes nothing.
  public var isIdentity: Bool { volumeFactor == 1 && ahtFactor == 1 && dayFactorCV == nil }

  /// Returns `scenario` with the edit applied and validated again: throws
  /// `ScenarioEditError` when a factor is not a finite number in its range (volume in
  /// [0, 1000], AHT in (0, 1000]), and `ScenarioError` (every problem with its JSON path,
  /// in `file`) when the edited scenario is invalid.
  public func apply(to scenario: Scenario, file: String = "<scenario>") throws -> Scenario {
    guard volumeFactor.isFinite, volumeFactor >= 0, volumeFactor <= 1000 else {
      throw ScenarioEditError(
        field: "volume factor", expected: "a number from 0 to 1000", found: "\(volumeFactor)")
    }
    guard ahtFactor.isFinite, ahtFactor > 0, ahtFactor <= 1000 else {
      throw ScenarioEditError(
        field: "AHT factor", expected: "a number above 0, at most 1000", found: "\(ahtFactor)")
    }
    if let dayFactorCV, !(dayFactorCV >= 0 && dayFactorCV <= 1) {
      throw ScenarioEditError(
        field: "forecast cv", expected: "a share from 0 to 1", found: "\(dayFactorCV)")
    }
    if isIdentity { return scenario }
    var edited = scenario
    if let dayFactorCV { edited.dayFactorCV = dayFactorCV }
    for c in edited.channels.indices {
      edited.channels[c].demand = edited.channels[c].demand.map { $0 * volumeFactor }
      edited.channels[c].initialBacklog = (edited.channels[c].initialBacklog * volumeFactor)
        .rounded()
      edited.channels[c].handleTime = edited.channels[c].handleTime.scaled(by: ahtFactor)
    }
    try edited.validate(file: file)
    return edited
  }
}

/// An edit that cannot be applied: which field, what was expected, what was found.
public struct ScenarioEditError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The edited field, e.g. "volume factor" or `channels[voice].handleTime.mean`.
  public var field: String
  /// What the field accepts.
  public var expected: String
  /// What was given.
  public var found: String

  /// Returns an error with the given fields.
  public init(field: String, expected: String, found: String) {
    self.field = field
    self.expected = expected
    self.found = found
  }

  /// Returns "volume factor: expected …, found …".
  public var description: String { "\(field): expected \(expected), found \(found)" }
}
