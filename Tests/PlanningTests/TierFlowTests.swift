import ContactCenter
import Foundation
import Testing

@testable import Planning

@Suite("tier flow-through, shrinkage and cost, computed by hand")
struct TierFlowTests {
  /// Two 1-hour intervals (09:00, 10:00) of voice: 100 and 200 calls, 10 % deflected, AHT
  /// 5 min. Tier 1 resolves 80 % and escalates to tier 2 (handle time × 1.5), which resolves
  /// 50 % and escalates to tier 3. Shrinkage 20 %, occupancy cap 90 %, overhead 10 %.
  static let json = """
    {
      "name": "tiers", "description": "hand-computed tier flow",
      "horizon": { "intervalLength": "1h", "open": "09:00", "close": "11:00", "days": 1 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": [100, 200],
          "handleTime": { "distribution": "exponential", "mean": "5m" },
          "patience": { "distribution": "exponential", "mean": "2m" },
          "sla": { "percent": 80, "within": "20s" }, "deflection": "10%" }
      ],
      "pools": [
        { "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 1, "hourlyCost": 20,
          "fcr": { "voice": 0.8 }, "escalateTo": "t2" },
        { "id": "t2", "tier": 2, "skills": [{ "channel": "voice", "handleTimeFactor": 1.5 }],
          "staffing": 1, "hourlyCost": 40, "fcr": { "voice": 0.5 }, "escalateTo": "t3" },
        { "id": "t3", "tier": 3, "skills": ["voice"], "staffing": 1, "hourlyCost": 60 }
      ],
      "shrinkage": "20%", "occupancyCap": "90%",
      "costs": { "currency": "EUR", "overhead": "10%", "abandonedContact": 2 }
    }
    """

  @Test("offered, load and agents per tier follow tier k handled × (1 − fcr)")
  func flow() throws {
    let plan = try StaffingPlanner.plan(try scenario(Self.json))
    // Interval 09:00: tier 1 gets 100 × 0.9 = 90 calls × 300 s ÷ 3600 s = 7.5 Erlangs;
    // tier 2 gets 90 × 0.2 = 18 × 450 s = 2.25 Erlangs; tier 3 gets 18 × 0.5 = 9 × 300 s
    // = 0.75 Erlangs. Interval 10:00 doubles every figure.
    let expected: [(tier: Int, offered: Double, handle: Double, load: Double)] = [
      (1, 90, 300, 7.5), (2, 18, 450, 2.25), (3, 9, 300, 0.75),
      (1, 180, 300, 15), (2, 36, 450, 4.5), (3, 18, 300, 1.5),
    ]
    #expect(plan.requirements.count == expected.count)
    for (row, want) in zip(plan.requirements, expected) {
      #expect(row.tier == want.tier)
      #expect(abs(row.offeredContacts - want.offered) < 1e-9)
      #expect(row.handleSeconds == want.handle)
      #expect(abs(row.loadErlangs - want.load) < 1e-9)
      let reference = referenceErlangC(
        load: want.load, handleSeconds: want.handle, thresholdSeconds: 20, fraction: 0.8,
        cap: 0.9)
      #expect(row.netAgents == reference.agents)
      #expect(abs(row.serviceLevel - reference.serviceLevel) < 1e-9)
      #expect(row.model == .erlangC)
    }
    // The reference gives net agents t1 [11, 19], t2 [5, 7], t3 [2, 4].
    #expect(plan.pools.map(\.netAgents) == [[11, 19], [5, 7], [2, 4]])
  }

