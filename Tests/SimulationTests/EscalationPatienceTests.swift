import ContactCenter
import Testing

@testable import Simulation

@Suite("Escalation and patience")
struct EscalationPatienceTests {
  /// Tier 1 answers most calls after a short wait and escalates every one (fcr 0) to an
  /// overloaded tier 2. Patience is exactly 100 s and the SLA threshold is 100 s, so a
  /// customer who abandons at tier 2 must have waited there exactly 100 s (a fresh draw):
  /// never strictly less, which is what a short abandon counts.
  static let text = """
    { "name": "escalation-patience", "horizon": { "intervalLength": "1h", "days": 1 },
      "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": 2000 },
        "handleTime": { "distribution": "deterministic", "mean": "50s" },
        "patience": { "distribution": "deterministic", "mean": "100s" },
        "sla": { "percent": 80, "within": "100s" } } ],
      "pools": [
        { "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 2, "hourlyCost": 1,
          "fcr": { "voice": 0 }, "escalateTo": "t2" },
        { "id": "t2", "tier": 2, "skills": ["voice"], "staffing": 1, "hourlyCost": 1 } ],
      "simulation": { "replications": 4, "seed": 11, "warmupDays": 1 } }
    """

  @Test("a customer's patience restarts at the escalation queue (no stale abandon from tier 1)")
  func freshPatienceAfterEscalation() throws {
    let scenario = try scenario(Self.text)
    let model = try CompiledModel(scenario: scenario)
    let results = SimulationRunner.run(
      model: model, seed: 11, replications: 4, threads: 1)
    var tierOneAbandoned = 0.0
    var tierTwoAbandoned = 0.0
    var tierTwoShort = 0.0
    for r in results {
      for k in 0..<model.horizonIntervals {
        tierOneAbandoned += r.tiers[(k * 1 + 0) * model.tierCount + 0].abandoned
        tierTwoAbandoned += r.tiers[(k * 1 + 0) * model.tierCount + 1].abandoned
        tierTwoShort += r.tiers[(k * 1 + 0) * model.tierCount + 1].shortAbandoned
      }
    }
    // The scenario is built so that both queues see waits and abandons.
    #expect(tierOneAbandoned > 0)
    #expect(tierTwoAbandoned > 100)
    #expect(tierTwoShort == 0)
  }
}
