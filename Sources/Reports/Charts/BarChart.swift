/// Horizontal bars in labelled groups ("by tier", "by channel"), the value printed at each
/// bar's end, on one value axis from zero.
public struct BarChart: Sendable {
  /// One bar.
  public struct Bar: Sendable {
    /// The bar's label, unescaped.
    public var label: String
    /// Its length, in value-axis units (a missing or negative value draws no bar).
    public var value: Double?

    /// Creates a bar.
    public init(_ label: String, value: Double?) {
      self.label = label
      self.value = value
    }
  }

  /// A group of bars under one heading, drawn in one colour.
  public struct Group: Sendable {
    /// The heading, unescaped.
    public var name: String
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a group.
    public init(_ name: String, bars: [Bar]) {
      self.name = name
      self.bars = bars
    }
  }

  /// The chart's title, unescaped.
  public var title: String
  /// The value axis label with its unit, unescaped.
  public var valueLabel: String
  /// The groups, top to bottom.
  public var groups: [Group]
  /// Decimals of the printed values.
  public var valueDecimals = 0
  /// The unit printed after each value, unescaped.
  public var valueUnit = ""
  /// The chart's width in pixels.
  public var width = 960.0

  /// Creates a bar chart.
  public init(title: String, valueLabel: String, groups: [Group]) {
    self.title = title
    self.valueLabel = valueLabel
    self.groups = groups
  }

  /// Returns the chart as one `<svg>` element with a `<title>` on it and on every bar.
  public func svg() -> String {
    let c = SVGText.coordinate
    let rowHeight = 26.0
    let headHeight = 24.0
    let names = groups.flatMap { $0.bars.map(\.label) }
    let labelWidth = Swift.min(240, (names.map { Legend.textWidth($0) }.max() ?? 0) + 16)
    let rowsHeight = groups.reduce(0.0) { $0 + headHeight + Double($1.bars.count) * rowHeight }
    let frame = PlotFrame(
      left: 16 + labelWidth, right: width - 90, top: 8, bottom: 8 + rowsHeight)
    let height = frame.bottom + 46
    let largest = groups.flatMap { $0.bars.compactMap { XYChart.finite($0.value) } }.max() ?? 0
    let ticks = NiceTicks(minimum: 0, maximum: Swift.max(largest, 0), count: 6)
    let x = LinearScale(domain: (ticks.lower, ticks.upper), range: (frame.left, frame.right))
    var svg = PlotFrame.open(title: title, width: width, height: height)
    svg += "<g class=\"grid\" stroke=\"\(Palette.grid)\">"
    for value in ticks.values {
      let px = c(x.map(value))
      svg += "<line x1=\"\(px)\" y1=\"\(c(frame.top))\" x2=\"\(px)\" y2=\"\(c(frame.bottom))\"/>"
    }
    svg += "</g>"
    var top = frame.top
    for (g, group) in groups.enumerated() {
      let colour = Palette.colour(g)
      svg += "<text x=\"16\" y=\"\(c(top + 16))\" font-weight=\"bold\">"
      svg += SVGText.escape(group.name) + "</text>"
      top += headHeight
      for bar in group.bars {
        let text = "\(group.name), \(bar.label): " + format(bar.value)
        svg += "<g><text x=\"\(c(frame.left - 8))\" y=\"\(c(top + 17))\" text-anchor=\"end\">"
        svg += SVGText.escape(bar.label) + "</text>"
        if let value = XYChart.finite(bar.value), value > 0 {
          let length = x.map(value) - frame.left
          svg += "<rect x=\"\(c(frame.left))\" y=\"\(c(top + 4))\" width=\"\(c(length))\" "
          svg += "height=\"\(c(rowHeight - 8))\" fill=\"\(colour)\"/>"
        }
        let end = x.map(Swift.max(0, XYChart.finite(bar.value) ?? 0))
        svg += "<text x=\"\(c(end + 6))\" y=\"\(c(top + 17))\">\(SVGText.escape(format(bar.value)))"
        svg += "</text><title>\(SVGText.escape(text))</title></g>"
        top += rowHeight
      }
    }
    let axisTicks = zip(ticks.values, ticks.labels).map { (x.map($0), $1) }
    svg += frame.xAxis(ticks: axisTicks, label: valueLabel, height: height)
    return svg + "</svg>"
  }

  /// Returns a printed value with its unit, or "no value".
  func format(_ value: Double?) -> String {
    guard let value = XYChart.finite(value) else { return "no value" }
    return SVGText.number(value, decimals: valueDecimals) + valueUnit
  }
}
