import ContactCenter
import Foundation
import Planning
import Reports

extension BenchCases {
  /// The sweep case: Erlang C points per second on one core over the help desk's day
  /// (the first day of `saas-helpdesk-tiers.json`, 48 intervals × 3 channels × 3 tiers),
  /// every point built, validated and planned; then simulated replications per second of
  /// a simulated sweep of the whole help-desk week on all cores.
  static func sweep(quick: Bool, scenarios: String, threads: Int) throws -> BenchResult {
    let base = URL(fileURLWithPath: scenarios).appendingPathComponent("saas-helpdesk-tiers.json")
    guard FileManager.default.fileExists(atPath: base.path) else {
      throw BenchError.missingScenario(base.path)
    }
    let analyticPoints = quick ? 1_000 : 10_000
    var analytic = try SweepSpecLoader.decode(
      Array(
        """
        { "base": \(JSONValue.string(base.path).rendered()), "method": "erlang-c",
          "design": "latinHypercube", "samples": \(analyticPoints), "seed": 1,
          "parameters": [
            { "path": "channels[voice].handleTime.mean", "range": { "from": "4m", "to": "8m" } },
            { "path": "channels[voice].demand", "scale": [0.8, 0.9, 1, 1.1, 1.2] },
            { "path": "channels[chat].concurrency.max", "values": [1, 2, 3, 4] },
            { "path": "shrinkage", "range": { "from": "20%", "to": "40%" } }
          ] }
        """.utf8), file: "bench.sweep.json", directory: base.deletingLastPathComponent())
    analytic.base.scenario = firstDay(analytic.base.scenario)
    let analyticPlan = SweepPlan(spec: analytic)
    let (analyticCount, analyticSeconds) = try ProcessStats.time { () throws -> Int in
      try analyticPlan.check()
      return try SweepRunner.run(
        analyticPlan, points: Array(0..<analyticPlan.pointCount), threads: 1
      ) { _ in }.points
    }
    let simulatedPoints = quick ? 4 : 20
    let replications = quick ? 2 : 5
    let simulated = try SweepSpecLoader.decode(
      Array(
        """
        { "base": \(JSONValue.string(base.path).rendered()), "replications": \(replications), "seed": 1,
          "design": "latinHypercube", "samples": \(simulatedPoints),
          "parameters": [
            { "path": "channels[voice].handleTime.mean", "range": { "from": "5m", "to": "7m" } },
            { "path": "pools[tier1].staffing", "scale": [0.9, 1, 1.1] }
          ] }
        """.utf8), file: "bench.sweep.json", directory: base.deletingLastPathComponent())
    let simulatedPlan = SweepPlan(spec: simulated)
    let (stats, simulatedSeconds) = try ProcessStats.time { () throws -> SweepRunStatistics in
      try simulatedPlan.check()
      return try SweepRunner.run(
        simulatedPlan, points: Array(0..<simulatedPoints), threads: threads
      ) { _ in }
    }
    let replicationsRun = stats.points * replications
    return BenchResult(
      name: "sweep", contacts: 0, wallSeconds: analyticSeconds + simulatedSeconds,
      peakRSSBytes: ProcessStats.peakRSSBytes(), threads: threads,
      extra: [
        ("analytic_points", .integer(analyticCount)),
        ("analytic_seconds", .number((analyticSeconds * 1e4).rounded() / 1e4)),
        (
          "analytic_points_per_second", .number((Double(analyticCount) / analyticSeconds).rounded())
        ),
        ("simulated_replications", .integer(replicationsRun)),
        ("simulated_seconds", .number((simulatedSeconds * 1e4).rounded() / 1e4)),
        (
          "replications_per_second",
          .number((Double(replicationsRun) / simulatedSeconds * 10).rounded() / 10)
        ),
        ("max_pending_items", .integer(stats.maxPendingItems)),
      ])
  }

  /// Returns the scenario cut to its first day: the first day's intervals of every demand
  /// and staffing row.
  static func firstDay(_ scenario: Scenario) -> Scenario {
    var day = scenario
    let perDay = scenario.horizon.openIntervals(ofDay: 0).count
    day.horizon.days = 1
    for c in day.channels.indices {
      day.channels[c].demand = Array(day.channels[c].demand.prefix(perDay))
    }
    for p in day.pools.indices {
      day.pools[p].staffing = day.pools[p].staffing.map { Array($0.prefix(perDay)) }
    }
    return day
  }
}
