import ContactCenter
import Planning
import Simulation

extension RosterReport {
  /// Returns `summary.json`: provenance, cost, LP bound, gap, paid hours, efficiency, the
  /// shifts rostered and, after `--verify`, each channel's simulated service level.
  public static func summaryJSON(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String,
    verification: SimulationSummary? = nil
  ) -> JSONValue {
    let scenario = roster.scenario
    let currency = scenario.costs.currency.lowercased()
    func round(_ value: Double, _ digits: Double = 100) -> JSONValue {
      .number((value * digits).rounded() / digits)
    }
    var members: [(String, JSONValue)] = [
      ("ccplan_version", .string(provenance.version)),
      ("scenario", .string(scenario.name)), ("scenario_file", .string(provenance.scenarioFile)),
      ("scenario_sha256", .string(provenance.scenarioSHA256)), ("requirement", .string(source)),
      ("cost_\(currency)", round(roster.cost)),
      ("lp_lower_bound_\(currency)", round(roster.lowerBound)),
      ("gap", round(roster.gap, 1e6)),
      ("paid_hours", round(roster.paidHours)),
      ("required_paid_hours", round(roster.requiredPaidHours)),
      ("required_cost_\(currency)", round(roster.requiredCost)),
      ("scheduling_efficiency", round(roster.efficiency, 1e6)),
      ("programs", .integer(roster.subproblems)),
      ("programs_integral", .integer(roster.integralSubproblems)),
      ("timed_out", .bool(roster.timedOut)),
      (
        "shifts",
        .array(
          roster.entries.map { entry in
            let type = scenario.shifts![entry.column.shiftType]
            return .object([
              ("pool", .string(scenario.pools[entry.pool].id)), ("shift", .string(type.id)),
              ("days", .string(days(entry.column, scenario.horizon))),
              ("start", .string(clock(entry.column.startSeconds))),
              ("end", .string(clock(entry.column.startSeconds + type.lengthSeconds))),
              ("breaks", .string(breaks(entry.column, type))), ("count", .integer(entry.count)),
            ])
          })
      ),
    ]
    if let verification {
      members.append(
        (
          "simulated_service_level",
          .object(
            verification.channels.map { channel in
              (
                channel.id,
                channel.serviceLevel.map { sl in
                  .object([
                    ("mean", round(sl.mean, 1e6)),
                    ("ci95", sl.ci95.map { round($0, 1e6) } ?? .null),
                  ])
                } ?? .null
              )
            })
        ))
    }
    return .object(members)
  }
}
