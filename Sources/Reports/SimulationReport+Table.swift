import ContactCenter
import Simulation

extension SimulationReport {
  /// Returns "70.9% ± 1.1" for a share estimate (± in percentage points).
  static func percentCell(_ estimate: Estimate?) -> String {
    guard let estimate else { return "-" }
    let mean = NumberFormat.percent(estimate.mean)
    guard let ci = estimate.ci95 else { return mean }
    return mean + " ± " + NumberFormat.fixed(ci * 100, decimals: 1)
  }

  /// Returns "18.2 ± 0.9" for an estimate with `decimals` digits.
  static func valueCell(_ estimate: Estimate?, decimals: Int = 1) -> String {
    guard let estimate else { return "-" }
    let mean = NumberFormat.grouped(estimate.mean, decimals: decimals)
    guard let ci = estimate.ci95 else { return mean }
    return mean + " ± " + NumberFormat.grouped(ci, decimals: decimals)
  }

  /// Returns the terminal report: per channel, per tier, per pool and by hour of day.
  public static func table(_ summary: SimulationSummary, info: RunInfo, horizon: Horizon) -> String
  {
    var text = info.headerLines + "\n"
    text +=
      "Channels (figures over the horizon; ± is the 95% confidence half-width over replications;\n"
    text += "service level and ASA at first contact, service level under the definition shown)\n"
    var channels = TextTable(columns: [
      .init("channel"), .init("offered"), .init("handled"), .init("abandoned"),
      .init("service level"),
      .init("target"), .init("definition"), .init("ASA / FRT (s)"), .init("abandon rate"),
      .init("AHT (s)"),
      .init("p90 wait (s)"),
    ])
    for c in summary.channels {
      channels.append([
        c.id, valueCell(c.offered, decimals: 0), valueCell(c.handled, decimals: 0),
        valueCell(c.abandoned, decimals: 0), percentCell(c.serviceLevel),
        "\(NumberFormat.grouped(c.sla.percent, decimals: 0))% in \(Units.formatDuration(c.sla.withinSeconds))",
        c.sla.definition.rawValue, valueCell(c.asaSeconds), percentCell(c.abandonRate),
        valueCell(c.ahtSeconds, decimals: 0),
        c.waitPercentiles[1].map { NumberFormat.grouped($0, decimals: 0) } ?? "-",
      ])
    }
    text += channels.render()
    if summary.tiers.contains(where: { $0.tier > 1 }) {
      text +=
        "\nTiers (by queue entry; deferrable service level counted from the original arrival)\n"
      var tiers = TextTable(columns: [
        .init("channel"), .init("tier"), .init("offered"), .init("service level"), .init("ASA (s)"),
        .init("abandoned"), .init("AHT (s)"), .init("escalated"),
      ])
      for t in summary.tiers {
        tiers.append([
          t.channel, String(t.tier), valueCell(t.offered, decimals: 0), percentCell(t.serviceLevel),
          valueCell(t.asaSeconds), valueCell(t.abandoned, decimals: 0),
          valueCell(t.ahtSeconds, decimals: 0),
          valueCell(t.escalated, decimals: 0),
        ])
      }
      text += tiers.render()
    }
    text += "\nPools (occupancy = busy time ÷ time on line; slot occupancy counts each chat)\n"
    var pools = TextTable(columns: [
      .init("pool"), .init("tier"), .init("agent-hours on line"), .init("occupancy"),
      .init("slot occupancy"),
    ])
    for p in summary.pools {
      pools.append([
        p.id, String(p.tier), valueCell(p.agentHours, decimals: 0), percentCell(p.occupancy),
        percentCell(p.slotOccupancy),
      ])
    }
    text += pools.render()
    text += intraday(summary, days: horizon.days)
    let inSystem = summary.channels.filter { $0.inSystemAtEnd.mean > 0 }
    if !inSystem.isEmpty {
      text += "\nStill in the system when the run stopped (wrap-up limit reached): "
      text +=
        inSystem.map { "\($0.id) \(NumberFormat.grouped($0.inSystemAtEnd.mean, decimals: 1))" }
        .joined(separator: ", ") + "\n"
    }
    return text
  }

  private static func intraday(_ summary: SimulationSummary, days: Int) -> String {
    let ids = summary.channels.map(\.id)
    var columns: [TextTable.Column] = [.init("hour")]
    for id in ids {
      columns.append(.init("\(id) offered\(days > 1 ? "/day" : "")"))
      columns.append(.init("\(id) SL"))
    }
    var table = TextTable(columns: columns)
    var hours: [Int] = []
    for row in summary.hourOfDay where !hours.contains(row.interval) { hours.append(row.interval) }
    for hour in hours {
      var cells = [(hour < 10 ? "0" : "") + "\(hour):00"]
      for id in ids {
        let row = summary.hourOfDay.first { $0.interval == hour && $0.channel == id }
        cells.append(row.map { NumberFormat.grouped($0.offered.mean, decimals: 0) } ?? "-")
        cells.append(row?.serviceLevel.map { NumberFormat.percent($0.mean) } ?? "-")
      }
      table.append(cells)
    }
    let scope = days > 1 ? "averaged over the \(days) days" : "of the day"
    return "\nBy hour of day (first contact, \(scope); intervals.csv has every interval)\n"
      + table.render()
  }
}
