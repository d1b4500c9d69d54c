import ContactCenter
import Simulation

/// What tier economics are worth in money (`ccplan tiers`): one step of Tier-1 first-contact
/// resolution or of self-service deflection, re-planned at the same service targets, and
/// the cost of one escalation.
///
/// **Method.** Each lever edits the scenario — Tier-1 pools' `fcr` for a channel (or every
/// channel) raised by the step, or a channel's `deflection` raised by the step, capped at
/// 100 % — and the analytic planner plans it again with the same options. The saving is
/// the baseline plan's cost minus the edited plan's (`PlanCost`: labour with overhead,
/// seats, abandoned contacts, escalations), annualised as `PlanCost` says; it is the
/// most a year of a training programme or a bot that achieves the step may cost to break
/// even. **The cost of one escalation** of a channel is the higher tiers' labour it
/// consumes — the mean handle time at each tier it reaches (with the pool's skill factor;
/// chat at the factor for full concurrency) × that pool's hourly cost × (1 + overhead),
/// weighted by the chance of reaching it — plus `costs.escalation`.
public struct TierEconomics: Sendable {
  /// One lever re-planned.
  public struct Lever: Sendable, Equatable {
    /// What was changed, e.g. "voice Tier-1 FCR +1 pt", "all channels deflection +1 pt".
    public var name: String
    /// Paid hours saved per week (baseline − lever), in hours.
    public var paidHoursSavedPerWeek: Double
    /// Average scheduled headcount saved (all pools), in agents.
    public var headcountSaved: Double
    /// FTE saved.
    public var fteSaved: Double
    /// Cost saved per year, in the currency: the break-even yearly price of the step.
    public var costSavedPerYear: Double
    /// The edited scenario and its plan's scheduled headcount (for verification).
    public var scenario: Scenario
    /// Scheduled headcount of the edited scenario's plan, [pool][interval].
    public var scheduled: [[Int]]
  }

  /// A lever's plan simulated against the baseline plan on common random numbers.
  public struct Verification: Sendable {
    /// The lever's name.
    public var lever: String
    /// Per channel id: the lever plan's simulated service level and its paired difference
    /// to the baseline plan's (lever − baseline), with 95 % half-widths.
    public var serviceLevels: [(channel: String, level: Estimate?, difference: Estimate?)]
    /// Whether every channel's simulated service level meets its target (by the mean).
    public var meetsTargets: Bool
  }

  /// The cost of one escalation of a channel.
  public struct EscalationCost: Sendable, Equatable {
    /// Channel id.
    public var channel: String
    /// The Tier-1 pool's share escalated (1 − FCR).
    public var escalatedShare: Double
    /// Higher-tier labour plus the per-escalation cost, in the currency.
    public var cost: Double
  }

  /// The step, a fraction (0.01 = one percentage point).
  public var step: Double
  /// The scenario as given, and its plan's scheduled headcount.
  public var baselineScenario: Scenario
  /// Scheduled headcount of the baseline plan, [pool][interval].
  public var baselineScheduled: [[Int]]
  /// The baseline's yearly cost, in the currency.
  public var baselineCostPerYear: Double
  /// FCR levers: each channel with escalation at Tier 1, then all of them together.
  public var fcr: [Lever]
  /// Deflection levers: each channel, then all together.
  public var deflection: [Lever]
  /// Per channel that escalates from Tier 1.
  public var escalations: [EscalationCost]

  /// Returns the economics of `scenario` for steps of `fcrStep` and `deflectionStep`
  /// (fractions), planned with `options`, or throws the planner's error.
  public init(
    scenario: Scenario, fcrStep: Double, deflectionStep: Double,
    options: StaffingOptions = StaffingOptions()
  ) throws(PlanningError) {
    step = fcrStep
    let baseline = try Self.yearlyCost(scenario, options)
    baselineCostPerYear = baseline.cost.costPerYear
    baselineScenario = scenario
    baselineScheduled = baseline.plan.pools.map(\.scheduledHeadcount)
    let tierOne = scenario.pools.indices.filter { scenario.pools[$0].tier == 1 }
    let escalating = scenario.channels.map(\.id).filter { id in
      tierOne.contains { p in
        scenario.pools[p].escalateTo != nil && scenario.pools[p].skill(for: id) != nil
          && scenario.pools[p].fcr(for: id) < 1
      }
    }
    var fcrLevers: [Lever] = []
    for ids in escalating.map({ [$0] }) + (escalating.count > 1 ? [escalating] : []) {
      var edited = scenario
      for p in tierOne {
        for id in ids where edited.pools[p].skill(for: id) != nil {
          edited.pools[p].fcr[id] = Swift.min(1, edited.pools[p].fcr(for: id) + fcrStep)
        }
      }
      let label = ids.count == 1 ? ids[0] : "all channels"
      fcrLevers.append(
        try Self.lever(
          "\(label) Tier-1 FCR +\(Self.points(fcrStep))", edited, options, baseline,
          days: scenario.horizon.days))
    }
    fcr = fcrLevers
    var deflectionLevers: [Lever] = []
    let all =
      scenario.channels.indices.map { [$0] }
      + (scenario.channels.count > 1
        ? [Array(scenario.channels.indices)] : [])
    for indices in all {
      var edited = scenario
      for c in indices {
        edited.channels[c].deflection = Swift.min(1, edited.channels[c].deflection + deflectionStep)
      }
      let label = indices.count == 1 ? scenario.channels[indices[0]].id : "all channels"
      deflectionLevers.append(
        try Self.lever(
          "\(label) deflection +\(Self.points(deflectionStep))", edited, options, baseline,
          days: scenario.horizon.days))
    }
    deflection = deflectionLevers
    escalations = Self.escalationCosts(scenario)
  }

