extension HTMLReport {
  /// Returns occupancy per pool × interval as a heat map.
  static func occupancySection(_ data: ReportData) -> Section {
    var map = HeatMap(
      title: "Occupancy per pool and interval", rows: data.pools.map(\.id),
      columns: data.intervalLabels, rowLabel: "Pool",
      columnLabel: {
        if case .intervals(_, _, let label) = intervalAxis(data) { return label }
        return "Interval start"
      }(),
      values: data.pools.map(\.occupancy), valueLabel: "Occupancy (% of agent time busy)")
    map.perDay = data.intervalsPerDay
    map.colourDomain = (0, 1)
    map.displayFactor = 100
    map.valueDecimals = 1
    map.valueUnit = " %"
    var highest: (String, Int, Double)?
    var means: [String] = []
    for pool in data.pools {
      if let peak = argmax(pool.occupancy), highest == nil || peak.value > highest!.2 {
        highest = (pool.id, peak.index, peak.value)
      }
      let present = pool.occupancy.compactMap(XYChart.finite)
      if !present.isEmpty {
        means.append("\(pool.id) \(SVGText.percent(present.reduce(0, +) / Double(present.count)))")
      }
    }
    var reading = "No occupancy recorded."
    if let highest {
      reading =
        "Highest occupancy: \(highest.0) \(SVGText.percent(highest.2)) at "
        + "\(data.intervalLabels[highest.1]); mean of the intervals: "
        + means.joined(separator: ", ") + "."
    }
    if data.kind == .staff {
      reading += " (Planned: busy agents ÷ net agents over the channels each pool serves.)"
    }
    return Section(
      id: "occupancy", heading: "Occupancy per pool and interval", svg: map.svg(),
      reading: reading)
  }

  /// Returns abandoned ÷ offered per interval and channel.
  static func abandonmentSection(_ data: ReportData) -> Section {
    var chart = XYChart(
      title: "Abandonment per interval and channel", xAxis: intervalAxis(data),
      yLabel: "Abandoned (% of offered)")
    chart.valueUnit = " %"
    var worst: (String, Int, Double)?
    for (c, channel) in data.channels.enumerated() {
      let percent = channel.abandonRate.map { $0.map { $0 * 100 } }
      chart.series.append(
        .init(channel.id, kind: .line, values: percent, colour: Palette.colour(c)))
      if let peak = argmax(percent), worst == nil || peak.value > worst!.2 {
        worst = (channel.id, peak.index, peak.value)
      }
    }
    var reading =
      data.kind == .staff
      ? "No abandonment in this plan: Erlang C assumes every customer waits (use --method "
        + "erlang-a, or simulate the plan, to see abandonment)."
      : "No contact abandoned."
    if let worst, worst.2 > 0 {
      reading =
        "Highest abandonment: \(worst.0) \(SVGText.number(worst.2, decimals: 1)) % at "
        + "\(data.intervalLabels[worst.1])."
    }
    return Section(
      id: "abandonment", heading: "Abandonment per interval", svg: chart.svg(), reading: reading)
  }

  /// Returns cost by tier and by channel (staff), or agent hours by pool (simulate).
  static func costSection(_ data: ReportData) -> Section {
    let bars: (ReportData.Amount) -> BarChart.Bar = { BarChart.Bar($0.label, value: $0.value) }
    if data.kind == .staff {
      var chart = BarChart(
        title: "Cost by tier and by channel",
        valueLabel: "Cost over the horizon (\(data.currency))",
        groups: [
          .init("By tier", bars: data.byTier.map(bars)),
          .init("By channel", bars: data.byChannel.map(bars)),
        ])
      chart.valueUnit = " " + data.currency
      let reading =
        "Total \(SVGText.number(data.totalCost ?? .nan)) \(data.currency); "
        + "\(SVGText.number(data.costPerHandled ?? .nan, decimals: 2)) \(data.currency) per "
        + "handled contact (\(SVGText.number(data.handled ?? .nan)) handled)."
      return Section(
        id: "cost", heading: "Cost by tier and channel", svg: chart.svg(), reading: reading)
    }
    var chart = BarChart(
      title: "Agent hours on line by pool", valueLabel: "Agent hours over the horizon (h)",
      groups: [.init("By pool", bars: data.byTier.map(bars))])
    chart.valueUnit = " h"
    let hours = data.byTier.compactMap(\.value).reduce(0, +)
    let perHour = hours > 0 ? (data.handled ?? .nan) / hours : .nan
    let reading =
      "\(SVGText.number(hours)) agent hours on line for \(SVGText.number(data.handled ?? .nan)) "
      + "handled contacts: \(SVGText.number(perHour, decimals: 2)) per agent hour. A simulate "
      + "result records no cost; 'ccplan staff' costs a plan."
    return Section(
      id: "cost", heading: "Agent hours by pool", svg: chart.svg(), reading: reading)
  }
}
