import ContactCenter
import Foundation
import Simulation
import Testing

@testable import Planning

@Suite("finance: plan cost, comparisons and tier economics, against hand computations")
struct FinanceTests {
  /// Two tiers over two 1-hour intervals of a 2-day horizon seen as 5 operating days a week.
  static let json = """
    {
      "name": "finance", "description": "hand-computed cost",
      "horizon": { "intervalLength": "1h", "open": "09:00", "close": "11:00", "days": 2 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": [60, 120],
          "handleTime": { "distribution": "exponential", "mean": "5m" },
          "patience": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "t1", "tier": 1, "skills": ["voice"], "staffing": [8, 12], "hourlyCost": 20,
          "fcr": { "voice": 0.75 }, "escalateTo": "t2" },
        { "id": "t2", "tier": 2, "skills": [{ "channel": "voice", "handleTimeFactor": 2 }],
          "staffing": [3, 5], "hourlyCost": 40 }
      ],
      "costs": { "currency": "EUR", "overhead": "25%", "abandonedContact": 2,
        "seatPerWeek": 50, "escalation": 1, "operatingDaysPerWeek": 5, "fteHoursPerWeek": 40 },
      "simulation": { "replications": 10, "seed": 2, "warmupDays": 0 }
    }
    """

  @Test("Paid hours, labour with overhead, seats, contact costs and annualisation")
  func planCost() throws {
    let scenario = try scenario(Self.json)
    // Two days of [8, 12] and [3, 5] scheduled, 1-hour intervals.
    let scheduled = [[8, 12, 8, 12], [3, 5, 3, 5]]
    let cost = PlanCost(scenario: scenario, scheduled: scheduled, abandoned: 10, escalations: 4)
    // Tier 1: 40 paid hours × 20 × 1.25 = 1,000; seats: peak 12 × 50 EUR × (2 ÷ 5) weeks = 240.
    // Tier 2: 16 hours × 40 × 1.25 = 800; seats: 5 × 50 × 0.4 = 100.
    // Contacts: 10 abandons × 2 + 4 escalations × 1 = 24. Horizon: 2,164.
    #expect(cost.pools[0].paidHours == 40)
    #expect(cost.pools[0].labourCost == 1_000)
    #expect(abs(cost.pools[0].seatCost - 240) < 1e-9)
    #expect(cost.pools[1].labourCost == 800)
    #expect(abs(cost.pools[1].seatCost - 100) < 1e-9)
    #expect(cost.contactCost == 24)
    #expect(abs(cost.horizonCost - 2_164) < 1e-9)
    // 2 days stand for 2 of 5 operating days: a week is 2,164 × 5 ÷ 2 = 5,410; a year
    // 5,410 × 365 ÷ 7 = 282,092.857…; a day 1,082.
    #expect(abs(cost.costPerWeek - 5_410) < 1e-9)
    #expect(abs(cost.costPerYear - 5_410 * 365 / 7) < 1e-6)
    #expect(abs(cost.costPerDay - 1_082) < 1e-9)
    // FTE: 56 paid hours over 0.4 weeks = 140 hours a week ÷ 40 = 3.5.
    #expect(abs(cost.fte - 3.5) < 1e-12)
    #expect(cost.pools[0].averageHeadcount == 10)
    #expect(cost.pools[0].peakHeadcount == 12)
  }

