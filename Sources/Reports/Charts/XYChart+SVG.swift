extension XYChart {
  /// Returns the chart as one `<svg>` element (no scripts, no external references), with a
  /// `<title>` on the chart and on every hover target.
  public func svg() -> String {
    let stackedTops = stackedTops()
    let ticks = yTicks(stackedTops: stackedTops)
    var entries: [LegendEntry] = []
    for series in series {
      let style: LegendEntry.Style
      switch series.kind {
      case .stackedArea: style = .swatch
      case .points: style = .point
      case .line, .step: style = series.dashed ? .dashed : .line
      }
      entries.append(LegendEntry(series.name, colour: series.colour, style: style))
    }
    entries += bands.map { LegendEntry($0.name, colour: $0.colour, style: .band) }
    entries += targets.map { LegendEntry($0.label, colour: $0.colour, style: .dashed) }
    if !highlights.isEmpty {
      entries.append(LegendEntry(highlightName, colour: Palette.miss, style: .band))
    }
    let legend = Legend.render(entries, x: 64, y: 8, width: width - 80)
    let frame = PlotFrame(
      left: 64, right: width - 16, top: 14 + legend.height, bottom: height - 46)
    let y = LinearScale(domain: (ticks.lower, ticks.upper), range: (frame.bottom, frame.top))
    let (x, xTicks, xLabel) = xScale(frame)
    var svg = PlotFrame.open(title: title, width: width, height: height) + legend.svg
    svg += frame.yAxis(ticks, scale: y, label: yLabel)
    svg += highlightRects(frame, x: x)
    svg += dayLines(frame, x: x)
    for band in bands { svg += bandPaths(band, x: x, y: y) }
    for (index, series) in self.series.enumerated() where series.kind == .stackedArea {
      let base = index == 0 ? nil : stackedBase(index, tops: stackedTops)
      svg += areaPaths(series, tops: stackedTops[index], base: base, x: x, y: y)
    }
    for series in self.series where series.kind != .stackedArea {
      svg += series.kind == .points ? pointMarks(series, x: x, y: y) : linePaths(series, x: x, y: y)
    }
    svg += targetLines(frame, y: y)
    svg += markerLines(frame, x: x)
    svg += frame.xAxis(ticks: xTicks, label: xLabel, height: height)
    svg += hoverColumns(frame, x: x)
    return svg + "</svg>"
  }

  /// Returns, for every series, the top of its stacked area at each x (nil for series
  /// that are not stacked areas, and where it or an area below it has no value).
  func stackedTops() -> [[Double?]] {
    var running = [Double?](repeating: 0, count: count)
    return series.map { series in
      guard series.kind == .stackedArea else { return [] }
      for k in 0..<running.count {
        let value = k < series.values.count ? XYChart.finite(series.values[k]) : nil
        if let base = running[k], let value { running[k] = base + value } else { running[k] = nil }
      }
      return running
    }
  }

  /// Returns the top of the stacked area below series `index` (its base).
  func stackedBase(_ index: Int, tops: [[Double?]]) -> [Double?]? {
    let below = (0..<index).last { series[$0].kind == .stackedArea }
    return below.map { tops[$0] }
  }

  /// Returns y ticks covering every finite value drawn and `yDomain`.
  func yTicks(stackedTops: [[Double?]]) -> NiceTicks {
    var values: [Double] = []
    for (index, series) in series.enumerated() {
      let shown = series.kind == .stackedArea ? stackedTops[index] : series.values
      for (k, value) in shown.enumerated() {
        guard let value = XYChart.finite(value) else { continue }
        values.append(value)
        if let errors = series.errors, k < errors.count, let e = XYChart.finite(errors[k]) {
          values += [value - e, value + e]
        }
      }
    }
    for band in bands { values += (band.lower + band.upper).compactMap(XYChart.finite) }
    values += targets.map(\.value).filter(\.isFinite)
    var low = values.min() ?? 0
    var high = values.max() ?? 1
    if let fixed = XYChart.finite(yDomain.0) { low = Swift.min(low, fixed) }
    if let fixed = XYChart.finite(yDomain.1) { high = Swift.max(high, fixed) }
    if values.isEmpty && yDomain.1 == nil { high = Swift.max(low + 1, 1) }
    // All values at a fixed lower end (no abandonment at all): show 0…1, not −1…1.
    if high == low, XYChart.finite(yDomain.0) == low { high = low + 1 }
    return NiceTicks(minimum: low, maximum: high, count: 6)
  }

  /// Returns the x scale, the x ticks (pixel offset and label) and the axis label.
  func xScale(_ frame: PlotFrame) -> (LinearScale, [(x: Double, label: String)], String) {
    switch xAxis {
    case .intervals(let labels, let perDay, let label):
      let scale = LinearScale(
        domain: (0, Double(Swift.max(1, labels.count))), range: (frame.left, frame.right))
      let indices = PlotFrame.intervalTicks(
        count: labels.count, perDay: perDay, width: frame.right - frame.left)
      return (scale, indices.map { (scale.map(Double($0)), labels[$0]) }, label)
    case .linear(let label):
      var xs: [Double] = []
      for series in series {
        for k in series.values.indices { xs.append(x(k, of: series)) }
      }
      let ticks = NiceTicks(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1, count: 8)
      let scale = LinearScale(domain: (ticks.lower, ticks.upper), range: (frame.left, frame.right))
      return (scale, zip(ticks.values, ticks.labels).map { (scale.map($0), $1) }, label)
    }
  }

  /// Returns the pale rectangles behind highlighted intervals, each with its `<title>`.
  func highlightRects(_ frame: PlotFrame, x: LinearScale) -> String {
    guard !highlights.isEmpty else { return "" }
    let c = SVGText.coordinate
    var svg = "<g class=\"highlights\" fill=\"\(Palette.miss)\" fill-opacity=\"0.18\">"
    for k in highlights {
      let left = x.map(Double(k))
      let width = Swift.max(1, x.map(Double(k + 1)) - left)
      svg += "<rect x=\"\(c(left))\" y=\"\(c(frame.top))\" width=\"\(c(width))\" "
      svg += "height=\"\(c(frame.bottom - frame.top))\"><title>"
      svg += SVGText.escape("\(label(k)): \(highlightName)") + "</title></rect>"
    }
    return svg + "</g>"
  }

  /// Returns thin vertical lines at each day start after the first (interval axes only).
  func dayLines(_ frame: PlotFrame, x: LinearScale) -> String {
    guard case .intervals(let labels, let perDay?, _) = xAxis, perDay > 0, labels.count > perDay
    else { return "" }
    let c = SVGText.coordinate
    var svg = "<g class=\"days\" stroke=\"#999999\" stroke-dasharray=\"2 3\">"
    for k in stride(from: perDay, to: labels.count, by: perDay) {
      let px = c(x.map(Double(k)))
      svg += "<line x1=\"\(px)\" y1=\"\(c(frame.top))\" x2=\"\(px)\" y2=\"\(c(frame.bottom))\"/>"
    }
    return svg + "</g>"
  }

  /// Returns the label of x index `k` for hover text.
  func label(_ k: Int) -> String {
    if case .intervals(let labels, _, _) = xAxis, k < labels.count { return labels[k] }
    return SVGText.number(Double(k))
  }
}
