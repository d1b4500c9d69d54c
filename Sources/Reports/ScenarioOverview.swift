import ContactCenter

/// The readable summary `ccplan show` prints: horizon, channels and pools.
public enum ScenarioOverview {
  /// Returns the overview of a scenario as text lines for the terminal.
  public static func render(_ scenario: Scenario) -> String {
    let horizon = scenario.horizon
    var text = "\(scenario.name)\n"
    if !scenario.description.isEmpty { text += wrap(scenario.description, width: 78) + "\n" }
    let hours = hoursText(horizon)
    let dates =
      horizon.startDate.map { start in
        horizon.days == 1 ? " (\(start))" : " (\(start) to \(start.adding(days: horizon.days - 1)))"
      } ?? ""
    text += "\nHorizon: \(horizon.days) day\(horizon.days == 1 ? "" : "s")\(dates), \(hours), "
    text +=
      "\(Units.formatDuration(horizon.intervalSeconds)) intervals (\(openCount(horizon)))\n"
    text += "Shrinkage \(NumberFormat.percent(scenario.shrinkage)), occupancy cap "
    text +=
      "\(NumberFormat.percent(scenario.occupancyCap)), costs in \(scenario.costs.currency)\n\n"

    var channels = TextTable(columns: [
      .init("channel"), .init("kind"), .init("contacts/day"), .init("deflection"), .init("AHT (s)"),
      .init("peak load (Erl)"), .init("SLA"), .init("patience (s)"),
    ])
    for channel in scenario.channels {
      let perDay = channel.totalDemand / Double(horizon.days)
      let peak = channel.demand.max() ?? 0
      let load = peak * (1 - channel.deflection) * channel.handleTime.mean / horizon.intervalSeconds
      let concurrency = channel.concurrency.map { " (\($0.max) at once)" } ?? ""
      channels.append([
        channel.id, channel.kind.rawValue + concurrency, NumberFormat.grouped(perDay),
        NumberFormat.percent(channel.deflection, decimals: 0),
        NumberFormat.grouped(channel.handleTime.mean, decimals: 0),
        NumberFormat.grouped(load, decimals: 1),
        "\(NumberFormat.grouped(channel.sla.percent, decimals: 0))% in \(Units.formatDuration(channel.sla.withinSeconds))",
        channel.patience.map { NumberFormat.grouped($0.mean, decimals: 0) } ?? "-",
      ])
    }
    text += "Channels (peak load = busiest interval's contacts after deflection × AHT ÷ interval)\n"
    text += channels.render()

    var pools = TextTable(columns: [
      .init("pool"), .init("tier"), .init("skills"), .init("scheduled min-max"),
      .init("on line peak"),
      .init("hourly cost (\(scenario.costs.currency))"), .init("escalates to"),
    ])
    let shrinkage = scenario.shrinkageRule
    for pool in scenario.pools {
      let skills = pool.skills.map { skill in
        skill.handleTimeFactor == 1
          ? skill.channel
          : "\(skill.channel)×\(NumberFormat.grouped(skill.handleTimeFactor, decimals: 2))"
      }
      var scheduled = ("-", "-")
      if let staffing = pool.staffing {
        let low = staffing.min() ?? 0
        let high = staffing.max() ?? 0
        scheduled = (
          low == high ? String(low) : "\(low)-\(high)", String(shrinkage.onLine(scheduled: high))
        )
      }
      pools.append([
        pool.id + (pool.overflow ? " (overflow)" : ""), String(pool.tier),
        skills.joined(separator: ","), scheduled.0, scheduled.1,
        pool.hourlyCost.map { NumberFormat.grouped($0, decimals: 2) } ?? "-",
        pool.escalateTo ?? "-",
      ])
    }
    text += "\nPools\n" + pools.render()
    return text
  }

  /// Returns the opening hours: "24/7", "08:00-20:00", or per weekday such as
  /// "mon-fri 08:00-20:00, sat 09:00-13:00, sun closed".
  static func hoursText(_ horizon: Horizon) -> String {
    func clock(_ hours: DailyHours?) -> String {
      guard let hours else { return "closed" }
      return
        "\(TimeOfDay.format(seconds: hours.openSeconds))-\(TimeOfDay.format(seconds: hours.closeSeconds))"
    }
    switch horizon.hours {
    case .daily(let daily): return horizon.isAlwaysOpen ? "24/7" : clock(daily)
    case .weekly(let week, _):
      var groups: [(first: Int, last: Int, text: String)] = []
      for (day, hours) in week.enumerated() {
        let text = clock(hours)
        if let last = groups.last, last.text == text {
          groups[groups.count - 1].last = day
        } else {
          groups.append((day, day, text))
        }
      }
      return groups.map { group in
        let days =
          group.first == group.last
          ? Weekday.names[group.first]
          : "\(Weekday.names[group.first])-\(Weekday.names[group.last])"
        return "\(days) \(group.text)"
      }.joined(separator: ", ")
    }
  }

  /// Returns "48 open per day", or the total when the days differ ("280 open in all").
  static func openCount(_ horizon: Horizon) -> String {
    if let perDay = horizon.openIntervalsPerOpenDay, horizon.windows.count == horizon.days {
      return "\(perDay) open per day"
    }
    return "\(horizon.openIntervals) open in all"
  }

  /// Returns text wrapped at word boundaries to lines of at most `width` characters.
  static func wrap(_ text: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}