  /// Returns each lever's plan simulated on its edited scenario against the baseline plan
  /// on the baseline scenario, paired on the same customers (common random numbers: with
  /// a higher FCR the same contacts draw the same uniforms, so fewer of them escalate).
  public func verify(settings: ExperimentSettings) throws -> [Verification] {
    let base = try ExperimentVariant(
      name: "baseline", scenario: baselineScenario, staffing: baselineScheduled)
    return try (fcr + deflection).map { lever in
      let variant = try ExperimentVariant(
        name: lever.name, scenario: lever.scenario, staffing: lever.scheduled)
      let comparison = try Experiment.compare([base, variant], settings: settings)
      var levels: [(channel: String, level: Estimate?, difference: Estimate?)] = []
      var meets = true
      for (m, id) in comparison.metrics.enumerated() where id.name.hasSuffix("service_level") {
        let level = comparison.estimate(variant: 1, metric: m)
        let label = id.name == "service_level" ? id.scope : "\(id.scope) \(id.name.prefix(5))"
        levels.append((label, level, comparison.difference(variant: 1, metric: m)))
        if let target = lever.scenario.channels.first(where: { $0.id == id.scope })?.sla.percent,
          let level, level.mean < target / 100
        {
          meets = false
        }
      }
      return Verification(lever: lever.name, serviceLevels: levels, meetsTargets: meets)
    }
  }

  /// Returns "1 pt" or "2.5 pts" for a step given as a fraction.
  static func points(_ step: Double) -> String {
    let value = step * 100
    let text = Units.plainNumber(value)
    return text + (value == 1 ? " pt" : " pts")
  }

  /// Returns a scenario's analytic plan and its cost.
  static func yearlyCost(_ scenario: Scenario, _ options: StaffingOptions) throws(PlanningError)
    -> (plan: StaffingPlan, cost: PlanCost)
  {
    let plan = try StaffingPlanner.plan(scenario, options: options)
    let escalations = plan.requirements.filter { $0.tier > plan.firstContactTier(of: $0.channel) }
      .reduce(0) { $0 + $1.offeredContacts }
    let cost = PlanCost(
      scenario: scenario, scheduled: plan.pools.map(\.scheduledHeadcount),
      abandoned: plan.totals.abandonedContacts, escalations: escalations)
    return (plan, cost)
  }

  /// Returns one lever: the edited scenario re-planned against the baseline.
  static func lever(
    _ name: String, _ edited: Scenario, _ options: StaffingOptions,
    _ baseline: (plan: StaffingPlan, cost: PlanCost), days: Int
  ) throws(PlanningError) -> Lever {
    let (plan, cost) = try yearlyCost(edited, options)
    let headcount = { (c: PlanCost) in c.pools.reduce(0) { $0 + $1.averageHeadcount } }
    return Lever(
      name: name,
      paidHoursSavedPerWeek: (baseline.cost.paidHours - cost.paidHours)
        * edited.costs.operatingDaysPerWeek / Double(days),
      headcountSaved: headcount(baseline.cost) - headcount(cost),
      fteSaved: baseline.cost.fte - cost.fte,
      costSavedPerYear: baseline.cost.costPerYear - cost.costPerYear, scenario: edited,
      scheduled: plan.pools.map(\.scheduledHeadcount))
  }

  /// Returns the cost of one escalation per channel escalating from a Tier-1 pool.
  static func escalationCosts(_ scenario: Scenario) -> [EscalationCost] {
    let index = Dictionary(uniqueKeysWithValues: scenario.pools.enumerated().map { ($1.id, $0) })
    let markUp = 1 + scenario.costs.overhead
    var result: [EscalationCost] = []
    for channel in scenario.channels {
      guard
        let first = scenario.pools.firstIndex(where: {
          $0.tier == 1 && $0.skill(for: channel.id) != nil && $0.escalateTo != nil
            && $0.fcr(for: channel.id) < 1
        })
      else { continue }
      let chatFactor =
        channel.kind == .chat ? channel.concurrency?.handleTimeFactor.last ?? 1 : 1
      var cost = scenario.costs.escalation
      var reach = 1.0
      var current = first
      var visited: Set<Int> = [first]
      while let nextID = scenario.pools[current].escalateTo, let next = index[nextID],
        visited.insert(next).inserted, let skill = scenario.pools[next].skill(for: channel.id)
      {
        let seconds = channel.handleTime.mean * skill.handleTimeFactor * chatFactor
        cost += reach * seconds / 3600 * (scenario.pools[next].hourlyCost ?? 0) * markUp
        reach *= 1 - scenario.pools[next].fcr(for: channel.id)
        current = next
      }
      result.append(
        EscalationCost(
          channel: channel.id, escalatedShare: 1 - scenario.pools[first].fcr(for: channel.id),
          cost: cost))
    }
    return result
  }
}
