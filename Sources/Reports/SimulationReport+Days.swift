import Simulation

extension SimulationReport {
  /// Returns the table of each channel's day service level across simulated days (10th,
  /// 50th and 90th percentiles and the share of days meeting the target), or "" when no
  /// channel had a day with contacts.
  static func dayServiceLevelTable(_ summary: SimulationSummary) -> String {
    let rows = summary.channels.compactMap { c in c.dayServiceLevels.map { (c, $0) } }
    guard !rows.isEmpty else { return "" }
    var text = "\nDay service level across simulated days (replications × days; "
    text += "percentiles by nearest rank)\n"
    var table = TextTable(columns: [
      .init("channel"), .init("days"), .init("p10 SL"), .init("median SL"), .init("p90 SL"),
      .init("target met on (% of days)"),
    ])
    for (c, days) in rows {
      table.append([
        c.id, String(days.days), NumberFormat.percent(days.p10), NumberFormat.percent(days.p50),
        NumberFormat.percent(days.p90), NumberFormat.percent(days.shareMeetingTarget),
      ])
    }
    return text + table.render()
  }

  /// Returns the JSON of a channel's day-SL distribution (null when there is none).
  static func dayServiceLevelJSON(_ days: DayServiceLevels?) -> JSONValue {
    guard let days else { return .null }
    return .object([
      ("days", .integer(days.days)), ("p10", .number(days.p10)), ("p50", .number(days.p50)),
      ("p90", .number(days.p90)), ("share_meeting_target", .number(days.shareMeetingTarget)),
    ])
  }
}
