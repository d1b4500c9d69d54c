import ContactCenter
import Simulation

/// One plan in a comparison: a scenario and the scheduled headcount it is run with.
public struct ComparedPlan: Sendable {
  /// The name shown as the plan's column (its file name).
  public var name: String
  /// The scenario (already edited and validated).
  public var scenario: Scenario
  /// Scheduled headcount per pool and open interval ([pool][interval]).
  public var scheduled: [[Int]]

  /// Returns a plan with the given fields.
  public init(name: String, scenario: Scenario, scheduled: [[Int]]) {
    self.name = name
    self.scenario = scenario
    self.scheduled = scheduled
  }
}

/// How a comparison measures service: the analytic approximation or a paired simulation.
public enum ComparisonMethod: Sendable {
  /// `StaffingEvaluation` of each plan (Erlang per interval; no intervals).
  case analytic
  /// `Experiment.compare` with common random numbers and paired intervals.
  case simulation(ExperimentSettings)
}

/// One row of a comparison: a figure for every plan and, after the first, its difference
/// to the baseline (the first plan).
public struct ComparisonRow: Sendable {
  /// What the row is about: "cost", "tier 1", a channel or pool id.
  public var scope: String
  /// The figure, e.g. `cost_per_year`, `service_level`.
  public var metric: String
  /// Its unit: a currency code, `share`, `seconds`, `hours`, `agents`, `fte`.
  public var unit: String
  /// The value per plan (nil where a plan lacks it).
  public var values: [Double?]
  /// The 95 % half-width per plan (nil when exact or unknown).
  public var ci95: [Double?]
  /// Plan − baseline per plan (nil for the baseline and where either lacks it).
  public var deltas: [Double?]
  /// The paired 95 % half-width of each difference (nil when exact or unknown).
  public var deltaCI95: [Double?]
}

/// A comparison of staffing plans in money and service (`ccplan compare`).
public struct PlanComparison: Sendable {
  /// Plan names, the baseline first.
  public var plans: [String]
  /// The currency of the money rows (the baseline's).
  public var currency: String
  /// Every row, costs first, then tiers, channels and pools.
  public var rows: [ComparisonRow]
  /// Notes for the reader (e.g. plans that share no channel are compared on cost only).
  public var notes: [String]
  /// Whether service figures were simulated.
  public var simulated: Bool

