import ContactCenter
import Simulation

/// The figures of one point, computed from an analytic plan or from simulated replications.
enum SweepPointMetrics {
  /// Returns the agent cost with overhead and the paid hours per pool of a scenario's
  /// scheduled staffing (headcount × interval hours × hourly cost × (1 + overhead)).
  static func staffingCost(_ scenario: Scenario) -> (cost: Double, paidHours: [Double]) {
    let hours = scenario.horizon.intervalSeconds / 3600
    var cost = 0.0
    var paid: [Double] = []
    for pool in scenario.pools {
      let poolHours = Double((pool.staffing ?? []).reduce(0, +)) * hours
      paid.append(poolHours)
      cost += poolHours * (pool.hourlyCost ?? 0) * (1 + scenario.costs.overhead)
    }
    return (cost, paid)
  }

  /// Returns `metrics` read from an analytic plan: the plan's service level per channel,
  /// the offered-weighted ASA of its first-tier requirements, abandoned ÷ offered, the
  /// agent-weighted occupancy of each pool's requirements, paid hours and cost.
  static func analytic(_ plan: StaffingPlan, metrics: [SweepMetric]) -> [Estimate?] {
    let scenario = plan.scenario
    let channelIndex = Dictionary(
      scenario.channels.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let poolIndex = Dictionary(
      scenario.pools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var asaSum = [Double](repeating: 0, count: scenario.channels.count)
    var asaWeight = asaSum
    var busy = [Double](repeating: 0, count: scenario.pools.count)
    var agents = busy
    for row in plan.requirements {
      if row.tier == 1 {
        asaSum[row.channel] += row.offeredContacts * row.asaSeconds
        asaWeight[row.channel] += row.offeredContacts
      }
      busy[row.pool] += row.occupancy * Double(row.netAgents)
      agents[row.pool] += Double(row.netAgents)
    }
    return metrics.map { metric -> Estimate? in
      let value: Double?
      if metric.kind.isChannel, let c = channelIndex[metric.scope] {
        let summary = plan.channels[c]
        switch metric.kind {
        case .serviceLevel: value = summary.serviceLevel
        case .asaSeconds: value = asaWeight[c] > 0 ? asaSum[c] / asaWeight[c] : nil
        case .abandonRate:
          value =
            summary.offeredContacts > 0
            ? summary.abandonedContacts / summary.offeredContacts : nil
        case .offered: value = summary.offeredContacts
        case .handled: value = summary.handledContacts
        case .abandoned: value = summary.abandonedContacts
        default: value = nil
        }
      } else if metric.kind.isPool, let p = poolIndex[metric.scope] {
        value =
          metric.kind == .occupancy
          ? (agents[p] > 0 ? busy[p] / agents[p] : nil) : plan.pools[p].totalPaidHours
      } else {
        value = metric.kind == .totalCost ? plan.totals.cost : plan.totals.costPerHandledContact
      }
      return value.map { Estimate(mean: $0, ci95: nil) }
    }
  }
}

/// What a simulated replication contributes to each metric of one point: where the metric
/// sits in `HeadlineMetrics.samples`, or a constant of the point (paid hours, agent cost).
struct SimulatedPointMetrics: Sendable {
  /// How one metric's per-replication numerator and denominator are found.
  enum Source: Sendable {
    /// The headline sample at this position.
    case sample(Int)
    /// A constant numerator over 1 (paid hours, total cost).
    case constant(Double)
    /// A constant numerator over the replication's handled contacts (cost per contact).
    case perHandled(Double)
  }

  let sources: [Source]
  /// The positions of every channel's handled count, for the cost per handled contact.
  let handledPositions: [Int]

  /// Returns the sources of `metrics` for `scenario` compiled as `model` (its staffing sets
  /// the constants).
  init(scenario: Scenario, model: CompiledModel, metrics: [SweepMetric]) {
    let ids = HeadlineMetrics.ids(scenario: scenario, model: model)
    let (cost, paid) = SweepPointMetrics.staffingCost(scenario)
    let poolIndex = Dictionary(
      scenario.pools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    func position(_ scope: String, _ name: String) -> Int {
      guard let i = ids.firstIndex(where: { $0.scope == scope && $0.name == name }) else {
        preconditionFailure("no headline metric \(scope) \(name)")
      }
      return i
    }
    handledPositions = scenario.channels.map { position($0.id, "handled") }
    sources = metrics.map { metric in
      switch metric.kind {
      case .serviceLevel, .asaSeconds, .abandonRate, .waitProbability, .occupancy:
        return .sample(position(metric.scope, metric.kind.rawValue))
      case .offered: return .sample(position(metric.scope, "offered"))
      case .handled: return .sample(position(metric.scope, "handled"))
      case .abandoned: return .sample(position(metric.scope, "abandoned"))
      case .paidHours: return .constant(paid[poolIndex[metric.scope] ?? 0])
      case .totalCost: return .constant(cost)
      case .costPerHandled: return .perHandled(cost)
      }
    }
  }

  /// Returns one replication's (numerator, denominator) per metric.
  func samples(_ headline: [MetricSample]) -> [MetricSample] {
    let handled = handledPositions.reduce(0.0) { $0 + headline[$1].x }
    return sources.map { source in
      switch source {
      case .sample(let i): return headline[i]
      case .constant(let value): return MetricSample(x: value, y: 1)
      case .perHandled(let value): return MetricSample(x: value, y: handled)
      }
    }
  }
}