  @Test("scheduled headcount, paid hours, FTE and cost per pool, tier, channel and day")
  func cost() throws {
    let plan = try StaffingPlanner.plan(try scenario(Self.json))
    // ⌈net ÷ 0.8⌉: 11 → 14 (13.75), 19 → 24 (23.75), 5 → 7, 7 → 9, 2 → 3, 4 → 5.
    #expect(plan.pools.map(\.scheduledHeadcount) == [[14, 24], [7, 9], [3, 5]])
    // Paid hours = scheduled × 1 h; cost = hours × rate × 1.1.
    #expect(plan.pools.map(\.totalPaidHours) == [38, 16, 8])
    let costs = plan.pools.map(\.totalCost)
    let wanted: [Double] = [38 * 20 * 1.1, 16 * 40 * 1.1, 8 * 60 * 1.1]
    for (cost, want) in zip(costs, wanted) {
      #expect(abs(cost - want) < 1e-9)  // 836, 704, 528
    }
    #expect(abs(plan.totals.cost - 2068) < 1e-9)
    #expect(plan.tiers.map(\.tier) == [1, 2, 3])
    #expect(abs(plan.channels[0].cost - 2068) < 1e-9)
    #expect(plan.channels[0].costByTier.map(\.tier) == [1, 2, 3])
    #expect(abs(plan.days[0].cost - 2068) < 1e-9)
    // 62 paid hours in a 1-day horizon are 62 × 7 = 434 hours a week ÷ 37.5 = 11.573 FTE.
    #expect(abs(plan.totals.fte - 62.0 * 7 / 37.5) < 1e-9)
    // Erlang C: nobody abandons, so 270 handled and 2068 ÷ 270 per handled contact.
    #expect(plan.totals.handledContacts == 270)
    #expect(abs((plan.totals.costPerHandledContact ?? 0) - 2068.0 / 270) < 1e-9)
    #expect(plan.totals.abandonedCost == 0)
    // The day's SL weights each interval's tier-1 SL by its 90 and 180 calls.
    let sl0 = referenceServiceLevel(agents: 11, load: 7.5, handleSeconds: 300, thresholdSeconds: 20)
    let sl1 = referenceServiceLevel(agents: 19, load: 15, handleSeconds: 300, thresholdSeconds: 20)
    let day = plan.channels[0].dayServiceLevel[0] ?? 0
    #expect(abs(day - (90 * sl0 + 180 * sl1) / 270) < 1e-9)
  }

  @Test("what-if factors scale demand and handle time")
  func factors() throws {
    let base = try scenario(Self.json)
    let plan = try StaffingPlanner.plan(
      base, options: StaffingOptions(volumeFactor: 2, ahtFactor: 0.5))
    // 2 × 90 calls at 150 s: the same 7.5 Erlangs at tier 1 in the first interval.
    #expect(abs(plan.requirements[0].offeredContacts - 180) < 1e-9)
    #expect(abs(plan.requirements[0].loadErlangs - 7.5) < 1e-9)
    #expect(throws: PlanningError.self) {
      try StaffingPlanner.plan(base, options: StaffingOptions(ahtFactor: 0))
    }
  }

  @Test("Erlang A: tier 2 gets tier 1's answered calls, and abandons are priced")
  func erlangA() throws {
    let plan = try StaffingPlanner.plan(
      try scenario(Self.json), options: StaffingOptions(method: .erlangA))
    let tier1 = plan.requirements[0]
    let tier2 = plan.requirements[1]
    #expect(tier1.model == .erlangA)
    #expect(tier1.abandonRate > 0 && tier1.abandonRate < 0.2)
    #expect(abs(tier2.offeredContacts - 90 * (1 - tier1.abandonRate) * 0.2) < 1e-9)
    let abandoned = plan.requirements.reduce(0) { $0 + $1.offeredContacts * $1.abandonRate }
    #expect(abs(plan.totals.abandonedContacts - abandoned) < 1e-9)
    #expect(abs((plan.totals.abandonedCost ?? 0) - 2 * abandoned) < 1e-9)
    #expect(abs(plan.totals.handledContacts - (270 - abandoned)) < 1e-9)
  }

  @Test("a pool without an hourly cost is never costed at 0 unsaid; no staffing is needed")
  func missingCost() throws {
    let unpriced = Self.json.replacingOccurrences(of: ", \"hourlyCost\": 40", with: "")
      .replacingOccurrences(of: "\"staffing\": 1, ", with: "")
    #expect(throws: PlanningError.missingHourlyCost(pools: ["t2"])) {
      try StaffingPlanner.plan(try scenario(unpriced))
    }
    let free = unpriced.replacingOccurrences(
      of: "\"fcr\": { \"voice\": 0.5 }", with: "\"hourlyCost\": 0, \"fcr\": { \"voice\": 0.5 }")
    let plan = try StaffingPlanner.plan(try scenario(free))
    let t2 = try #require(plan.pools.first { $0.pool == 1 })
    #expect(t2.totalCost == 0)
    #expect(t2.totalPaidHours > 0)
  }
}
