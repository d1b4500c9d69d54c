import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let erlangAName = "M/M/c+M (50 agents, 50 Erlangs, AHT 180 s, patience exp. 120 s)"

  /// A one-channel, 24/7, stationary M/M/50+M queue at 50 Erlangs (1,000 calls an hour,
  /// AHT 180 s) with exponential patience of mean 120 s: every figure against Erlang A.
  static let erlangAScenario = """
    {
      "name": "mmcm-validation",
      "description": "M/M/50+M: exponential handle times and patience, stationary, 24/7.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 24000 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "patience": { "distribution": "exponential", "mean": "120s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 50, "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 2, "warmupDays": 1 }
    }
    """

  /// Abandonment rate, SL under each definition, ASA of answered contacts and occupancy
  /// against Erlang A.
  static func erlangA() throws -> [ValidationCheck] {
    let simulated = try run(scenario(erlangAScenario), replications: 20, seed: 2)
    let exact = try ErlangA.performance(
      agents: 50, offeredLoad: 50, handleSeconds: 180, patienceSeconds: 120,
      thresholdSeconds: 20)
    let channel = simulated.summary.channels[0]
    var checks = [
      ValidationCheck(
        erlangAName, "abandonment rate", estimate: channel.abandonRate,
        exact: exact.abandonProbability, maxHalfWidth: 0.01)
    ]
    for definition in ContactCenter.ServiceLevelDefinition.allCases {
      let theory: Queueing.ServiceLevelDefinition
      switch definition {
      case .offered: theory = .offered
      case .answered: theory = .answered
      case .excludeShortAbandons: theory = .excludeShortAbandons
      }
      checks.append(
        ValidationCheck(
          erlangAName, "SL(20 s), \(definition.rawValue)",
          estimate: channel.serviceLevelBy[definition], exact: exact.serviceLevel(theory),
          maxHalfWidth: 0.02))
    }
    checks.append(
      ValidationCheck(
        erlangAName, "ASA of answered (s)", estimate: channel.asaSeconds, exact: exact.asaSeconds,
        maxHalfWidth: 0.1 * exact.asaSeconds))
    checks.append(
      ValidationCheck(
        erlangAName, "occupancy = (1 − P(abandon))·A ÷ c",
        estimate: simulated.summary.pools[0].occupancy, exact: exact.occupancy,
        maxHalfWidth: 0.005))
    return checks
  }
}

@Suite("Validation: M/M/c+M against Erlang A")
struct ErlangAValidationTests {
  @Test("Abandonment, SL under each definition, ASA and occupancy within 4 standard errors")
  func erlangA() throws {
    expectAll(try ValidationCases.erlangA())
  }
}
