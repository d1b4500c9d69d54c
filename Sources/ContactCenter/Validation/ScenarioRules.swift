/// The wording of the scenario format's value rules, shared by decoding (which sees how a
/// value was written) and `Scenario.validate()` (which sees only the value), so that one
/// mistake gets one message however it was made.
enum ScenarioRules {
  /// What a percentage (`sla.percent`) must be.
  static let percentage = "a percentage in (0, 100] (such as 80 or \"80%\")"

  /// Returns the hint for a bare percentage below 1 (not 0), which would silently mean less
  /// than 1 %: "did you mean 80 or \"80%\"?" for 0.8; nil for any other value.
  static func fractionAsPercentHint(_ value: Double) -> String? {
    guard value > 0, value < 1 else { return nil }
    let percent = Units.percentSuggestion(forFraction: value)
    return
      "a percentage is not a fraction (\(JSONNode.format(value)) would mean \(JSONNode.format(value)) %); did you mean \(percent) or \"\(percent)%\"?"
  }
}
