/// One entry of a chart's legend: a name and how its mark looks.
public struct LegendEntry: Sendable, Equatable {
  /// How the entry's sample is drawn.
  public enum Style: Sendable, Equatable {
    /// A filled square (areas, bars, heat-map cells).
    case swatch
    /// A solid line (line and step series).
    case line
    /// A dashed line (target lines, second series of a pair).
    case dashed
    /// A pale filled square (confidence bands, highlighted intervals).
    case band
    /// A dot with a vertical bar (points with error bars).
    case point
  }

  /// The text shown, unescaped.
  public var name: String
  /// The colour, "#rrggbb".
  public var colour: String
  /// The sample's style.
  public var style: Style

  /// Creates a legend entry.
  public init(_ name: String, colour: String, style: Style) {
    self.name = name
    self.colour = colour
    self.style = style
  }
}

/// Lays a legend out in rows across the top of a chart.
enum Legend {
  /// The height of one legend row, in pixels.
  static let rowHeight = 20.0

  /// Returns an estimate of the width of `text` at 12 px, in pixels (no font metrics without
  /// a browser: 0.6 em per character is generous for sans-serif).
  static func textWidth(_ text: String, fontSize: Double = 12) -> Double {
    Double(text.count) * fontSize * 0.6
  }

  /// Returns the SVG of the legend starting at (`x`, `y`) within `width` pixels, and its
  /// height in pixels (0 when there are no entries).
  static func render(_ entries: [LegendEntry], x: Double, y: Double, width: Double)
    -> (svg: String, height: Double)
  {
    guard !entries.isEmpty else { return ("", 0) }
    var svg = "<g class=\"legend\">"
    var cursor = x
    var row = 0.0
    for entry in entries {
      let itemWidth = 22 + textWidth(entry.name) + 16
      if cursor > x && cursor + itemWidth > x + width {
        cursor = x
        row += 1
      }
      let top = y + row * rowHeight
      svg += sample(entry, x: cursor, y: top + 4)
      svg += "<text x=\"\(SVGText.coordinate(cursor + 22))\" y=\"\(SVGText.coordinate(top + 13))\">"
      svg += SVGText.escape(entry.name) + "</text>"
      cursor += itemWidth
    }
    return (svg + "</g>", (row + 1) * rowHeight)
  }

  /// Returns the 16 × 10 px sample of an entry at (`x`, `y`).
  static func sample(_ entry: LegendEntry, x: Double, y: Double) -> String {
    let c = SVGText.coordinate
    switch entry.style {
    case .swatch, .band:
      let opacity = entry.style == .band ? " fill-opacity=\"0.25\"" : ""
      return "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"16\" height=\"10\" fill=\"\(entry.colour)\""
        + "\(opacity)/>"
    case .line, .dashed:
      let dash = entry.style == .dashed ? " stroke-dasharray=\"5 3\"" : ""
      return "<line x1=\"\(c(x))\" y1=\"\(c(y + 5))\" x2=\"\(c(x + 16))\" y2=\"\(c(y + 5))\" "
        + "stroke=\"\(entry.colour)\" stroke-width=\"2.5\"\(dash)/>"
    case .point:
      return "<line x1=\"\(c(x + 8))\" y1=\"\(c(y - 1))\" x2=\"\(c(x + 8))\" y2=\"\(c(y + 11))\" "
        + "stroke=\"\(entry.colour)\"/><circle cx=\"\(c(x + 8))\" cy=\"\(c(y + 5))\" r=\"3.5\" "
        + "fill=\"\(entry.colour)\"/>"
    }
  }
}
