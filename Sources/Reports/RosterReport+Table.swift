import ContactCenter
import Planning
import Simulation

extension RosterReport {
  /// Returns the terminal summary: the shifts rostered, day 1's coverage per interval, and
  /// the roster's cost, LP bound, gap and scheduling efficiency last.
  public static func table(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String,
    verification: (summary: SimulationSummary, replications: Int)? = nil
  ) -> String {
    let scenario = roster.scenario
    let horizon = scenario.horizon
    var text = "ccplan \(provenance.version) schedule: \(scenario.name) (sha256 "
    text += "\(provenance.scenarioSHA256.prefix(12))…), requirement \(source)\n\n"
    var shifts = TextTable(columns: [
      .init("pool"), .init("shift"), .init("days"), .init("start"), .init("end"),
      .init("breaks"), .init("agents"),
    ])
    for entry in roster.entries {
      let type = scenario.shifts![entry.column.shiftType]
      shifts.append([
        scenario.pools[entry.pool].id, type.id, days(entry.column, horizon),
        clock(entry.column.startSeconds), clock(entry.column.startSeconds + type.lengthSeconds),
        breaks(entry.column, type), String(entry.count),
      ])
    }
    text += "Shifts rostered (\(roster.entries.count) kinds, "
    text += "\(roster.entries.reduce(0) { $0 + $1.count }) agent-shifts or tours)\n"
    text += shifts.render()
    let shown =
      horizon.days > 1 ? "day 1 of \(horizon.days); every day is in coverage.csv" : "the day"
    text += "\nCoverage, \(shown): scheduled headcount required / rostered present (over)\n"
    var coverage = TextTable(
      columns: [.init("interval")] + scenario.pools.map { .init("\($0.id) req/rost (over)") })
    for k in 0..<horizon.openIntervalsPerDay {
      coverage.append(
        [horizon.label(ofOpenInterval: k)]
          + scenario.pools.indices.map { p in
            let (need, have) = (roster.requirement[p][k], roster.present[p][k])
            return "\(need)/\(have) (\(have >= need ? "+" : "")\(have - need))"
          })
    }
    text += coverage.render()
    if let verification {
      text += "\n" + verificationText(verification.summary, replications: verification.replications)
    }
    text += "\n" + totals(roster)
    return text
  }

  /// Returns the closing lines: cost against the bound and the plan, efficiency.
  public static func totals(_ roster: Roster) -> String {
    let currency = roster.scenario.costs.currency
    func money(_ value: Double) -> String { NumberFormat.grouped(value) + " " + currency }
    var text = "Roster cost \(money(roster.cost)); LP lower bound \(money(roster.lowerBound)); "
    text += "gap \(NumberFormat.percent(roster.gap, decimals: 2)) "
    text += "(\(roster.integralSubproblems) of \(roster.subproblems) programs solved to "
    text += "optimality by the LP alone"
    text += roster.timedOut ? "; the time limit cut the search short)\n" : ")\n"
    text += "Paid hours: roster \(NumberFormat.grouped(roster.paidHours, decimals: 1)) h, "
    text += "per-interval plan \(NumberFormat.grouped(roster.requiredPaidHours, decimals: 1)) h; "
    text += "scheduling efficiency \(NumberFormat.percent(roster.efficiency))\n"
    text += "Cost: roster \(money(roster.cost)), per-interval plan \(money(roster.requiredCost)) "
    let extra = roster.requiredCost > 0 ? roster.cost / roster.requiredCost - 1 : 0
    text += "(+\(NumberFormat.percent(extra)) for whole shifts)\n"
    return text
  }

  /// Returns one line per channel: the roster's simulated service level with its 95 %
  /// half-width against the target.
  public static func verificationText(_ summary: SimulationSummary, replications: Int) -> String {
    var table = TextTable(columns: [
      .init("channel"), .init("target"), .init("simulated SL"), .init("± 95%"),
    ])
    for channel in summary.channels {
      let sl = channel.serviceLevel
      table.append([
        channel.id,
        "\(NumberFormat.fixed(channel.sla.percent, decimals: 0))/"
          + Units.formatDuration(channel.sla.withinSeconds),
        sl.map { NumberFormat.percent($0.mean) } ?? "-",
        sl?.ci95.map { NumberFormat.fixed($0 * 100, decimals: 1) } ?? "-",
      ])
    }
    return "Roster replayed in simulation (\(replications) replications)\n"
      + table.render()
  }
}
