import ContactCenter
import Planning
import Simulation

/// Renders a roster: the terminal summary, roster.csv, coverage.csv, the replayable
/// staffing.csv and summary.json.
public enum RosterReport {
  /// Returns the `#` provenance line every roster file opens with (the form
  /// `StaffingProvenance` reads back: scenario SHA-256, volume and AHT factors).
  public static func header(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String
  ) -> String {
    "# ccplan \(provenance.version) schedule; scenario \(roster.scenario.name) ("
      + "\(provenance.scenarioFile), sha256 \(provenance.scenarioSHA256)); requirement "
      + "\(source); volume factor 1; aht factor 1\n"
  }

  /// Returns the day(s) of an entry as outputs name them: `d1`, or `d1 d2 d3 d4 d5` for a
  /// tour (ISO dates when the horizon has a start date).
  public static func days(_ column: ShiftColumn, _ horizon: Horizon) -> String {
    column.days.map { day in
      horizon.startDate.map { "\($0.adding(days: day))" } ?? "d\(day + 1)"
    }.joined(separator: " ")
  }

  /// Returns the breaks of an entry: `10:00-10:15 paid; 12:00-12:30 unpaid`.
  public static func breaks(_ column: ShiftColumn, _ type: ShiftType) -> String {
    zip(column.breakOffsets, type.breaks).map { offset, item in
      let start = column.startSeconds + offset
      return clock(start) + "-" + clock(start + item.lengthSeconds)
        + (item.paid ? " paid" : " unpaid")
    }.joined(separator: "; ")
  }

  /// Returns a time of day past midnight wrapped to the clock (`01:30` for 25.5 h).
  static func clock(_ seconds: Double) -> String {
    TimeOfDay.format(seconds: seconds.truncatingRemainder(dividingBy: Horizon.daySeconds))
  }

  /// Returns `roster.csv`: one row per shift rostered (pool, shift type, days, start, end,
  /// breaks, paid hours and cost per agent, count).
  public static func rosterCSV(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String
  ) -> String {
    let currency = roster.scenario.costs.currency.lowercased()
    var table = CSVTable(header: [
      "pool", "shift", "days", "start", "end", "breaks", "paid_hours_per_agent",
      "cost_per_agent_\(currency)", "count",
    ])
    for entry in roster.entries {
      let column = entry.column
      let type = roster.scenario.shifts![column.shiftType]
      table.append([
        roster.scenario.pools[entry.pool].id, type.id, days(column, roster.scenario.horizon),
        clock(column.startSeconds), clock(column.startSeconds + type.lengthSeconds),
        breaks(column, type), NumberFormat.fixed(column.paidHours, decimals: 2),
        NumberFormat.fixed(column.cost, decimals: 2), String(entry.count),
      ])
    }
    return header(roster, provenance, source: source) + table.rendered()
  }

  /// Returns `coverage.csv`: per open interval × pool the scheduled headcount required, the
  /// agents rostered present (on shift, not on a break), over- and under-coverage, and the
  /// agents on line after shrinkage when replayed.
  public static func coverageCSV(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String
  ) -> String {
    var table = CSVTable(header: [
      "interval_start", "pool", "required_headcount", "rostered_present", "over", "under",
      "on_line_replayed",
    ])
    let onLine = roster.onLine()
    let horizon = roster.scenario.horizon
    for k in 0..<horizon.openIntervals {
      for (p, pool) in roster.scenario.pools.enumerated() {
        let required = roster.requirement[p][k]
        let present = roster.present[p][k]
        table.append([
          horizon.label(ofOpenInterval: k), pool.id, String(required), String(present),
          String(max(0, present - required)), String(max(0, required - present)),
          String(onLine[p][k]),
        ])
      }
    }
    return header(roster, provenance, source: source) + table.rendered()
  }

  /// Returns the roster's `staffing.csv`, in the format `ccplan staff` writes and `ccplan
  /// simulate --staffing` replays: scheduled_headcount is the agents present, net_agents
  /// those on line after shrinkage, paid_hours and cost those of the agents paid.
  public static func staffingCSV(
    _ roster: Roster, _ provenance: StaffingReport.Provenance, source: String
  ) -> String {
    var table = CSVTable(
      header: StaffingReport.staffingHeader(currency: roster.scenario.costs.currency))
    let onLine = roster.onLine()
    let cost = roster.intervalCost()
    let horizon = roster.scenario.horizon
    let hours = horizon.intervalSeconds / 3600
    for k in 0..<horizon.openIntervals {
      for (p, pool) in roster.scenario.pools.enumerated() {
        table.append([
          horizon.label(ofOpenInterval: k), pool.id, String(onLine[p][k]),
          String(roster.present[p][k]),
          NumberFormat.fixed(Double(roster.paid[p][k]) * hours, decimals: 2),
          NumberFormat.fixed(cost[p][k], decimals: 2),
        ])
      }
    }
    return header(roster, provenance, source: source) + table.rendered()
  }
}
