import Foundation
import Testing

@testable import ContactCenter

/// Decodes a sweep spec text whose base is looked up in the scenarios folder.
func decodeSweep(_ text: String) throws(SweepSpecError) -> SweepSpec {
  try SweepSpecLoader.decode(Array(text.utf8), file: "t.sweep.json", directory: scenariosDirectory)
}

/// Returns the problems of a sweep spec text (empty when it is valid).
func sweepIssues(_ text: String) -> [ScenarioIssue] {
  do {
    _ = try decodeSweep(text)
    return []
  } catch {
    return error.issues
  }
}

@Suite("Sweep spec reader")
struct SweepSpecTests {
  @Test("the example spec reads, with units converted and defaults filled in")
  func example() throws {
    let spec = try SweepSpecLoader.load(
      path: scenariosDirectory.appendingPathComponent("helpdesk-aht-staffing.sweep.json").path)
    #expect(spec.parameters.count == 3)
    #expect(spec.parameters[0].levels == .values([300, 330, 360, 390, 420]))
    #expect(spec.parameters[1].levels == .scale([0.9, 0.95, 1.0, 1.05, 1.1]))
    #expect(spec.method == .simulation)
    #expect(spec.streams == .common)
    #expect(spec.design == .grid)
  }

  @Test("a range in minutes becomes seconds; omitted keys take their defaults")
  func range() throws {
    let spec = try decodeSweep(
      """
      { "base": "saas-helpdesk-tiers.json",
        "parameters": [{ "path": "channels[voice].handleTime.mean",
                         "range": { "from": "5m", "to": "6m", "step": "30s" } }] }
      """)
    #expect(spec.parameters[0].gridLevels == [300, 330, 360])
    #expect(spec.replications == 20)
    #expect(spec.seed == 1)
    #expect(spec.metrics.map(\.column).contains("total_cost_eur"))
    #expect(spec.metrics.map(\.column).contains("voice_asa_seconds"))
  }

  @Test("every problem is reported at once with line, column, path and suggestion")
  func problems() {
    let text = """
      { "base": "saas-helpdesk-tiers.json",
        "parameters": [
          { "path": "channels[voic].handleTime.mean", "values": ["5m"] },
          { "path": "shrinkage", "values": [30] },
          { "path": "pools[tier1].staffing", "scale": [1], "vales": [1] }
        ],
        "desing": "grid",
        "method": "erlang-b",
        "metrics": ["voice_service_levle"]
      }
      """
    let found = sweepIssues(text)
    func issue(_ path: String) -> ScenarioIssue? { found.first { $0.path == path } }
    #expect(issue("parameters[0].path")?.message.contains("did you mean 'voice'?") == true)
    #expect(issue("parameters[0].path")?.position == SourcePosition(line: 3, column: 15))
    #expect(issue("parameters[1].values[0]")?.message.contains("\"30%\"") == true)
    #expect(issue("parameters[2].vales")?.message.contains("did you mean 'values'?") == true)
    #expect(issue("desing")?.message.contains("did you mean 'design'?") == true)
    #expect(issue("desing")?.position == SourcePosition(line: 7, column: 3))
    #expect(
      issue("method")?.message.contains("expected one of simulation, erlang-c, erlang-a") == true)
    #expect(
      issue("metrics[0]")?.message.contains("did you mean 'voice_service_level'?") == true)
    #expect(found.allSatisfy { $0.file == "t.sweep.json" })
    #expect(found.count == 6, "\(found)")
  }

  @Test("a grid range needs a step; a path sweeping staffing is refused by analytic methods")
  func rules() {
    let noStep = sweepIssues(
      """
      { "base": "saas-helpdesk-tiers.json",
        "parameters": [{ "path": "shrinkage", "range": { "from": "20%", "to": "30%" } }] }
      """)
    #expect(noStep.map(\.path) == ["parameters[0].range.step"])
    let analytic = sweepIssues(
      """
      { "base": "saas-helpdesk-tiers.json", "method": "erlang-c",
        "parameters": [{ "path": "pools[tier1].staffing", "scale": [1, 1.1] }] }
      """)
    #expect(analytic.map(\.path) == ["parameters[0].path"])
    let demand = sweepIssues(
      """
      { "base": "saas-helpdesk-tiers.json",
        "parameters": [{ "path": "channels[voice].demand", "values": [1] }] }
      """)
    #expect(demand.first?.message.contains("can only be scaled") == true)
    let lhs = sweepIssues(
      """
      { "base": "saas-helpdesk-tiers.json", "design": "latinHypercube",
        "parameters": [{ "path": "shrinkage", "range": { "from": "20%", "to": "30%" } }] }
      """)
    #expect(lhs.map(\.path) == ["samples"])
  }

  @Test("a missing base scenario is named with the key's position")
  func missingBase() {
    let found = sweepIssues(
      """
      { "base": "nope.json", "parameters": [{ "path": "shrinkage", "values": [0.2] }] }
      """)
    #expect(found.first?.path == "base")
    #expect(found.first?.message.contains("no such file") == true)
  }
}
