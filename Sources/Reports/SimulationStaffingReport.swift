import ContactCenter
import Planning
import Simulation

/// Renders simulation-based staffing: the headline comparison with the analytic plan, the
/// iterations, and `simulation-check.csv`.
public enum SimulationStaffingReport {
  /// Returns the stretches of intervals where the verified plan gives pool p more (sign
  /// +1) or fewer (−1) net agents than the analytic plan, with the smallest and largest
  /// difference in each.
  static func runs(_ result: SimulationStaffing, pool p: Int, sign: Int)
    -> [(first: Int, last: Int, least: Int, most: Int)]
  {
    var runs: [(first: Int, last: Int, least: Int, most: Int)] = []
    for k in 0..<result.analytic.scenario.horizon.openIntervals {
      let d = result.verified.pools[p].netAgents[k] - result.analytic.pools[p].netAgents[k]
      guard d * sign > 0 else { continue }
      let size = abs(d)
      if let last = runs.last, last.last + 1 == k {
        runs[runs.count - 1] = (
          last.first, k, Swift.min(last.least, size), Swift.max(last.most, size)
        )
      } else {
        runs.append((k, k, size, size))
      }
    }
    return runs
  }

  /// Returns the headline lines: per pool where Erlang C under- and over-staffs it, per
  /// real-time channel the service each plan reaches on the verification seed, then the
  /// cost difference and whether the search converged.
  public static func headline(_ result: SimulationStaffing) -> [String] {
    let scenario = result.analytic.scenario
    let horizon = scenario.horizon
    let start =
      (result.analytic.options.method == .erlangC ? "Erlang C" : "Erlang A")
      + (result.analytic.options.confidence.map { " for the \(NumberFormat.percent($0)) day" } ?? "")
    var lines: [String] = []
    func label(_ run: (first: Int, last: Int, least: Int, most: Int)) -> String {
      let span =
        run.first == run.last
        ? horizon.label(ofOpenInterval: run.first)
        : horizon.label(ofOpenInterval: run.first) + "–" + horizon.label(ofOpenInterval: run.last)
      let by = run.least == run.most ? "\(run.least)" : "\(run.least)–\(run.most)"
      return "\(span) by \(by)"
    }
    func listed(_ runs: [(first: Int, last: Int, least: Int, most: Int)]) -> String {
      runs.prefix(3).map(label).joined(separator: ", ")
        + (runs.count > 3 ? ", … (\(runs.count) stretches in all)" : "")
    }
    for (p, pool) in scenario.pools.enumerated() {
      let under = runs(result, pool: p, sign: 1)
      let over = runs(result, pool: p, sign: -1)
      guard !under.isEmpty || !over.isEmpty else { continue }
      var parts: [String] = []
      if !under.isEmpty { parts.append("\(start) under-staffs " + listed(under)) }
      if !over.isEmpty { parts.append("over-staffs " + listed(over)) }
      lines.append("\(pool.id): " + parts.joined(separator: "; ") + " (net agents)")
    }
    if lines.isEmpty { lines.append("\(start) staffs every pool and interval as simulation does") }
    func dayShare(_ c: Int) -> String {
      guard let analytic = result.analyticCheck.channels[c].dayServiceLevels,
        let verified = result.verifiedCheck.channels[c].dayServiceLevels, verified.days > 1
      else { return "" }
      return
        "; the day's target met on \(NumberFormat.percent(verified.shareMeetingTarget, decimals: 0)) "
        + "of \(verified.days) simulated days (\(start) "
        + "\(NumberFormat.percent(analytic.shareMeetingTarget, decimals: 0)))"
    }
    for (c, channel) in scenario.channels.enumerated() where channel.kind.isRealTime {
      func missed(_ s: SimulationSummary) -> String {
        let count = s.targetMisses().first { $0.channel == channel.id }?.missed.count ?? 0
        return count == 1 ? "1 interval missed" : "\(count) intervals missed"
      }
      lines.append(
        "\(channel.id) SL on a fresh seed: \(start) "
          + "\(SimulationReport.percentCell(result.analyticCheck.channels[c].serviceLevel)) ("
          + missed(result.analyticCheck) + "), verified "
          + "\(SimulationReport.percentCell(result.verifiedCheck.channels[c].serviceLevel)) ("
          + missed(result.verifiedCheck) + ")" + dayShare(c))
    }
    let before = PlanCost(
      scenario: scenario, scheduled: result.analytic.pools.map(\.scheduledHeadcount))
    let after = PlanCost(
      scenario: scenario, scheduled: result.verified.pools.map(\.scheduledHeadcount))
    let perDay = after.costPerDay - before.costPerDay
    let perYear = after.costPerYear - before.costPerYear
    let relative = before.costPerYear > 0 ? perYear / before.costPerYear * 100 : 0
    let currency = scenario.costs.currency
    lines.append(
      "The verified plan costs \(ComparisonReport.signed(relative, decimals: 1)) % against "
        + "\(start): \(ComparisonReport.signed(perDay, decimals: 0)) \(currency)/day, "
        + "\(ComparisonReport.signed(perYear, decimals: 0)) \(currency)/year.")
    lines.append(
      (result.converged ? "Converged" : "Not converged") + " after "
        + "\(result.iterations.count) iterations: \(result.reason).")
    return lines
  }

  /// Returns one progress line for an iteration.
  public static func progressLine(_ iteration: StaffingIteration) -> String {
    "iteration \(iteration.iteration): \(iteration.failing) interval targets failing, "
      + "+\(iteration.added)/−\(iteration.removed) agent-intervals, "
      + "\(NumberFormat.grouped(iteration.paidHours, decimals: 0)) paid hours, "
      + "\(NumberFormat.fixed(iteration.elapsedSeconds, decimals: 0)) s"
  }

  /// Returns simulation-check.csv: per open interval and real-time channel the net agents
  /// of its first-contact pool in each plan and the service level each reaches on the
  /// verification seed, after `header`.
  public static func checkCSV(_ result: SimulationStaffing, header: String) -> String {
    let scenario = result.analytic.scenario
    var table = CSVTable(header: [
      "interval_start", "channel", "pool", "analytic_net_agents", "verified_net_agents",
      "analytic_service_level", "analytic_service_level_ci95", "verified_service_level",
      "verified_service_level_ci95", "target",
    ])
    let channels = scenario.channels.count
    for row in result.analytic.requirements
    where row.tier == result.analytic.firstContactTier(of: row.channel)
      && scenario.channels[row.channel].kind.isRealTime
    {
      let index = row.interval * channels + row.channel
      let before = result.analyticCheck.intervals[index].serviceLevel
      let after = result.verifiedCheck.intervals[index].serviceLevel
      table.append([
        scenario.horizon.label(ofOpenInterval: row.interval), scenario.channels[row.channel].id,
        scenario.pools[row.pool].id,
        String(result.analytic.pools[row.pool].netAgents[row.interval]),
        String(result.verified.pools[row.pool].netAgents[row.interval]),
        CSVTable.number(before?.mean), CSVTable.number(before?.ci95),
        CSVTable.number(after?.mean), CSVTable.number(after?.ci95),
        CSVTable.number(scenario.channels[row.channel].sla.percent / 100),
      ])
    }
    return header + table.rendered()
  }
}
