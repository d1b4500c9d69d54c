import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let tierName = "Tiers (tier 1: M/M/100 at 95 Erlangs, FCR 0.8; tier 2: 22 agents)"

  /// Tier 1 is the M/M/100 queue of mmc-validation with FCR 0.8; tier 2 (22 agents) takes
  /// what tier 1 escalates, with a fresh exponential 180 s handle time and no abandonment.
  ///
  /// By Burke's theorem the departures of a stationary M/M/c queue form a Poisson process of
  /// the arrival rate, and independent thinning (escalation with probability 0.2) keeps it
  /// Poisson: tier 2 is an exact M/M/22 queue at 1,900 ÷ 5 = 380 contacts an hour, 19 Erlangs.
  static let tierScenario = """
    {
      "name": "tier-validation",
      "description": "Tier 1 M/M/100 at 95 Erlangs with FCR 0.8, escalating to a 22-agent tier 2.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 45600 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "tier1", "tier": 1, "skills": ["voice"], "staffing": 100, "hourlyCost": 30,
          "fcr": { "voice": 0.8 }, "escalateTo": "tier2" },
        { "id": "tier2", "tier": 2, "skills": ["voice"], "staffing": 22, "hourlyCost": 45 }
      ],
      "simulation": { "replications": 20, "seed": 4, "warmupDays": 1 }
    }
    """

  /// Tier-2 P(wait), SL(20 s) and ASA against Erlang C(22, 19), tier 1 against
  /// Erlang C(100, 95), and the escalated share of tier-1 services against 1 − FCR.
  ///
  /// P(wait) is 1 − SL(0 s) from the same scenario with `within` 0 s (same seed, same path).
  /// Escalation is a Bernoulli(0.2) draw per tier-1 service, so given N services the
  /// escalated share has standard error √(0.2·0.8 ÷ N): that is the tolerance's basis.
  static func tiers() throws -> [ValidationCheck] {
    let base = try scenario(tierScenario)
    let simulated = try run(base, replications: 20, seed: 4)
    var zero = base
    zero.channels[0].sla.withinSeconds = 0
    let simulatedZero = try run(zero, replications: 20, seed: 4)

    func pWait(_ tier: TierSummary?) -> Estimate? {
      tier?.serviceLevel.map { Estimate(mean: 1 - $0.mean, ci95: $0.ci95) }
    }
    var checks: [ValidationCheck] = []
    for (tier, agents, load) in [(1, 100, 95.0), (2, 22, 19.0)] {
      let summary = simulated.tier("voice", tier)
      let asa = try ErlangC.averageSpeedOfAnswer(
        agents: agents, offeredLoad: load, handleSeconds: 180)
      checks += [
        ValidationCheck(
          tierName, "tier \(tier): P(wait) = 1 − SL(0 s)",
          estimate: pWait(simulatedZero.tier("voice", tier)),
          exact: try ErlangC.waitProbability(agents: agents, offeredLoad: load),
          maxHalfWidth: 0.03),
        ValidationCheck(
          tierName, "tier \(tier): SL(20 s)", estimate: summary?.serviceLevel,
          exact: try ErlangC.serviceLevel(
            agents: agents, offeredLoad: load, handleSeconds: 180, thresholdSeconds: 20),
          maxHalfWidth: 0.03),
        ValidationCheck(
          tierName, "tier \(tier): ASA (s)", estimate: summary?.asaSeconds, exact: asa,
          maxHalfWidth: 0.15 * asa),
      ]
    }
    let tier1 = simulated.tierTotals(channel: 0, tier: 0)
    let served = tier1.map(\.served).reduce(0, +)
    let escalated = tier1.map(\.escalated).reduce(0, +)
    checks.append(
      ValidationCheck(
        tierName, "escalated ÷ served at tier 1 (= 1 − FCR)", simulated: escalated / served,
        theoryHalfWidth: 2 * (0.2 * 0.8 / served).squareRoot(), exact: 0.2))
    return checks
  }
}

extension ValidationCases {
  static let tierAbandonName =
    "Tiers with abandonment (tier 1: 150 agents at 95 Erlangs; tier 2: M/M/18+M at 19 Erlangs)"

  /// Tier 1 has so many agents (150 for 95 Erlangs) that its waiting probability is 1.2·10⁻⁷
  /// (Erlang C): it is an M/M/∞ queue in effect, whose departures are Poisson (Burke), and FCR 0.8
  /// thins them to 380 an hour. Escalated customers wait at tier 2 with a fresh exponential
  /// patience draw (mean 120 s), so tier 2 is an exact M/M/18+M queue at 19 Erlangs.
  static let tierAbandonScenario = """
    {
      "name": "tier-abandonment-validation",
      "description": "Tier 1 never queues; tier 2 is M/M/18+M fed by escalations.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 45600 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "patience": { "distribution": "exponential", "mean": "120s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "tier1", "tier": 1, "skills": ["voice"], "staffing": 150, "hourlyCost": 30,
          "fcr": { "voice": 0.8 }, "escalateTo": "tier2" },
        { "id": "tier2", "tier": 2, "skills": ["voice"], "staffing": 18, "hourlyCost": 45 }
      ],
      "simulation": { "replications": 20, "seed": 7, "warmupDays": 1 }
    }
    """

  /// Tier-2 abandonment (abandoned ÷ offered at tier 2), SL(20 s) and ASA of answered
  /// against Erlang A(18 agents, 19 Erlangs, AHT 180 s, patience 120 s).
  static func tierAbandonment() throws -> [ValidationCheck] {
    let simulated = try run(scenario(tierAbandonScenario), replications: 20, seed: 7)
    let exact = try ErlangA.performance(
      agents: 18, offeredLoad: 19, handleSeconds: 180, patienceSeconds: 120,
      thresholdSeconds: 20)
    let tier2 = simulated.tierTotals(channel: 0, tier: 1)
    let summary = simulated.tier("voice", 2)
    return [
      ValidationCheck(
        tierAbandonName, "tier 2: abandonment rate",
        estimate: .ratio(tier2.map(\.abandoned), tier2.map(\.offered)),
        exact: exact.abandonProbability, maxHalfWidth: 0.02),
      ValidationCheck(
        tierAbandonName, "tier 2: SL(20 s), offered", estimate: summary?.serviceLevel,
        exact: exact.serviceLevel(.offered), maxHalfWidth: 0.03),
      ValidationCheck(
        tierAbandonName, "tier 2: ASA of answered (s)", estimate: summary?.asaSeconds,
        exact: exact.asaSeconds, maxHalfWidth: 0.15 * exact.asaSeconds),
    ]
  }
}

@Suite("Validation: tiers against Burke's theorem and Erlang C")
struct TierValidationTests {
  @Test("Tier 2 fed by escalations is M/M/22; escalations are 1 − FCR of tier-1 services")
  func tiers() throws {
    expectAll(try ValidationCases.tiers())
  }

  @Test("Tier 1 of the abandonment case practically never queues")
  func tierOneNeverQueues() throws {
    #expect(try ErlangC.waitProbability(agents: 150, offeredLoad: 95) < 1e-6)
  }

  @Test("Tier 2 with a fresh patience draw is M/M/18+M against Erlang A")
  func tierAbandonment() throws {
    expectAll(try ValidationCases.tierAbandonment())
  }
}
