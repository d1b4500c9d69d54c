import Foundation

/// "Nice" axis ticks by Heckbert's algorithm (Graphics Gems, 1990, "Nice numbers for graph
/// labels"): the step is 1, 2 or 5 × 10ᵏ and the ticks enclose the data.
public struct NiceTicks: Sendable, Equatable {
  /// The first tick (≤ the data's minimum), in data units.
  public var lower: Double
  /// The last tick (≥ the data's maximum), in data units.
  public var upper: Double
  /// The distance between ticks, in data units (1, 2 or 5 × 10ᵏ).
  public var step: Double
  /// The tick values from `lower` to `upper`, in data units.
  public var values: [Double]

  /// Returns ticks enclosing `minimum…maximum`, about `count` of them (at least 2).
  ///
  /// Edge cases: a value that is not finite is ignored (no finite value gives 0…1); equal
  /// ends are widened by 10 % of their size (by 1 around zero), so one value still gets an
  /// axis.
  public init(minimum: Double, maximum: Double, count: Int = 5) {
    var low = minimum.isFinite ? minimum : (maximum.isFinite ? maximum : 0)
    var high = maximum.isFinite ? maximum : low
    if low > high { swap(&low, &high) }
    if !minimum.isFinite && !maximum.isFinite { (low, high) = (0, 1) }
    if high == low {
      let pad = low == 0 ? 1 : abs(low) * 0.1
      low -= pad
      high += pad
    }
    let range = NiceTicks.niceNumber(high - low, round: false)
    let step = NiceTicks.niceNumber(range / Double(max(1, count - 1)), round: true)
    let first = (low / step).rounded(.down) * step
    let last = (high / step).rounded(.up) * step
    let n = Int(((last - first) / step).rounded())
    self.lower = first
    self.upper = last
    self.step = step
    // Each tick from its index, not by repeated addition, so errors do not accumulate.
    self.values = (0...max(1, n)).map { i in
      let value = ((first / step).rounded() + Double(i)) * step
      return abs(value) < step * 1e-9 ? 0 : value
    }
  }

  /// Returns Heckbert's nice number near `x` > 0: the next of 1, 2, 5, 10 × 10ᵏ at or above
  /// it, or the nearest when `round`.
  public static func niceNumber(_ x: Double, round: Bool) -> Double {
    guard x.isFinite, x > 0 else { return 1 }
    let exponent = log10(x).rounded(.down)
    let magnitude = pow(10, exponent)
    let fraction = x / magnitude
    let nice: Double
    if round {
      nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    } else {
      nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    }
    return nice * magnitude
  }

  /// Returns the labels of the tick values, all with the decimals the step needs; large
  /// values are shortened with k (thousands) or M (millions).
  public var labels: [String] {
    let largest = values.map(abs).max() ?? 0
    let (divisor, suffix) = largest >= 1e6 ? (1e6, "M") : largest >= 1e4 ? (1e3, "k") : (1, "")
    let scaledStep = step / divisor
    let decimals = scaledStep >= 1 ? 0 : Int((-log10(scaledStep) - 1e-9).rounded(.up))
    return values.map { SVGText.number($0 / divisor, decimals: decimals) + suffix }
  }
}
