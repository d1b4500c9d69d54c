/// Shrinkage arithmetic in whole basis points, so that planning and simulation agree exactly.
///
/// On line = ⌊scheduled × (1 − shrinkage)⌋ and scheduled = ⌈net ÷ (1 − shrinkage)⌉, both in
/// integers with shrinkage in basis points, so a planned headcount always replays as at
/// least the net agents it was planned for.
public struct Shrinkage: Sendable, Equatable {
  /// Shrinkage in basis points (30 % = 3,000), from 0 to 9,900.
  public var basisPoints: Int

  /// Creates shrinkage from a share in [0, 0.99], rounded to the nearest basis point.
  public init(share: Double) {
    basisPoints = Int((share * 10_000).rounded())
  }

  /// Returns the agents on line, ⌊scheduled × (1 − shrinkage)⌋.
  /// Exact for every headcount ≥ 0 (no intermediate product overflows).
  public func onLine(scheduled: Int) -> Int {
    let kept = 10_000 - basisPoints
    let (whole, part) = scheduled.quotientAndRemainder(dividingBy: 10_000)
    return whole * kept + part * kept / 10_000
  }

  /// Returns the smallest scheduled headcount that puts at least `net` agents on line,
  /// ⌈net ÷ (1 − shrinkage)⌉.
  /// Saturates at `Int.max` instead of overflowing for a huge `net`.
  public func scheduled(net: Int) -> Int {
    let kept = 10_000 - basisPoints
    let (whole, part) = net.quotientAndRemainder(dividingBy: kept)
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: 10_000)
    let rest = (part * 10_000 + kept - 1) / kept
    guard !overflow, scaled <= Int.max - rest else { return Int.max }
    return scaled + rest
  }
}

extension Scenario {
  /// Returns the scenario's shrinkage in exact basis points.
  public var shrinkageRule: Shrinkage { Shrinkage(share: shrinkage) }
}
