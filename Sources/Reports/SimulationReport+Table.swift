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
      .init("target"), .init("definition"), .init("P(wait)"), .init("ASA / FRT (s)"),
      .init("abandon rate"), .init("AHT (s)"), .init("p90 wait (s)"), .init("queue (contacts)"),
    ])
    for c in summary.channels {
      channels.append([
        c.id, valueCell(c.offered, decimals: 0), valueCell(c.handled, decimals: 0),
        valueCell(c.abandoned, decimals: 0), percentCell(c.serviceLevel),
        "\(NumberFormat.grouped(c.sla.percent, decimals: 0))% in \(Units.formatDuration(c.sla.withinSeconds))",
        c.sla.definition.rawValue, percentCell(c.waitProbability), valueCell(c.asaSeconds),
        percentCell(c.abandonRate), valueCell(c.ahtSeconds, decimals: 0),
        valueCell(c.waitPercentiles[1], decimals: 0), valueCell(c.meanQueueLength, decimals: 2),
      ])
    }
    text += channels.render()
    text += targetLines(summary, horizon: horizon)
    text += dayServiceLevelTable(summary)
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
    text += "\nPools (occupancy = busy time ÷ time on line; "
    text += "slot occupancy = open chats ÷ chat slots)\n"
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

  /// Returns one line per channel on the intervals that miss their target: "voice misses
  /// 80/20 in 9 of 60 intervals (12:00–14:15), worst 74.0% ± 1.0 at 13:30; 3 more at risk".
  static func targetLines(_ summary: SimulationSummary, horizon: Horizon) -> String {
    var text = "\nTargets per interval (missed: the 95% interval lies below the target; at risk:"
    text += " the mean only)\n"
    for misses in summary.targetMisses() where misses.measured > 0 {
      let target =
        "\(NumberFormat.grouped(misses.sla.percent, decimals: 0))/"
        + Units.formatDuration(misses.sla.withinSeconds)
      var line = "  \(misses.channel) "
      if misses.missed.isEmpty {
        line += "meets \(target) in every interval by its 95% interval"
      } else {
        let runs = TargetMisses.runs(misses.missed)
        let shown = runs.prefix(4).map { run in
          run.first == run.last
            ? horizon.label(ofOpenInterval: run.first)
            : horizon.label(ofOpenInterval: run.first) + "–"
              + horizon.label(ofOpenInterval: run.last)
        }
        line += "misses \(target) in \(misses.missed.count) of \(misses.measured) intervals ("
        line += shown.joined(separator: ", ") + (runs.count > 4 ? ", …" : "") + ")"
      }
      if let worst = misses.worst, worst.estimate.mean < misses.sla.percent / 100 {
        line += ", worst \(percentCell(worst.estimate)) at "
        line += horizon.label(ofOpenInterval: worst.interval)
      }
      if !misses.atRisk.isEmpty { line += "; \(misses.atRisk.count) more at risk" }
      text += line + "\n"
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
