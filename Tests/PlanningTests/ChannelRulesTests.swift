import ContactCenter
import Testing

@testable import Planning

@Suite("routing, chat slots and deferrable channels inside a plan")
struct ChannelRulesTests {
  @Test("first contacts go to the tier-1 pool with fewest skills, then file order")
  func routing() throws {
    let s = try scenario(
      """
      { "name": "r", "description": "",
        "horizon": { "intervalLength": "1h", "open": "09:00", "close": "10:00", "days": 1 },
        "channels": [
          { "id": "voice", "kind": "voice", "demand": [36],
            "handleTime": { "distribution": "exponential", "mean": "100s" },
            "sla": { "percent": 80, "within": "20s" } },
          { "id": "sms", "kind": "sms", "demand": [0],
            "handleTime": { "distribution": "exponential", "mean": "100s" },
            "sla": { "percent": 80, "within": "20s" } }
        ],
        "pools": [
          { "id": "generalists", "tier": 1, "skills": ["voice", "sms"], "staffing": 1,
            "hourlyCost": 10 },
          { "id": "voice-a", "tier": 1, "skills": ["voice"], "staffing": 1, "hourlyCost": 10 },
          { "id": "voice-b", "tier": 1, "skills": ["voice"], "staffing": 1, "hourlyCost": 10 }
        ] }
      """)
    #expect(TierRouting.routingOrder(s) == [1, 2, 0])
    #expect(TierRouting.chain(channel: 0, in: s) == [1])
    #expect(TierRouting.chain(channel: 1, in: s) == [0])
    let plan = try StaffingPlanner.plan(s)
    // 36 calls × 100 s ÷ 3600 s = 1 Erlang, all at voice-a.
    #expect(plan.pools[1].netAgents[0] > 0)
    #expect(plan.pools[0].netAgents == [0])
    #expect(plan.pools[2].netAgents == [0])
  }

  @Test("chat: slots = agents × max, handle time × the factor at max")
  func chat() throws {
    let s = try scenario(
      """
      { "name": "c", "description": "",
        "horizon": { "intervalLength": "1h", "open": "09:00", "close": "10:00", "days": 1 },
        "channels": [
          { "id": "chat", "kind": "chat", "demand": [120],
            "handleTime": { "distribution": "exponential", "mean": "10m" },
            "concurrency": { "max": 3, "handleTimeFactor": [1, 1.2, 1.5] },
            "sla": { "percent": 80, "within": "60s" } }
        ],
        "pools": [ { "id": "chatters", "tier": 1, "skills": ["chat"], "staffing": 1,
                     "hourlyCost": 10 } ] }
      """)
    let row = try StaffingPlanner.plan(s).requirements[0]
    // 120 chats × 600 s × 1.5 ÷ 3600 s = 30 slot-Erlangs at 900 s per chat.
    #expect(row.model == .erlangCSlots)
    #expect(row.handleSeconds == 900)
    #expect(abs(row.loadErlangs - 30) < 1e-9)
    let slots = referenceErlangC(
      load: 30, handleSeconds: 900, thresholdSeconds: 60, fraction: 0.8, cap: 1
    ).agents
    #expect(row.netAgents == (slots + 2) / 3)
    let sl = referenceServiceLevel(
      agents: row.netAgents * 3, load: 30, handleSeconds: 900, thresholdSeconds: 60)
    #expect(abs(row.serviceLevel - sl) < 1e-9)
  }

  @Test("email: constant staffing by the fluid schedule; tier 2 gets tier 1's completions")
  func email() throws {
    let s = try scenario(
      """
      { "name": "e", "description": "",
        "horizon": { "intervalLength": "1h", "open": "09:00", "close": "12:00", "days": 1 },
        "channels": [
          { "id": "email", "kind": "email", "demand": [4, 0, 0],
            "handleTime": { "distribution": "exponential", "mean": "1h" },
            "sla": { "percent": 100, "within": "2h" } }
        ],
        "pools": [
          { "id": "t1", "tier": 1, "skills": ["email"], "staffing": 1, "hourlyCost": 10,
            "fcr": { "email": 0.5 }, "escalateTo": "t2" },
          { "id": "t2", "tier": 2, "skills": ["email"], "staffing": 1, "hourlyCost": 10 }
        ],
        "occupancyCap": 1 }
      """)
    let plan = try StaffingPlanner.plan(s)
    // Tier 1 (the documented example): 2 agents answer all 4 by 11:00, 2 per hour.
    #expect(plan.pools[0].netAgents == [2, 2, 2])
    // Completions 2, 2, 0 → tier 2 gets 1, 1, 0 at 09:00 and 10:00. One agent reaches each
    // within its hour, on time; occupancy 2 h ÷ 3 h.
    let tier2 = plan.requirements.filter { $0.tier == 2 }
    #expect(tier2.map(\.offeredContacts) == [1, 1, 0])
    #expect(plan.pools[1].netAgents == [1, 1, 1])
    #expect(tier2.allSatisfy { $0.serviceLevel == 1 && $0.model == .fluidEDF })
    #expect(plan.channels[0].serviceLevel == 1)
  }
}
