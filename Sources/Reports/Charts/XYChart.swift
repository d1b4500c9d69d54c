/// A chart with a horizontal and a vertical axis: lines, steps, stacked areas and points with
/// error bars, over a linear axis or over the intervals of a horizon.
///
/// Missing values (nil, NaN or ±infinity) are gaps: lines break there, areas stop, no mark is
/// drawn and the hover text says "no value". Nothing that is not finite reaches the SVG.
public struct XYChart: Sendable {
  /// The horizontal axis.
  public enum XAxis: Sendable, Equatable {
    /// Numeric x values (each series gives `xs`); the label names the unit.
    case linear(label: String)
    /// Interval k of a horizon spans [k, k + 1); `labels[k]` names its start ("d2 10:30"),
    /// and a day starts every `perDay` intervals (nil: no day lines).
    case intervals(labels: [String], perDay: Int?, label: String)
  }

  /// One data series.
  public struct Series: Sendable {
    /// How a series is drawn.
    public enum Kind: Sendable, Equatable {
      /// Straight segments between points.
      case line
      /// A constant value across each interval, as staffing is.
      case step
      /// An area stacked on the stacked areas before it.
      case stackedArea
      /// Dots with optional vertical error bars (`errors` are half-widths).
      case points
    }

    /// The name in the legend and hover text, unescaped.
    public var name: String
    /// How it is drawn.
    public var kind: Kind
    /// The y values, in y-axis units; nil is a gap.
    public var values: [Double?]
    /// The x values on a linear axis, in x-axis units (nil: 0, 1, 2, …).
    public var xs: [Double]?
    /// Error-bar half-widths for `points`, in y-axis units.
    public var errors: [Double?]?
    /// The colour, "#rrggbb".
    public var colour: String
    /// Whether the line is dashed.
    public var dashed: Bool

    /// Creates a series.
    public init(
      _ name: String, kind: Kind, values: [Double?], xs: [Double]? = nil,
      errors: [Double?]? = nil, colour: String, dashed: Bool = false
    ) {
      self.name = name
      self.kind = kind
      self.values = values
      self.xs = xs
      self.errors = errors
      self.colour = colour
      self.dashed = dashed
    }
  }

  /// A shaded band between two curves, such as a 95 % confidence interval.
  public struct Band: Sendable {
    /// The legend name, unescaped.
    public var name: String
    /// Lower ends, in y-axis units; nil is a gap.
    public var lower: [Double?]
    /// Upper ends, in y-axis units; nil is a gap.
    public var upper: [Double?]
    /// The colour, "#rrggbb" (drawn pale).
    public var colour: String

    /// Creates a band.
    public init(_ name: String, lower: [Double?], upper: [Double?], colour: String) {
      self.name = name
      self.lower = lower
      self.upper = upper
      self.colour = colour
    }
  }

  /// A horizontal line across the plot, such as a service-level target.
  public struct Target: Sendable {
    /// The label drawn at its right end, unescaped.
    public var label: String
    /// The y value, in y-axis units.
    public var value: Double
    /// The colour, "#rrggbb".
    public var colour: String

    /// Creates a target line.
    public init(_ label: String, value: Double, colour: String = Palette.target) {
      self.label = label
      self.value = value
      self.colour = colour
    }
  }

  /// A vertical marker at one x position with a short label, such as the busiest interval.
  public struct Marker: Sendable {
    /// The label, unescaped.
    public var label: String
    /// The x position, in x-axis units (an interval index on an interval axis: its middle).
    public var x: Double

    /// Creates a marker.
    public init(_ label: String, x: Double) {
      self.label = label
      self.x = x
    }
  }

  /// The chart's title: its `<title>` and accessible name, unescaped.
  public var title: String
  /// The horizontal axis.
  public var xAxis: XAxis
  /// The vertical axis label, with its unit, unescaped.
  public var yLabel: String
  /// The series, drawn in order (stacked areas first, whatever their position).
  public var series: [Series] = []
  /// Shaded bands, drawn under the series.
  public var bands: [Band] = []
  /// Horizontal target lines.
  public var targets: [Target] = []
  /// Intervals (indices) shaded behind the plot, such as those missing a target.
  public var highlights: [Int] = []
  /// The legend name of the highlighted intervals.
  public var highlightName = "missed target"
  /// Vertical markers.
  public var markers: [Marker] = []
  /// The lowest and highest y the axis must show, in y-axis units (nil: from the data).
  public var yDomain: (Double?, Double?) = (0, nil)
  /// The unit appended to values in hover text (" %", " agents"), unescaped.
  public var valueUnit = ""
  /// Decimals of values in hover text.
  public var valueDecimals = 1
  /// The chart's size in pixels (its viewBox; the page scales it to fit).
  public var width = 960.0
  /// The chart's height in pixels.
  public var height = 320.0

  /// Creates an empty chart with its title and axes.
  public init(title: String, xAxis: XAxis, yLabel: String) {
    self.title = title
    self.xAxis = xAxis
    self.yLabel = yLabel
  }

  /// Returns the number of x positions: intervals on an interval axis, else the longest
  /// series.
  var count: Int {
    if case .intervals(let labels, _, _) = xAxis { return labels.count }
    return series.map(\.values.count).max() ?? 0
  }

  /// Returns the x value of index `k` of `series` (interval middles on an interval axis).
  func x(_ k: Int, of series: Series) -> Double {
    if case .intervals = xAxis { return Double(k) + 0.5 }
    if let xs = series.xs, k < xs.count { return xs[k] }
    return Double(k)
  }

  /// Returns `value` when it is present and finite, else nil.
  static func finite(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
  }
}
