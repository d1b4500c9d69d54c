// RatioAccumulator: a ratio of sums over replications and its delta-method interval, streamed.

/// The running sums behind a ratio of sums `R̂ = ΣXᵣ ÷ ΣYᵣ` over replications and its
/// delta-method interval, in constant memory: the count, the sums, the means and the
/// centred co-moments `Cxx = Σ(X − X̄)²`, `Cyy`, `Cxy` (Welford's update, bivariate).
///
/// The half-width is `t₀.₉₇₅,R−1 · s_D ÷ (Ȳ · √R)` with `Dᵣ = Xᵣ − R̂·Yᵣ`, as
/// `ReplicationEstimate.ratio` computes in two passes: since `ΣDᵣ = 0`,
/// `Σ Dᵣ² = Cxx − 2R̂·Cxy + R̂²·Cyy`, so no replication needs to be kept. With `Y ≡ 1`
/// this is the plain mean and its t interval.
public struct RatioAccumulator: Sendable, Hashable {
  /// Replications added.
  public private(set) var count = 0
  /// ΣXᵣ and ΣYᵣ.
  public private(set) var sumX = 0.0
  public private(set) var sumY = 0.0
  private var meanX = 0.0
  private var meanY = 0.0
  private var cxx = 0.0
  private var cyy = 0.0
  private var cxy = 0.0

  /// Returns an empty accumulator.
  public init() {}

  /// Adds one replication's numerator `x` and denominator `y`; returns nothing.
  public mutating func add(_ x: Double, _ y: Double) {
    count += 1
    let n = Double(count)
    let dx = x - meanX
    let dy = y - meanY
    meanX += dx / n
    meanY += dy / n
    cxx += dx * (x - meanX)
    cyy += dy * (y - meanY)
    cxy += dx * (y - meanY)
    sumX += x
    sumY += y
  }

  /// Returns `ΣX ÷ ΣY`, or nil with no replication or `ΣY = 0`.
  public var ratio: Double? {
    count > 0 && sumY != 0 ? sumX / sumY : nil
  }

  /// Returns the sum of squared linearised residuals `Σ (Xᵣ − R̂·Yᵣ)²` at ratio `r`.
  func residualSquares(at r: Double) -> Double {
    max(0, cxx - 2 * r * cxy + r * r * cyy)
  }

  /// Returns the ratio with its 95 % half-width (nil below two replications), or nil
  /// when there is no ratio.
  public var estimate: Estimate? {
    guard let r = ratio else { return nil }
    guard count >= 2 else { return Estimate(mean: r, ci95: nil) }
    let n = Double(count)
    let sd = (residualSquares(at: r) / (n - 1)).squareRoot()
    let t = ReplicationEstimate.tMultiplier(replications: count)
    return Estimate(mean: r, ci95: t * sd / (abs(sumY / n) * n.squareRoot()))
  }
}

extension Welford {
  /// Returns the mean with its 95 % t half-width (nil below two observations); an empty
  /// accumulator gives 0 with no interval, as `Estimate.mean` of no values does.
  public var estimate: Estimate {
    guard count > 0 else { return Estimate(mean: 0, ci95: nil) }
    guard let se = standardError else { return Estimate(mean: mean, ci95: nil) }
    return Estimate(mean: mean, ci95: ReplicationEstimate.tMultiplier(replications: count) * se)
  }
}
