import Testing

@testable import ContactCenter

/// `Scenario.validate()` checks a scenario built or edited in code with the messages and
/// paths decoding gives the same mistake in a file.
@Suite("Scenario.validate()")
struct ScenarioValidateTests {
  /// Returns the one issue decoding reports for the minimal scenario with one edit.
  static func decodingIssue(_ original: String, _ replacement: String) throws -> ScenarioIssue {
    let found = issues(minimal(replacing: original, with: replacement))
    try #require(found.count == 1, "\(found)")
    return found[0]
  }

  /// Returns the issues `validate()` reports for a scenario.
  static func validationIssues(_ scenario: Scenario) -> [ScenarioIssue] {
    do {
      try scenario.validate(file: "edited")
      return []
    } catch {
      return error.issues
    }
  }

  @Test("a decoded valid scenario validates")
  func valid() throws {
    try decodeScenario(minimalScenario).validate()
  }

  @Test("an escalation to a missing pool: same path and message as in a file")
  func missingEscalationTarget() throws {
    var scenario = try decodeScenario(minimalScenario)
    scenario.pools[0].escalateTo = "tier2"
    let found = Self.validationIssues(scenario)
    let expected = try Self.decodingIssue("\"escalateTo\": \"t2\"", "\"escalateTo\": \"tier2\"")
    #expect(found.map(\.path) == ["pools[0].escalateTo"])
    #expect(found.first?.message == expected.message)
    #expect(
      found.first?.message.contains("expected the id of a pool (t1, t2), found 'tier2'") == true)
    #expect(found.first?.file == "edited")
    #expect(found.first?.position == nil)
  }

  @Test("a shrinkage of 1.5: same path and message as in a file")
  func shrinkageAboveOne() throws {
    var scenario = try decodeScenario(minimalScenario)
    scenario.shrinkage = 1.5
    let found = Self.validationIssues(scenario)
    let expected = try Self.decodingIssue(
      "\"name\": \"minimal\",", "\"name\": \"minimal\", \"shrinkage\": 1.5,")
    #expect(found.map(\.path) == ["shrinkage"])
    #expect(found.first?.message == expected.message)
    #expect(found.first?.message.hasPrefix("expected a share in [0, 0.99]") == true)
  }

  @Test("every problem of an edited scenario at once, values and references")
  func several() throws {
    var scenario = try decodeScenario(minimalScenario)
    scenario.channels[0].sla.percent = 120
    scenario.channels[1].deflection = -0.1
    scenario.channels[0].demand.removeLast()
    scenario.pools[1].staffing = [1, 2, -3, 1, 1, 2, 2, 1]
    scenario.pools[0].skills[1].channel = "emails"
    scenario.pools[1].tier = 1
    #expect(
      Set(Self.validationIssues(scenario).map(\.path)) == [
        "channels[0].sla.percent", "channels[1].deflection", "channels[0].demand",
        "pools[1].staffing[2]", "pools[0].skills[1]", "pools[0].escalateTo", "channels[1].id",
      ])
  }
}
