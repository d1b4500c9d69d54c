import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let insensitivityName =
    "Erlang B insensitivity (20 agents, 18 Erlangs, lognormal AHT 300 s cv 1.5, zero patience)"

  /// A loss system: zero patience means an immediate abandon when nobody is free, so the
  /// center is M/G/20/20. Erlang B does not depend on the handle-time distribution beyond its
  /// mean, so lognormal handle times with cv 1.5 lose exactly B(20, 18).
  static let insensitivityScenario = """
    {
      "name": "erlang-b-insensitivity",
      "description": "M/G/20/20: lognormal handle times (cv 1.5), nobody waits.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 5184 },
          "handleTime": { "distribution": "lognormal", "mean": "300s", "cv": 1.5 },
          "patience": { "distribution": "deterministic", "mean": 0 },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 20, "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 3, "warmupDays": 1 }
    }
    """

  /// Share lost against Erlang B, occupancy against A·(1 − B) ÷ c, and the identity that
  /// every answered contact waited 0 s.
  static func insensitivity() throws -> [ValidationCheck] {
    let simulated = try run(scenario(insensitivityScenario), replications: 20, seed: 3)
    let blocking = try ErlangB.blockingProbability(agents: 20, offeredLoad: 18)
    let channel = simulated.summary.channels[0]
    return [
      ValidationCheck(
        insensitivityName, "share lost (abandonment rate)", estimate: channel.abandonRate,
        exact: blocking, maxHalfWidth: 0.01),
      ValidationCheck(
        insensitivityName, "occupancy = A·(1 − B) ÷ c",
        estimate: simulated.summary.pools[0].occupancy, exact: 18 * (1 - blocking) / 20,
        maxHalfWidth: 0.01),
      ValidationCheck(
        insensitivityName, "AHT of answered (s)", estimate: channel.ahtSeconds, exact: 300,
        maxHalfWidth: 15),
      ValidationCheck(
        insensitivityName, "ASA of answered (s), exactly 0",
        simulated: channel.asaSeconds?.mean ?? .nan, theoryHalfWidth: 0, exact: 0),
    ]
  }
}

@Suite("Validation: Erlang B insensitivity")
struct InsensitivityValidationTests {
  @Test("Zero patience decodes as a deterministic 0 s patience")
  func zeroPatienceDecodes() throws {
    let decoded = try scenario(ValidationCases.insensitivityScenario)
    #expect(decoded.channels[0].patience == .deterministic(value: 0))
  }

  @Test("Lognormal handle times with zero patience lose Erlang B's share")
  func insensitivity() throws {
    expectAll(try ValidationCases.insensitivity())
  }
}
