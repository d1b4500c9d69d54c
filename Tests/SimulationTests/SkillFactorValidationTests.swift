import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let skillFactorName =
    "Skill handle-time factor (120 s × 1.5 = 180 s; M/M/30 at 27 Erlangs)"

  /// A voice channel of exponential 120 s handle times served by a pool whose skill has a
  /// handle-time factor of 1.5: every service is exponential with mean 180 s, so at 540
  /// calls an hour (27 Erlangs) on 30 agents this is M/M/30 with AHT 180 s.
  static let skillFactorScenario = """
    {
      "name": "skill-factor-validation",
      "description": "A pool skill factor of 1.5 on 120 s handle times: M/M/30, AHT 180 s.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 12960 },
          "handleTime": { "distribution": "exponential", "mean": "120s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1,
          "skills": [{ "channel": "voice", "handleTimeFactor": 1.5 }], "staffing": 30,
          "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 12, "warmupDays": 1 }
    }
    """

  /// AHT, SL(20 s) and ASA against Erlang C(30, 27) with AHT 180 s.
  static func skillFactor() throws -> [ValidationCheck] {
    let simulated = try run(scenario(skillFactorScenario), replications: 20, seed: 12)
    let channel = simulated.summary.channels[0]
    let asa = try ErlangC.averageSpeedOfAnswer(agents: 30, offeredLoad: 27, handleSeconds: 180)
    return [
      ValidationCheck(
        skillFactorName, "AHT (s)", estimate: channel.ahtSeconds, exact: 180, maxHalfWidth: 2),
      ValidationCheck(
        skillFactorName, "SL(20 s)", estimate: channel.serviceLevel,
        exact: try ErlangC.serviceLevel(
          agents: 30, offeredLoad: 27, handleSeconds: 180, thresholdSeconds: 20),
        maxHalfWidth: 0.03),
      ValidationCheck(
        skillFactorName, "ASA (s)", estimate: channel.asaSeconds, exact: asa,
        maxHalfWidth: 0.15 * asa),
    ]
  }
}

@Suite("Validation: pool skill handle-time factors")
struct SkillFactorValidationTests {
  @Test("A skill factor scales the handle time: M/M/30 with the stretched AHT")
  func skillFactor() throws {
    expectAll(try ValidationCases.skillFactor())
  }

  /// DESIGN.md: `initialBacklog` arrives when the first counted interval opens, counts as
  /// offered and is not deflected; every such email is answered (conservation).
  @Test("An initial email backlog is offered exactly, never deflected, and all handled")
  func initialBacklog() throws {
    let zeros = Array(repeating: "0", count: 96).joined(separator: ", ")
    let text = """
      {
        "name": "backlog", "description": "Only an initial email backlog.",
        "horizon": { "intervalLength": "15m", "days": 1 },
        "channels": [
          { "id": "email", "kind": "email", "demand": [\(zeros)],
            "handleTime": { "distribution": "exponential", "mean": "300s" },
            "sla": { "percent": 90, "within": "24h" }, "deflection": "50%",
            "initialBacklog": 120 }
        ],
        "pools": [
          { "id": "agents", "tier": 1, "skills": ["email"], "staffing": 5, "hourlyCost": 30 }
        ],
        "simulation": { "replications": 3, "seed": 1, "warmupDays": 1 }
      }
      """
    let summary = try simulate(scenario(text), replications: 3, seed: 1)
    let channel = summary.channels[0]
    #expect(channel.offered.mean == 120 && channel.offered.ci95 == 0)
    #expect(channel.deflected.mean == 0)
    #expect(channel.handled.mean == 120)
    #expect(summary.intervals[0].offered.mean == 120)
  }
}
