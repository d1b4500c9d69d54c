extension HTMLReport {
  /// Returns the chart sections in page order: demand, agents, service level, occupancy,
  /// abandonment, cost (staff) or agent hours (simulate).
  public static func sections(_ data: ReportData) -> [Section] {
    [
      demandSection(data), agentSection(data), serviceLevelSection(data),
      occupancySection(data), abandonmentSection(data), costSection(data),
    ]
  }

  /// Returns an interval x axis for `data`, its label naming the interval length.
  static func intervalAxis(_ data: ReportData) -> XYChart.XAxis {
    let length = data.intervalMinutes.map { SVGText.number($0) + "-min intervals" } ?? "intervals"
    let what = data.intervalsPerDay == nil ? "clock time" : "day and clock time"
    return .intervals(
      labels: data.intervalLabels, perDay: data.intervalsPerDay,
      label: "Interval start (\(what); \(length))")
  }

  /// Returns "per 15-min interval" or "per interval".
  static func perInterval(_ data: ReportData) -> String {
    data.intervalMinutes.map { "per " + SVGText.number($0) + "-min interval" } ?? "per interval"
  }

  /// Returns the index and value of the largest present value (first on ties), or nil.
  static func argmax(_ values: [Double?]) -> (index: Int, value: Double)? {
    var best: (Int, Double)?
    for (k, value) in values.enumerated() {
      guard let value = XYChart.finite(value) else { continue }
      if best == nil || value > best!.1 { best = (k, value) }
    }
    return best
  }

  /// Returns the stacked demand per channel, the busiest interval marked.
  static func demandSection(_ data: ReportData) -> Section {
    var chart = XYChart(
      title: "Offered contacts per interval and channel, stacked", xAxis: intervalAxis(data),
      yLabel: "Offered contacts " + perInterval(data))
    chart.valueUnit = " contacts"
    for (c, channel) in data.channels.enumerated() {
      chart.series.append(
        .init(channel.id, kind: .stackedArea, values: channel.offered, colour: Palette.colour(c)))
    }
    let totals = data.intervalLabels.indices.map { k -> Double? in
      let values = data.channels.compactMap {
        k < $0.offered.count ? XYChart.finite($0.offered[k]) : nil
      }
      return values.isEmpty ? nil : values.reduce(0, +)
    }
    let total = totals.compactMap { $0 }.reduce(0, +)
    var reading = "No contacts offered."
    if let busiest = argmax(totals), busiest.value > 0 {
      let label = data.intervalLabels[busiest.index]
      chart.markers.append(.init("busiest: \(label)", x: Double(busiest.index)))
      reading =
        "Busiest interval: \(label), \(SVGText.number(busiest.value)) contacts offered; "
        + "\(SVGText.number(total)) over the horizon."
    }
    return Section(
      id: "demand", heading: "Demand per interval and channel", svg: chart.svg(),
      reading: reading)
  }

  /// Returns agents per pool: scheduled (solid) against required (dashed) for a plan, agents
  /// on line for a simulation.
  static func agentSection(_ data: ReportData) -> Section {
    let staff = data.kind == .staff
    var chart = XYChart(
      title: staff
        ? "Net agents required and scheduled headcount per pool"
        : "Agents on line per pool", xAxis: intervalAxis(data),
      yLabel: staff ? "Agents (headcount)" : "Agents on line (headcount)")
    chart.valueUnit = " agents"
    chart.valueDecimals = 0
    var peaks: [String] = []
    for (p, pool) in data.pools.enumerated() {
      let colour = Palette.colour(p)
      let name = staff ? "\(pool.id) scheduled" : pool.id
      chart.series.append(.init(name, kind: .step, values: pool.agents, colour: colour))
      if let required = pool.required {
        chart.series.append(
          .init(
            "\(pool.id) required (net)", kind: .step, values: required, colour: colour,
            dashed: true))
      }
      if let peak = argmax(pool.agents) {
        peaks.append(
          "\(pool.id) \(SVGText.number(peak.value)) at \(data.intervalLabels[peak.index])")
      }
    }
    var reading =
      (staff ? "Peak scheduled headcount: " : "Peak agents on line: ")
      + (peaks.isEmpty ? "none" : peaks.joined(separator: "; ")) + "."
    if staff, let shrinkage = data.shrinkage {
      reading +=
        " Shrinkage \(SVGText.percent(shrinkage)): scheduled = ⌈net ÷ "
        + "\(SVGText.number(1 - shrinkage, decimals: 2))⌉, the gap between each pair of lines."
    } else if !staff {
      reading += " A simulate result records agents on line (after shrinkage)."
    }
    return Section(
      id: "agents", heading: staff ? "Agents required and scheduled" : "Agents on line",
      svg: chart.svg(), reading: reading)
  }

  /// Returns the per-interval service level per channel against its target line, intervals
  /// missing a target shaded, with 95 % bands when simulated.
  static func serviceLevelSection(_ data: ReportData) -> Section {
    var chart = XYChart(
      title: "Service level per interval and channel against the target",
      xAxis: intervalAxis(data), yLabel: "Service level (% within the SLA time)")
    // From the data up to 100 %, and at least 10 points below the lowest target, so a
    // target line never sits on the axis.
    let lowestTarget = data.channels.compactMap(\.target).min().map { max(0, $0 * 100 - 10) }
    chart.yDomain = (lowestTarget, 100)
    chart.valueUnit = " %"
    chart.highlightName =
      data.kind == .staff ? "misses a target" : "misses a target (95 % CI below)"
    var targets: [Double: [String]] = [:]
    var missed = Set<Int>()
    var counts: [String] = []
    var worst: (String, Int, Double)?
    for (c, channel) in data.channels.enumerated() {
      let percent = channel.serviceLevel.map { $0.map { $0 * 100 } }
      if let ci = channel.serviceLevelCI95 {
        let lower = zip(percent, ci).map { v, e in v.flatMap { v in e.map { max(0, v - $0 * 100) } }
        }
        let upper = zip(percent, ci).map { v, e in
          v.flatMap { v in e.map { min(100, v + $0 * 100) } }
        }
        chart.bands.append(
          .init("\(channel.id) 95 % CI", lower: lower, upper: upper, colour: Palette.colour(c)))
      }
      chart.series.append(
        .init(channel.id, kind: .line, values: percent, colour: Palette.colour(c)))
      if let target = channel.target { targets[target * 100, default: []].append(channel.id) }
      let misses = channel.missed.indices.filter { channel.missed[$0] }
      missed.formUnion(misses)
      if !misses.isEmpty { counts.append("\(channel.id) \(misses.count)") }
      for k in misses {
        if let value = percent[k], worst == nil || value < worst!.2 {
          worst = (channel.id, k, value)
        }
      }
    }
    for (value, ids) in targets.sorted(by: { $0.key > $1.key }) {
      chart.targets.append(
        .init(
          "target \(SVGText.number(value, decimals: 0)) % (\(ids.joined(separator: ", ")))",
          value: value))
    }
    chart.highlights = missed.sorted()
    var reading = "Every channel meets its target in every interval."
    if let worst {
      reading =
        "\(missed.count) of \(data.intervalLabels.count) intervals miss a target ("
        + counts.joined(separator: ", ") + "); lowest: \(worst.0) "
        + "\(SVGText.number(worst.2, decimals: 1)) % at \(data.intervalLabels[worst.1])."
    }
    return Section(
      id: "service-level", heading: "Service level against target", svg: chart.svg(),
      reading: reading)
  }
}
