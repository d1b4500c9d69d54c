import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let overflowName =
    "Overflow (tier 1: 80 agents + tier-2 overflow pool: 20 agents = M/M/100, 95 Erlangs)"

  /// One voice channel served at first contact by a tier-1 pool of 80 agents and, through
  /// `overflow`, a tier-2 pool of 20 that escalates nothing. The routing rule only decides
  /// which idle agent answers (tier 1 first); a contact waits exactly when all 100 are busy
  /// and freed agents of both pools take the queue in order, so this is M/M/100.
  static let overflowScenario = """
    {
      "name": "overflow-validation",
      "description": "A tier-1 pool and an overflow pool: together M/M/100 at 95 Erlangs.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 45600 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "tier1", "tier": 1, "skills": ["voice"], "staffing": 80, "hourlyCost": 30 },
        { "id": "tier2", "tier": 2, "skills": ["voice"], "staffing": 20, "hourlyCost": 45,
          "overflow": true }
      ],
      "simulation": { "replications": 20, "seed": 10, "warmupDays": 1 }
    }
    """

  /// SL(20 s) and ASA against Erlang C(100, 95); the pools' busy time together against
  /// A = 95 agents busy on average.
  static func overflow() throws -> [ValidationCheck] {
    let simulated = try run(scenario(overflowScenario), replications: 20, seed: 10)
    let channel = simulated.summary.channels[0]
    let asa = try ErlangC.averageSpeedOfAnswer(agents: 100, offeredLoad: 95, handleSeconds: 180)
    let busyAgents = simulated.results.map { r in
      r.pools.map(\.busySeconds).reduce(0, +)
        / (Double(simulated.model.horizonIntervals) * simulated.model.intervalSeconds)
    }
    return [
      ValidationCheck(
        overflowName, "SL(20 s)", estimate: channel.serviceLevel,
        exact: try ErlangC.serviceLevel(
          agents: 100, offeredLoad: 95, handleSeconds: 180, thresholdSeconds: 20),
        maxHalfWidth: 0.02),
      ValidationCheck(
        overflowName, "ASA (s)", estimate: channel.asaSeconds, exact: asa,
        maxHalfWidth: 0.1 * asa),
      ValidationCheck(
        overflowName, "busy agents, both pools (= A)", estimate: .mean(busyAgents), exact: 95,
        maxHalfWidth: 0.5),
    ]
  }
}

@Suite("Validation: overflow pools")
struct OverflowValidationTests {
  @Test("A tier-1 pool with an overflow pool behaves as one M/M/c queue")
  func overflow() throws {
    expectAll(try ValidationCases.overflow())
  }

  @Test("Arriving contacts prefer idle tier-1 agents: the overflow pool is less occupied")
  func tierOneFirst() throws {
    let simulated = try run(
      scenario(ValidationCases.overflowScenario), replications: 4, seed: 10)
    let occupancy = simulated.summary.pools.map { $0.occupancy?.mean ?? .nan }
    #expect(occupancy[0] > occupancy[1], "tier 1 \(occupancy[0]), overflow \(occupancy[1])")
  }
}