  @Test("An unknown or negative money field is an error with its path")
  func badMoney() throws {
    let negative = Self.json.replacingOccurrences(
      of: "\"seatPerWeek\": 50", with: "\"seatPerWeek\": -5")
    #expect {
      _ = try scenario(negative)
    } throws: { error in
      "\(error)".contains("costs.seatPerWeek")
    }
    let typo = Self.json.replacingOccurrences(of: "\"escalation\": 1", with: "\"escalations\": 1")
    #expect {
      _ = try scenario(typo)
    } throws: { error in
      "\(error)".contains("costs") && "\(error)".contains("escalation")
    }
  }

  @Test("A plan compared with itself: zero differences, zero-width intervals (both methods)")
  func selfComparison() throws {
    let scenario = try scenario(Self.json)
    let plan = ComparedPlan(
      name: "a", scenario: scenario, scheduled: scenario.pools.map { $0.staffing ?? [] })
    for method in [
      ComparisonMethod.analytic,
      .simulation(ExperimentSettings(seed: 3, replications: 6, threads: 2, detail: .headline)),
    ] {
      let comparison = try PlanComparison.compare([plan, plan], method: method)
      for row in comparison.rows {
        if let delta = row.deltas[1] { #expect(delta == 0, "\(row.scope) \(row.metric)") }
        if let ci = row.deltaCI95[1] { #expect(ci == 0, "\(row.scope) \(row.metric)") }
      }
      #expect(comparison.row("voice", "service_level")?.values[1] != nil)
    }
  }

  @Test("Common random numbers narrow a comparison's interval at least 2× against independent runs")
  func pairedNarrower() throws {
    let scenario = try scenario(Self.json)
    let base = scenario.pools.map { $0.staffing ?? [] }
    var more = base
    more[0] = more[0].map { $0 + 1 }
    let settings = ExperimentSettings(seed: 5, replications: 20, threads: 2, detail: .headline)
    let comparison = try PlanComparison.compare(
      [
        ComparedPlan(name: "base", scenario: scenario, scheduled: base),
        ComparedPlan(name: "more", scenario: scenario, scheduled: more),
      ], method: .simulation(settings))
    let row = try #require(comparison.row("voice", "service_level"))
    let paired = try #require(row.deltaCI95[1])
    // Independent runs of the two plans (another seed for the second): half-widths add in
    // quadrature.
    let a = try Experiment.run(
      try ExperimentVariant(name: "a", scenario: scenario, staffing: base), settings: settings)
    var other = settings
    other.seed = 99
    let b = try Experiment.run(
      try ExperimentVariant(name: "b", scenario: scenario, staffing: more), settings: other)
    let widthA = try #require(a.channels[0].serviceLevel?.ci95)
    let widthB = try #require(b.channels[0].serviceLevel?.ci95)
    let independent = (widthA * widthA + widthB * widthB).squareRoot()
    // The ratio of two half-widths from 20 replications is itself noisy (each half-width
    // about ±16 %): across the seed pairs tried it ranged 2.6–4.5× (2.99× here), so 2× is
    // the claim it supports; broken common random numbers would give about 1×.
    #expect(independent >= 2 * paired, "independent \(independent), paired \(paired)")
  }

  @Test("Tier economics equal re-running the planner on the edited scenario by hand")
  func tierEconomics() throws {
    let scenario = try scenario(Self.json)
    let economics = try TierEconomics(scenario: scenario, fcrStep: 0.05, deflectionStep: 0.02)
    // By hand: the planner on the scenario with tier-1 FCR 0.80 instead of 0.75.
    var edited = scenario
    edited.pools[0].fcr["voice"] = 0.80
    func yearly(_ s: Scenario) throws -> Double {
      let plan = try StaffingPlanner.plan(s)
      let escalated = plan.requirements.filter { $0.tier == 2 }.reduce(0) {
        $0 + $1.offeredContacts
      }
      return PlanCost(
        scenario: s, scheduled: plan.pools.map(\.scheduledHeadcount),
        abandoned: plan.totals.abandonedContacts, escalations: escalated
      ).costPerYear
    }
    let saved = try yearly(scenario) - yearly(edited)
    let lever = try #require(economics.fcr.first { $0.name.hasPrefix("voice") })
    #expect(abs(lever.costSavedPerYear - saved) < 1e-6)
    #expect(saved > 0, "fewer escalations need fewer tier-2 agents")
    var deflected = scenario
    deflected.channels[0].deflection = 0.02
    let deflection = try #require(economics.deflection.first)
    #expect(abs(deflection.costSavedPerYear - (try yearly(scenario) - yearly(deflected))) < 1e-6)
    // One escalation: tier-2 handle 600 s × 40 EUR/h × 1.25 = 8.333… plus 1 EUR.
    let escalation = try #require(economics.escalations.first)
    #expect(abs(escalation.cost - (600.0 / 3600 * 40 * 1.25 + 1)) < 1e-9)
    #expect(abs(escalation.escalatedShare - 0.25) < 1e-12)
  }
}
