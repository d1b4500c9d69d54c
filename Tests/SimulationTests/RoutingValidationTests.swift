import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  /// Returns a 24/7 week of voice (AHT 300 s, 20 s target) and chat (AHT 600 s, max 3,
  /// factor 1) with the given pools (JSON objects) and daily volumes.
  static func routingScenario(voiceDaily: Int, chatDaily: Int, pools: String) -> String {
    let voice =
      voiceDaily == 0
      ? ""
      : """
      { "id": "voice", "kind": "voice", "demand": { "daily": \(voiceDaily) },
        "handleTime": { "distribution": "exponential", "mean": "300s" },
        "sla": { "percent": 80, "within": "20s" } },
      """
    return """
      {
        "name": "routing-validation",
        "description": "Routing order and slot occupancy against exact references.",
        "horizon": { "intervalLength": "15m", "days": 7 },
        "channels": [
          \(voice)
          { "id": "chat", "kind": "chat", "demand": { "daily": \(chatDaily) },
            "handleTime": { "distribution": "exponential", "mean": "600s" },
            "concurrency": { "max": 3, "handleTimeFactor": [1, 1, 1] },
            "sla": { "percent": 80, "within": "60s" } }
        ],
        "pools": [\(pools)],
        "simulation": { "replications": 20, "seed": 21, "warmupDays": 1 }
      }
      """
  }

  static let specialistName =
    "Chat specialists (10 × 3 slots, 15 Erlangs) beside voice+chat generalists (11, 8 Erlangs)"

  /// DESIGN.md routing key: pool rank (tier 1 before overflow, then fewest skills) comes
  /// before chats held. A chat goes to a chat-only specialist with a free slot before an
  /// idle generalist, so generalists see chats only when all 30 specialist slots are full:
  /// with exponential chats at factor 1 the specialists are an M/M/30/30 loss system, so
  /// the chat load overflowing to generalists is A·B(30, A) = 15 × 0.00022 = 0.0033
  /// Erlangs. Voice is then M/M/11 at 8 Erlangs up to that perturbation: SL(20 s) by
  /// Erlang C, with an allowance of 0.002 for the overflow chats (a generalist holding an
  /// overflow chat is away from voice at most 0.0033 Erlangs of 11 agents' time).
  static func specialists() throws -> [ValidationCheck] {
    let pools = """
      { "id": "chatters", "tier": 1, "skills": ["chat"], "staffing": 10, "hourlyCost": 30 },
      { "id": "generalists", "tier": 1, "skills": ["voice", "chat"], "staffing": 11,
        "hourlyCost": 30 }
      """
    let text = routingScenario(voiceDaily: 2_304, chatDaily: 2_160, pools: pools)
    let simulated = try run(scenario(text), replications: 20, seed: 21)
    let voice = simulated.summary.channels[0]
    let exactSL = try ErlangC.serviceLevel(
      agents: 11, offeredLoad: 8, handleSeconds: 300, thresholdSeconds: 20)
    let overflowLoad = 15 * (try ErlangB.blockingProbability(agents: 30, offeredLoad: 15))
    var sl = ValidationCheck(
      specialistName, "voice SL(20 s) = Erlang C(11, 8)", estimate: voice.serviceLevel,
      exact: exactSL, maxHalfWidth: 0.02)
    sl.tolerance += 0.002
    return [
      sl,
      ValidationCheck(
        specialistName, "generalists' chat slot occupancy = A·B(30, A) ÷ 33",
        estimate: simulated.summary.pools[1].slotOccupancy, exact: overflowLoad / 33,
        maxHalfWidth: 0.002),
    ]
  }

  static let overflowChatName =
    "Chat tier 1 (10 × 3 slots) with a tier-2 overflow pool (5 × 3), 22 Erlangs"

  /// With an overflow pool, a chat goes to a tier-1 agent with a free slot before an idle
  /// overflow agent. Tier 1 is then an M/M/30/30 loss system (factor 1, exponential), and
  /// the overflow pool carries A·B(30, A) = 22 × 0.0205 = 0.45 Erlangs of chats on its 15
  /// slots (it holds 15 more chats, which a load of 0.45 practically never fills: P(≥ 15)
  /// is about 1e−18), so its chat slot occupancy is A·B(30, A) ÷ 15.
  static func overflowChat() throws -> [ValidationCheck] {
    let pools = """
      { "id": "tier1", "tier": 1, "skills": ["chat"], "staffing": 10, "hourlyCost": 30 },
      { "id": "overflow", "tier": 2, "skills": ["chat"], "staffing": 5, "hourlyCost": 40,
        "overflow": true }
      """
    let text = routingScenario(voiceDaily: 0, chatDaily: 3_168, pools: pools)
    let simulated = try run(scenario(text), replications: 20, seed: 22)
    let overflowLoad = 22 * (try ErlangB.blockingProbability(agents: 30, offeredLoad: 22))
    return [
      ValidationCheck(
        overflowChatName, "overflow pool's slot occupancy = A·B(30, A) ÷ 15",
        estimate: simulated.summary.pools[1].slotOccupancy, exact: overflowLoad / 15,
        maxHalfWidth: 0.01),
      ValidationCheck(
        overflowChatName, "tier 1's slot occupancy = A·(1 − B(30, A)) ÷ 30",
        estimate: simulated.summary.pools[0].slotOccupancy, exact: (22 - overflowLoad) / 30,
        maxHalfWidth: 0.01),
    ]
  }

  static let mixedSlotName = "One voice+chat pool (15 agents, 5 + 6 Erlangs): chat slots"

  /// Slot occupancy counts chats only (DESIGN.md): open chats ÷ chat slots on line. Every
  /// chat is served by the one pool and nobody abandons, so by Little's law the open chats
  /// average λ·E[S] = 6 Erlangs (factor 1 at every level), whatever the routing: slot
  /// occupancy is 6 ÷ (15 × 3). A voice call held is not a chat slot.
  static func mixedSlots() throws -> [ValidationCheck] {
    let pools = """
      { "id": "bankers", "tier": 1, "skills": ["voice", "chat"], "staffing": 15,
        "hourlyCost": 30 }
      """
    let text = routingScenario(voiceDaily: 1_440, chatDaily: 864, pools: pools)
    let simulated = try run(scenario(text), replications: 20, seed: 23)
    return [
      ValidationCheck(
        mixedSlotName, "chat slot occupancy = 6 ÷ 45",
        estimate: simulated.summary.pools[0].slotOccupancy, exact: 6.0 / 45, maxHalfWidth: 0.01)
    ]
  }
}

@Suite("Validation: routing key and chat slots")
struct RoutingValidationTests {
  @Test("A chat goes to a specialist with a free slot before an idle generalist")
  func specialists() throws {
    expectAll(try ValidationCases.specialists())
  }

  @Test("A chat goes to a tier-1 agent with a free slot before an idle overflow agent")
  func overflowChat() throws {
    expectAll(try ValidationCases.overflowChat())
  }

  @Test("Slot occupancy of a mixed pool counts chats only")
  func mixedSlots() throws {
    expectAll(try ValidationCases.mixedSlots())
  }
}
