/// The plot rectangle of a chart inside its viewBox, and the axes drawn around it.
struct PlotFrame {
  /// Left edge of the plot, in pixels.
  var left: Double
  /// Right edge of the plot, in pixels.
  var right: Double
  /// Top edge of the plot, in pixels.
  var top: Double
  /// Bottom edge of the plot, in pixels.
  var bottom: Double

  /// Returns the opening of a chart's SVG: size, accessible name, `<title>` and background.
  static func open(title: String, width: Double, height: Double) -> String {
    let w = SVGText.coordinate(width)
    let h = SVGText.coordinate(height)
    let name = SVGText.escape(title)
    return "<svg class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
      + "role=\"img\" aria-label=\"\(name)\" font-family=\"sans-serif\" font-size=\"12\">"
      + "<title>\(name)</title><rect width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>"
  }

  /// Returns horizontal grid lines, y tick labels and the rotated y-axis label.
  func yAxis(_ ticks: NiceTicks, scale: LinearScale, label: String) -> String {
    let c = SVGText.coordinate
    var svg = "<g class=\"y-axis\">"
    for (value, text) in zip(ticks.values, ticks.labels) {
      let y = c(scale.map(value))
      svg += "<line x1=\"\(c(left))\" y1=\"\(y)\" x2=\"\(c(right))\" y2=\"\(y)\" "
      svg += "stroke=\"\(Palette.grid)\"/>"
      svg += "<text x=\"\(c(left - 6))\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">"
      svg += SVGText.escape(text) + "</text>"
    }
    let middle = c((top + bottom) / 2)
    svg += "<text transform=\"translate(14 \(middle)) rotate(-90)\" text-anchor=\"middle\" "
    svg += "font-weight=\"bold\">\(SVGText.escape(label))</text>"
    svg += "<line x1=\"\(c(left))\" y1=\"\(c(top))\" x2=\"\(c(left))\" y2=\"\(c(bottom))\" "
    return svg + "stroke=\"#555555\"/></g>"
  }

  /// Returns the x axis line, its ticks at the given pixel offsets with their labels, and
  /// the axis label centred under the plot.
  func xAxis(ticks: [(x: Double, label: String)], label: String, height: Double) -> String {
    let c = SVGText.coordinate
    var svg = "<g class=\"x-axis\">"
    svg += "<line x1=\"\(c(left))\" y1=\"\(c(bottom))\" x2=\"\(c(right))\" y2=\"\(c(bottom))\" "
    svg += "stroke=\"#555555\"/>"
    for tick in ticks {
      let x = c(tick.x)
      svg += "<line x1=\"\(x)\" y1=\"\(c(bottom))\" x2=\"\(x)\" y2=\"\(c(bottom + 5))\" "
      svg += "stroke=\"#555555\"/>"
      svg += "<text x=\"\(x)\" y=\"\(c(bottom + 18))\" text-anchor=\"middle\">"
      svg += SVGText.escape(tick.label) + "</text>"
    }
    svg += "<text x=\"\(c((left + right) / 2))\" y=\"\(c(height - 8))\" text-anchor=\"middle\" "
    return svg + "font-weight=\"bold\">\(SVGText.escape(label))</text></g>"
  }

  /// Returns the interval indices to label on an axis of `count` intervals, about one per
  /// `pixelsPerLabel`; with `perDay`, ticks fall on day starts and divide the day evenly.
  static func intervalTicks(count: Int, perDay: Int?, width: Double, pixelsPerLabel: Double = 90)
    -> [Int]
  {
    guard count > 0 else { return [] }
    let wanted = max(1, Int((Double(count) * pixelsPerLabel / max(width, 1)).rounded(.up)))
    var candidates = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96]
    if let perDay, perDay > 0 {
      candidates = candidates.filter { perDay % $0 == 0 }
      candidates += (1...400).map { $0 * perDay }
    } else {
      candidates += (1...400).map { $0 * 192 }
    }
    let step = candidates.first { $0 >= wanted } ?? count
    return Array(stride(from: 0, to: count, by: step))
  }
}
