extension XYChart {
  /// Returns the runs of consecutive indices below `count` where `value` is finite.
  static func runs(count: Int, _ value: (Int) -> Double?) -> [[Int]] {
    var runs: [[Int]] = []
    var current: [Int] = []
    for k in 0..<count {
      if finite(value(k)) != nil {
        current.append(k)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// Returns "x,y x,y …" for an SVG points attribute.
  static func points(_ pairs: [(Double, Double)]) -> String {
    pairs.map { SVGText.coordinate($0.0) + "," + SVGText.coordinate($0.1) }.joined(separator: " ")
  }

  /// Returns a dot at one pixel position (a run of one value, which a line cannot show).
  static func dot(_ px: Double, _ py: Double, colour: String) -> String {
    "<circle cx=\"\(SVGText.coordinate(px))\" cy=\"\(SVGText.coordinate(py))\" r=\"2.5\" "
      + "fill=\"\(colour)\"/>"
  }

  /// Returns a line or step series as polylines, one per run of values (a gap breaks it).
  func linePaths(_ series: Series, x: LinearScale, y: LinearScale) -> String {
    let values = series.values
    let dash = series.dashed ? " stroke-dasharray=\"6 3\"" : ""
    var svg = "<g class=\"series\" fill=\"none\" stroke=\"\(series.colour)\" stroke-width=\"2\""
    svg += "\(dash)><title>\(SVGText.escape(series.name))</title>"
    let isStep: Bool
    if case .intervals = xAxis { isStep = series.kind == .step } else { isStep = false }
    for run in XYChart.runs(count: values.count, { values[$0] }) {
      var pairs: [(Double, Double)] = []
      for k in run {
        let py = y.map(values[k]!)
        if isStep {
          pairs += [(x.map(Double(k)), py), (x.map(Double(k + 1)), py)]
        } else {
          pairs.append((x.map(self.x(k, of: series)), py))
        }
      }
      if pairs.count == 1 {
        svg += XYChart.dot(pairs[0].0, pairs[0].1, colour: series.colour)
      } else {
        svg += "<polyline points=\"\(XYChart.points(pairs))\"/>"
      }
    }
    return svg + "</g>"
  }

  /// Returns a stacked area as polygons between `tops` and `base` (0 when nil), one per run.
  func areaPaths(
    _ series: Series, tops: [Double?], base: [Double?]?, x: LinearScale, y: LinearScale
  ) -> String {
    var svg = "<g class=\"area\" fill=\"\(series.colour)\" fill-opacity=\"0.85\" "
    svg += "stroke=\"\(series.colour)\"><title>\(SVGText.escape(series.name))</title>"
    for run in XYChart.runs(count: tops.count, { tops[$0] }) {
      let upper = run.map { (x.map(self.x($0, of: series)), y.map(tops[$0]!)) }
      let lower = run.reversed().map { k -> (Double, Double) in
        let b = base.flatMap { XYChart.finite($0[k]) } ?? 0
        return (x.map(self.x(k, of: series)), y.map(b))
      }
      if run.count == 1 {
        svg += XYChart.dot(upper[0].0, upper[0].1, colour: series.colour)
      } else {
        svg += "<polygon points=\"\(XYChart.points(upper + lower))\"/>"
      }
    }
    return svg + "</g>"
  }

  /// Returns a band as pale polygons, one per run where both ends are present.
  func bandPaths(_ band: Band, x: LinearScale, y: LinearScale) -> String {
    let n = Swift.min(band.lower.count, band.upper.count)
    var svg = "<g class=\"band\" fill=\"\(band.colour)\" fill-opacity=\"0.22\">"
    svg += "<title>\(SVGText.escape(band.name))</title>"
    let both: (Int) -> Double? = { k in
      guard let low = XYChart.finite(band.lower[k]), XYChart.finite(band.upper[k]) != nil
      else { return nil }
      return low
    }
    let position: (Int) -> Double = { k in
      if case .intervals = self.xAxis { return Double(k) + 0.5 }
      return Double(k)
    }
    for run in XYChart.runs(count: n, both) {
      let upper = run.map { (x.map(position($0)), y.clampedMap(band.upper[$0]!)) }
      let lower = run.reversed().map { (x.map(position($0)), y.clampedMap(band.lower[$0]!)) }
      let shape = run.count == 1 ? [upper[0], lower[0]] : upper + lower
      let element = run.count == 1 ? "polyline stroke=\"\(band.colour)\"" : "polygon"
      svg += "<\(element) points=\"\(XYChart.points(shape))\"/>"
    }
    return svg + "</g>"
  }

  /// Returns dots with vertical error bars, each with a `<title>` giving its value.
  func pointMarks(_ series: Series, x: LinearScale, y: LinearScale) -> String {
    let c = SVGText.coordinate
    var svg = "<g class=\"points\" fill=\"\(series.colour)\" stroke=\"\(series.colour)\">"
    for (k, value) in series.values.enumerated() {
      guard let value = XYChart.finite(value) else { continue }
      let px = c(x.map(self.x(k, of: series)))
      var text = "\(series.name) at \(label(k)): " + format(value)
      svg += "<g>"
      if let errors = series.errors, k < errors.count, let e = XYChart.finite(errors[k]) {
        svg += "<line x1=\"\(px)\" y1=\"\(c(y.clampedMap(value - e)))\" x2=\"\(px)\" "
        svg += "y2=\"\(c(y.clampedMap(value + e)))\" stroke-width=\"1.5\"/>"
        text += " ± " + format(e)
      }
      svg += "<circle cx=\"\(px)\" cy=\"\(c(y.map(value)))\" r=\"4\"/>"
      svg += "<title>\(SVGText.escape(text))</title></g>"
    }
    return svg + "</g>"
  }

  /// Returns a hover value with its unit.
  func format(_ value: Double) -> String {
    SVGText.number(value, decimals: valueDecimals) + valueUnit
  }

  /// Returns the dashed target lines, each labelled above its right end.
  func targetLines(_ frame: PlotFrame, y: LinearScale) -> String {
    let c = SVGText.coordinate
    var svg = ""
    var lastLabel = -Double.infinity
    for target in targets.sorted(by: { $0.value > $1.value }) where target.value.isFinite {
      let pixel = y.map(target.value)
      let py = c(pixel)
      // A label within a line's height of the one above goes under its line instead.
      let below = pixel - 4 - lastLabel < 14
      lastLabel = below ? pixel + 14 : pixel - 4
      svg += "<g class=\"target\"><line x1=\"\(c(frame.left))\" y1=\"\(py)\" "
      svg += "x2=\"\(c(frame.right))\" y2=\"\(py)\" stroke=\"\(target.colour)\" "
      svg += "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
      svg += "<text x=\"\(c(frame.right - 4))\" y=\"\(py)\" dy=\"\(below ? 14 : -4)\" "
      svg += "text-anchor=\"end\" "
      svg += "fill=\"\(target.colour)\" stroke=\"#ffffff\" stroke-width=\"3\" "
      svg += "paint-order=\"stroke\">\(SVGText.escape(target.label))</text>"
      svg += "<title>\(SVGText.escape(target.label))</title></g>"
    }
    return svg
  }

  /// Returns the vertical markers, each labelled at the top of the plot.
  func markerLines(_ frame: PlotFrame, x: LinearScale) -> String {
    let c = SVGText.coordinate
    var svg = ""
    for marker in markers where marker.x.isFinite {
      let position: Double
      if case .intervals = xAxis { position = marker.x + 0.5 } else { position = marker.x }
      let px = x.map(position)
      let anchor = px > (frame.left + frame.right) / 2 ? "end" : "start"
      let offset = anchor == "end" ? -5.0 : 5.0
      svg += "<g class=\"marker\"><line x1=\"\(c(px))\" y1=\"\(c(frame.top))\" x2=\"\(c(px))\" "
      svg += "y2=\"\(c(frame.bottom))\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
      svg += "<text x=\"\(c(px + offset))\" y=\"\(c(frame.top + 14))\" text-anchor=\"\(anchor)\" "
      svg += "font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
      svg += SVGText.escape(marker.label) + "</text>"
      svg += "<title>\(SVGText.escape(marker.label))</title></g>"
    }
    return svg
  }

  /// Returns one transparent column per interval whose `<title>` lists every series' value
  /// there (interval axes only): the hover tooltip, with no script.
  func hoverColumns(_ frame: PlotFrame, x: LinearScale) -> String {
    guard case .intervals(let labels, _, _) = xAxis else { return "" }
    let c = SVGText.coordinate
    let highlighted = Set(highlights)
    var svg = "<g class=\"hover\" fill=\"#000000\" fill-opacity=\"0\">"
    for k in labels.indices {
      var lines = [labels[k]]
      for series in series {
        let value = k < series.values.count ? XYChart.finite(series.values[k]) : nil
        lines.append(series.name + ": " + (value.map(format) ?? "no value"))
      }
      for band in bands where k < band.lower.count && k < band.upper.count {
        if let low = XYChart.finite(band.lower[k]), let high = XYChart.finite(band.upper[k]) {
          lines.append(band.name + ": " + format(low) + " to " + format(high))
        }
      }
      if highlighted.contains(k) { lines.append(highlightName) }
      let left = x.map(Double(k))
      svg += "<rect x=\"\(c(left))\" y=\"\(c(frame.top))\" "
      svg +=
        "width=\"\(c(x.map(Double(k + 1)) - left))\" height=\"\(c(frame.bottom - frame.top))\">"
      svg += "<title>\(SVGText.escape(lines.joined(separator: "\n")))</title></rect>"
    }
    return svg + "</g>"
  }
}
