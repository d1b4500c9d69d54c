import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let chatName = "Chat concurrency 3, factor 1 (10 agents = M/M/30, 27 Erlangs, AHT 600 s)"

  /// Ten chat agents holding up to three chats each, with a handle-time factor of 1 at every
  /// level: each chat is served at rate μ whatever the agent holds, and a chat waits only when
  /// all 30 slots are taken, so the number of chats in the system is that of M/M/30.
  static let chatScenario = """
    {
      "name": "chat-validation",
      "description": "Chat with concurrency 3 and no stretch: M/M/30 at 27 Erlangs.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "chat", "kind": "chat", "demand": { "daily": 3888 },
          "handleTime": { "distribution": "exponential", "mean": "600s" },
          "concurrency": { "max": 3, "handleTimeFactor": [1, 1, 1] },
          "sla": { "percent": 80, "within": "60s" } }
      ],
      "pools": [
        { "id": "chat-agents", "tier": 1, "skills": ["chat"], "staffing": 10, "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 6, "warmupDays": 1 }
    }
    """

  /// P(wait) (= 1 − SL(0 s), same seed), SL(60 s), ASA and slot occupancy against Erlang C
  /// with c·k = 30 servers.
  static func chat() throws -> [ValidationCheck] {
    let base = try scenario(chatScenario)
    let simulated = try run(base, replications: 20, seed: 6)
    var zero = base
    zero.channels[0].sla.withinSeconds = 0
    let simulatedZero = try run(zero, replications: 20, seed: 6)
    let channel = simulated.summary.channels[0]
    let slZero = simulatedZero.summary.channels[0].serviceLevel
    let asa = try ErlangC.averageSpeedOfAnswer(agents: 30, offeredLoad: 27, handleSeconds: 600)
    return [
      ValidationCheck(
        chatName, "P(wait) = 1 − SL(0 s)",
        estimate: slZero.map { Estimate(mean: 1 - $0.mean, ci95: $0.ci95) },
        exact: try ErlangC.waitProbability(agents: 30, offeredLoad: 27), maxHalfWidth: 0.03),
      ValidationCheck(
        chatName, "SL(60 s)", estimate: channel.serviceLevel,
        exact: try ErlangC.serviceLevel(
          agents: 30, offeredLoad: 27, handleSeconds: 600, thresholdSeconds: 60),
        maxHalfWidth: 0.03),
      ValidationCheck(
        chatName, "ASA (s)", estimate: channel.asaSeconds, exact: asa, maxHalfWidth: 0.15 * asa),
      ValidationCheck(
        chatName, "AHT (s), unstretched", estimate: channel.ahtSeconds, exact: 600,
        maxHalfWidth: 15),
      ValidationCheck(
        chatName, "slot occupancy = A ÷ (c·k)",
        estimate: simulated.summary.pools[0].slotOccupancy, exact: 0.9, maxHalfWidth: 0.01),
    ]
  }
}

@Suite("Validation: chat concurrency as M/M/(c·k)")
struct ChatValidationTests {
  @Test("Chat with concurrency 3 and factor 1 behaves as M/M/30")
  func chat() throws {
    expectAll(try ValidationCases.chat())
  }
}
