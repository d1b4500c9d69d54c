import ContactCenter
import Foundation
import Planning
import Reports

extension BenchCases {
  /// Times `schedule` (the Erlang C plan, then the roster) on the help desk's week and the
  /// telecom week (`--quick`: the help desk only, 3 s limit), with each roster's gap to its
  /// LP bound, against the goals of under 10 s within 1 % (help desk) and under a minute
  /// (telecom) on 2 cores.
  static func schedule(quick: Bool, scenarios: String) throws -> BenchResult {
    var extra: [(String, JSONValue)] = []
    var total = 0.0
    let cases = [
      ("helpdesk", "saas-helpdesk-tiers.json", 30.0), ("telecom", "telecom-multichannel.json", 50),
    ]
    for (key, file, limit) in quick ? [("helpdesk", "saas-helpdesk-tiers.json", 3)] : cases {
      let path = URL(fileURLWithPath: scenarios).appendingPathComponent(file).path
      let scenario = try ScenarioLoader.load(path: path).scenario
      let (roster, wall) = try ProcessStats.time { () throws -> Roster in
        let plan = try StaffingPlanner.plan(scenario)
        return try RosterPlanner.schedule(
          scenario, requirement: RosterPlanner.requirement(of: plan),
          timeLimitSeconds: limit)
      }
      total += wall
      extra.append(("\(key)_seconds", .number((wall * 1000).rounded() / 1000)))
      extra.append(("\(key)_gap", .number((roster.gap * 1e5).rounded() / 1e5)))
      extra.append(("\(key)_timed_out", .bool(roster.timedOut)))
    }
    return BenchResult(
      name: "schedule", contacts: 0, wallSeconds: total, peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: 1, extra: extra)
  }
}
