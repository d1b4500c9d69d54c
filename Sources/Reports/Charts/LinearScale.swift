/// A linear map from a data domain to a pixel range (either may be descending, as a y axis
/// is: larger values higher up, at smaller pixel offsets).
public struct LinearScale: Sendable, Equatable {
  /// The data value that maps to `rangeStart`, in data units.
  public var domainStart: Double
  /// The data value that maps to `rangeEnd`, in data units.
  public var domainEnd: Double
  /// The pixel offset of `domainStart`.
  public var rangeStart: Double
  /// The pixel offset of `domainEnd`.
  public var rangeEnd: Double

  /// Creates a scale from `domain` to `range`.
  public init(domain: (Double, Double), range: (Double, Double)) {
    (domainStart, domainEnd) = domain
    (rangeStart, rangeEnd) = range
  }

  /// Returns the pixel offset of `value`; an empty domain maps everything to the middle.
  public func map(_ value: Double) -> Double {
    let span = domainEnd - domainStart
    guard span != 0, span.isFinite else { return (rangeStart + rangeEnd) / 2 }
    return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
  }

  /// Returns the pixel offset of `value` kept within the pixel range (for values beyond
  /// the axis, such as a band's end above 100 %).
  public func clampedMap(_ value: Double) -> Double {
    let low = min(rangeStart, rangeEnd)
    let high = max(rangeStart, rangeEnd)
    return min(high, max(low, map(value)))
  }
}
