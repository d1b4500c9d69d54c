import ContactCenter
import Simulation

extension Roster {
  /// Returns the cost per pool per open interval: each rostered agent's paid intervals ×
  /// interval hours × hourly cost × (1 + overhead) × its shift's cost multiplier, in the
  /// currency (sums to `cost`).
  public func intervalCost() -> [[Double]] {
    let hours = scenario.horizon.intervalSeconds / 3600
    var cost = present.map { [Double](repeating: 0, count: $0.count) }
    for entry in entries {
      let pool = scenario.pools[entry.pool]
      let multiplier = scenario.shifts?[entry.column.shiftType].costMultiplier ?? 1
      let each =
        hours * (pool.hourlyCost ?? 0) * (1 + scenario.costs.overhead) * multiplier
        * Double(entry.count)
      for k in entry.column.paid { cost[entry.pool][k] += each }
    }
    return cost
  }

  /// Returns the agents on line the simulator puts out per pool per open interval when the
  /// roster replays: ⌊present × (1 − shrinkage)⌋ in exact basis points.
  public func onLine() -> [[Int]] {
    let rule = scenario.shrinkageRule
    return present.map { row in row.map { rule.onLine(scheduled: $0) } }
  }

  /// Returns the intervals where the roster falls short of the requirement, as (pool,
  /// interval) pairs (empty for a feasible roster).
  public func shortfalls() -> [(pool: Int, interval: Int)] {
    var result: [(pool: Int, interval: Int)] = []
    for (p, row) in requirement.enumerated() {
      for (k, needed) in row.enumerated() where present[p][k] < needed { result.append((p, k)) }
    }
    return result
  }
}

extension Roster {
  /// Returns the simulation of the roster replayed: its present agents as scheduled
  /// headcount (shrinkage then applies as for any staffing file), under `settings`; throws
  /// a sampler error or `QueueOverflow`.
  public func simulate(
    settings: ExperimentSettings, progress: (@Sendable (Int) -> Void)? = nil
  ) throws -> SimulationSummary {
    let variant = try ExperimentVariant(
      name: "roster", scenario: scenario, staffing: replayHeadcount)
    return try Experiment.run(variant, settings: settings, progress: progress)
  }
}
