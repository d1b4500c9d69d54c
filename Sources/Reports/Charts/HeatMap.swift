/// A grid of coloured cells, rows × columns (pool × interval, parameter × parameter), with a
/// colour-scale legend. A missing value is a grey cell that says so when hovered.
public struct HeatMap: Sendable {
  /// The chart's title, unescaped.
  public var title: String
  /// Row names, top to bottom, unescaped.
  public var rows: [String]
  /// Column labels, left to right, unescaped (interval starts or parameter values).
  public var columns: [String]
  /// A new day starts every `perDay` columns (nil: no day lines; only for interval columns).
  public var perDay: Int?
  /// The row axis label with its unit, unescaped.
  public var rowLabel: String
  /// The column axis label with its unit, unescaped.
  public var columnLabel: String
  /// The values, `values[row][column]`, in `valueLabel` units; nil is missing.
  public var values: [[Double?]]
  /// What the colour shows, with its unit, unescaped.
  public var valueLabel: String
  /// The value of the lightest and darkest colour (nil: the data's range).
  public var colourDomain: (Double?, Double?) = (nil, nil)
  /// Multiplier from value to shown number (100 for fractions shown as percent).
  public var displayFactor = 1.0
  /// Decimals in hover text and legend.
  public var valueDecimals = 1
  /// The unit appended to values in hover text, unescaped.
  public var valueUnit = ""
  /// The chart's width in pixels.
  public var width = 960.0

  /// Creates a heat map.
  public init(
    title: String, rows: [String], columns: [String], rowLabel: String, columnLabel: String,
    values: [[Double?]], valueLabel: String
  ) {
    self.title = title
    self.rows = rows
    self.columns = columns
    self.rowLabel = rowLabel
    self.columnLabel = columnLabel
    self.values = values
    self.valueLabel = valueLabel
  }

  /// The height of one row, in pixels.
  static let rowHeight = 30.0

  /// Returns the value range the colours span: `colourDomain`, filled in from the data.
  func domain() -> (Double, Double) {
    let present = values.flatMap { $0 }.compactMap(XYChart.finite)
    var low = XYChart.finite(colourDomain.0) ?? present.min() ?? 0
    var high = XYChart.finite(colourDomain.1) ?? present.max() ?? 1
    if high <= low { (low, high) = (low, low + 1) }
    return (low, high)
  }

  /// Returns the heat map as one `<svg>` element with a `<title>` on it and on every cell.
  public func svg() -> String {
    let c = SVGText.coordinate
    let labelWidth = Swift.min(220, (rows.map { Legend.textWidth($0) }.max() ?? 0) + 12)
    let frame = PlotFrame(
      left: 30 + labelWidth, right: width - 16, top: 12,
      bottom: 12 + Double(rows.count) * HeatMap.rowHeight)
    let height = frame.bottom + 46 + 54
    let (low, high) = domain()
    let x = LinearScale(
      domain: (0, Double(Swift.max(1, columns.count))), range: (frame.left, frame.right))
    var svg = PlotFrame.open(title: title, width: width, height: height)
    svg += "<text transform=\"translate(14 \(c((frame.top + frame.bottom) / 2))) rotate(-90)\" "
    svg += "text-anchor=\"middle\" font-weight=\"bold\">\(SVGText.escape(rowLabel))</text>"
    svg += "<g class=\"cells\">"
    for (r, name) in rows.enumerated() {
      let top = frame.top + Double(r) * HeatMap.rowHeight
      svg += "<text x=\"\(c(frame.left - 6))\" y=\"\(c(top + HeatMap.rowHeight / 2 + 4))\" "
      svg += "text-anchor=\"end\">\(SVGText.escape(name))</text>"
      for k in columns.indices {
        let value = r < values.count && k < values[r].count ? XYChart.finite(values[r][k]) : nil
        let left = x.map(Double(k))
        let fill = value.map { Palette.sequentialColour(($0 - low) / (high - low)) } ?? Palette.grid
        let shown = value.map { SVGText.number($0 * displayFactor, decimals: valueDecimals) }
        let text = "\(name), \(columns[k]): " + (shown.map { $0 + valueUnit } ?? "no value")
        svg +=
          "<rect x=\"\(c(left))\" y=\"\(c(top + 1))\" width=\"\(c(x.map(Double(k + 1)) - left))\" "
        svg += "height=\"\(c(HeatMap.rowHeight - 2))\" fill=\"\(fill)\"><title>"
        svg += SVGText.escape(text) + "</title></rect>"
      }
    }
    svg += "</g>"
    if let perDay, perDay > 0 {
      svg += "<g stroke=\"#ffffff\" stroke-width=\"2\">"
      for k in stride(from: perDay, to: columns.count, by: perDay) {
        let px = c(x.map(Double(k)))
        svg += "<line x1=\"\(px)\" y1=\"\(c(frame.top))\" x2=\"\(px)\" y2=\"\(c(frame.bottom))\"/>"
      }
      svg += "</g>"
    }
    let indices = PlotFrame.intervalTicks(
      count: columns.count, perDay: perDay, width: frame.right - frame.left)
    let ticks = indices.map { (x.map(Double($0) + (perDay == nil ? 0.5 : 0)), columns[$0]) }
    svg += frame.xAxis(ticks: ticks, label: columnLabel, height: frame.bottom + 46)
    svg += scaleLegend(low: low, high: high, top: frame.bottom + 52, right: frame.right)
    return svg + "</svg>"
  }

  /// Returns the colour-scale legend: ten steps from `low` to `high` with end labels.
  func scaleLegend(low: Double, high: Double, top: Double, right: Double) -> String {
    let c = SVGText.coordinate
    let steps = 10
    let stepWidth = 28.0
    let left = right - Double(steps) * stepWidth
    var svg = "<g class=\"colour-scale\"><text x=\"\(c(left - 8))\" y=\"\(c(top + 13))\" "
    svg += "text-anchor=\"end\">\(SVGText.escape(valueLabel))</text>"
    for i in 0..<steps {
      let t = (Double(i) + 0.5) / Double(steps)
      let from = low + (high - low) * Double(i) / Double(steps)
      let to = low + (high - low) * Double(i + 1) / Double(steps)
      let range = "\(format(from)) to \(format(to))"
      svg += "<rect x=\"\(c(left + Double(i) * stepWidth))\" y=\"\(c(top))\" "
      svg += "width=\"\(c(stepWidth))\" height=\"16\" fill=\"\(Palette.sequentialColour(t))\">"
      svg += "<title>\(SVGText.escape(range))</title></rect>"
    }
    svg += "<text x=\"\(c(left))\" y=\"\(c(top + 30))\">\(SVGText.escape(format(low)))</text>"
    svg += "<text x=\"\(c(right))\" y=\"\(c(top + 30))\" text-anchor=\"end\">"
    svg += SVGText.escape(format(high)) + "</text>"
    svg += "<rect x=\"\(c(left - 8 - Legend.textWidth(valueLabel) - 130))\" y=\"\(c(top))\" "
    svg += "width=\"16\" height=\"16\" fill=\"\(Palette.grid)\"/>"
    svg += "<text x=\"\(c(left - 8 - Legend.textWidth(valueLabel) - 110))\" y=\"\(c(top + 13))\">"
    return svg + "no value</text></g>"
  }

  /// Returns a value as shown, with its unit.
  func format(_ value: Double) -> String {
    SVGText.number(value * displayFactor, decimals: valueDecimals) + valueUnit
  }
}