  /// Returns the comparison of `plans` (at least one; the first is the baseline), or
  /// throws a `PlanningError` when an analytic plan of a scenario cannot be made.
  public static func compare(
    _ plans: [ComparedPlan], method: ComparisonMethod,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws -> PlanComparison {
    var service: [[String: (value: Double?, ci: Double?, delta: Double?, deltaCI: Double?)]] =
      []
    var keys: [(scope: String, metric: String, unit: String)] = []
    var seen = Set<String>()
    func note(_ scope: String, _ metric: String, _ unit: String) {
      if seen.insert(scope + "\u{1}" + metric).inserted { keys.append((scope, metric, unit)) }
    }
    var handled: [Double?] = []
    var abandoned: [Double] = []
    var escalations: [Double] = []
    switch method {
    case .analytic:
      var baseline: [String: Double?] = [:]
      for (v, plan) in plans.enumerated() {
        let staffingPlan = try StaffingPlanner.plan(plan.scenario)
        let evaluation = try StaffingEvaluation(
          scenario: plan.scenario, plan: staffingPlan, scheduled: plan.scheduled)
        var figures: [String: (value: Double?, ci: Double?, delta: Double?, deltaCI: Double?)] =
          [:]
        func put(_ scope: String, _ metric: String, _ unit: String, _ value: Double?) {
          note(scope, metric, unit)
          let key = scope + "\u{1}" + metric
          if v == 0 { baseline[key] = value }
          var delta: Double?
          if v > 0, let value, let base = baseline[key] ?? nil { delta = value - base }
          figures[key] = (value, nil, delta, nil)
        }
        for service in evaluation.channels {
          let id = plan.scenario.channels[service.channel].id
          put(id, "service_level", "share", service.serviceLevel)
          put(id, "asa_seconds", "seconds", service.asaSeconds)
          put(id, "abandon_rate", "share", service.abandonRate)
        }
        for (p, occupancy) in evaluation.poolOccupancy.enumerated() {
          put(plan.scenario.pools[p].id, "occupancy", "share", occupancy)
        }
        service.append(figures)
        let totalAbandoned = evaluation.channels.reduce(0) { $0 + $1.abandoned }
        handled.append(evaluation.channels.reduce(0) { $0 + $1.offered } - totalAbandoned)
        abandoned.append(totalAbandoned)
        escalations.append(evaluation.channels.reduce(0) { $0 + $1.escalations })
      }
    case .simulation(let settings):
      let variants = try plans.map { plan in
        try ExperimentVariant(name: plan.name, scenario: plan.scenario, staffing: plan.scheduled)
      }
      let comparison = try Experiment.compare(variants, settings: settings, progress: progress)
      let wanted: Set<String> = ["service_level", "asa_seconds", "abandon_rate", "occupancy"]
      func isWanted(_ name: String) -> Bool {
        wanted.contains(name) || (name.hasPrefix("tier") && name.hasSuffix("_service_level"))
      }
      for m in comparison.metrics.indices where isWanted(comparison.metrics[m].name) {
        let id = comparison.metrics[m]
        note(id.scope, id.name, id.unit)
      }
      for v in plans.indices {
        var figures: [String: (value: Double?, ci: Double?, delta: Double?, deltaCI: Double?)] =
          [:]
        var sums = (handled: 0.0, abandoned: 0.0, escalations: 0.0, any: false)
        for (m, id) in comparison.metrics.enumerated() {
          let estimate = comparison.estimate(variant: v, metric: m)
          switch id.name {
          case "handled":
            sums.handled += estimate?.mean ?? 0
            sums.any = sums.any || estimate != nil
          case "abandoned": sums.abandoned += estimate?.mean ?? 0
          case "escalations": sums.escalations += estimate?.mean ?? 0
          default: break
          }
          guard isWanted(id.name) else { continue }
          let difference = v > 0 ? comparison.difference(variant: v, metric: m) : nil
          figures[id.scope + "\u{1}" + id.name] = (
            estimate?.mean, estimate?.ci95, difference?.mean, difference?.ci95
          )
        }
        service.append(figures)
        handled.append(sums.any ? sums.handled : nil)
        abandoned.append(sums.abandoned)
        escalations.append(sums.escalations)
      }
    }
    let costs = plans.indices.map { v in
      PlanCost(
        scenario: plans[v].scenario, scheduled: plans[v].scheduled, abandoned: abandoned[v],
        escalations: escalations[v])
    }
    var rows = costRows(plans, costs, handled: handled)
    for key in keys {
      let cells = service.map { $0[key.scope + "\u{1}" + key.metric] }
      rows.append(
        ComparisonRow(
          scope: key.scope, metric: key.metric, unit: key.unit,
          values: cells.map { $0?.value ?? nil }, ci95: cells.map { $0?.ci ?? nil },
          deltas: cells.map { $0?.delta ?? nil }, deltaCI95: cells.map { $0?.deltaCI ?? nil }))
    }
    var notes: [String] = []
    let baseIDs = Set(plans[0].scenario.channels.map(\.id))
    for plan in plans.dropFirst()
    where baseIDs.isDisjoint(with: plan.scenario.channels.map(\.id)) {
      notes.append(
        "\(plan.name) shares no channel with \(plans[0].name): they are compared on cost only")
    }
    if case .analytic = method {
      notes.append(
        "service figures are analytic (Erlang per interval, each pool's agents split by the "
          + "plan's needs; deferrable channels: simulation only): --method simulation measures")
    }
    var simulated = false
    if case .simulation = method { simulated = true }
    return PlanComparison(
      plans: plans.map(\.name), currency: plans[0].scenario.costs.currency, rows: rows,
      notes: notes, simulated: simulated)
  }

  /// Returns the money and staffing rows: per tier headcount and FTE, paid hours, cost per
  /// day, week and year, cost per handled contact (exact given the staffing).
  static func costRows(_ plans: [ComparedPlan], _ costs: [PlanCost], handled: [Double?])
    -> [ComparisonRow]
  {
    let currency = plans[0].scenario.costs.currency
    func row(_ scope: String, _ metric: String, _ unit: String, _ values: [Double?])
      -> ComparisonRow
    {
      let deltas = values.indices.map { v -> Double? in
        guard v > 0, let value = values[v], let base = values[0] else { return nil }
        return value - base
      }
      let none = [Double?](repeating: nil, count: values.count)
      return ComparisonRow(
        scope: scope, metric: metric, unit: unit, values: values, ci95: none, deltas: deltas,
        deltaCI95: none)
    }
    var rows: [ComparisonRow] = []
    let tiers = Set(plans.flatMap { $0.scenario.pools.map(\.tier) }).sorted()
    for tier in tiers {
      rows.append(
        row(
          "tier \(tier)", "scheduled_headcount", "agents",
          plans.indices.map { v in
            let members = costs[v].pools(tier: tier, in: plans[v].scenario)
            return members.isEmpty ? nil : members.reduce(0) { $0 + $1.averageHeadcount }
          }))
      rows.append(
        row(
          "tier \(tier)", "fte", "fte",
          plans.indices.map { v in
            let members = costs[v].pools(tier: tier, in: plans[v].scenario)
            return members.isEmpty ? nil : members.reduce(0) { $0 + $1.fte }
          }))
    }
    rows.append(row("total", "paid_hours", "hours", costs.map(\.paidHours)))
    rows.append(row("total", "fte", "fte", costs.map(\.fte)))
    rows.append(row("cost", "cost_per_day", currency, costs.map(\.costPerDay)))
    rows.append(row("cost", "cost_per_week", currency, costs.map(\.costPerWeek)))
    rows.append(row("cost", "cost_per_year", currency, costs.map(\.costPerYear)))
    rows.append(
      row(
        "cost", "cost_per_handled_contact", currency,
        costs.indices.map { v in
          guard let count = handled[v], count > 0 else { return nil }
          return costs[v].horizonCost / count
        }))
    return rows
  }

  /// Returns the row of `metric` in `scope`, if any.
  public func row(_ scope: String, _ metric: String) -> ComparisonRow? {
    rows.first { $0.scope == scope && $0.metric == metric }
  }
}
