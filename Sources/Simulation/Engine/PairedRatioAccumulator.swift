// PairedRatioAccumulator: the difference of two ratios of sums on the same replications.

/// The difference `R̂_B − R̂_A` of two ratios of sums measured on the same replications
/// (common random numbers), with a paired 95 % interval, in constant memory.
///
/// **Method.** Each replication gives `(X_A, Y_A, X_B, Y_B)`. By the delta method the
/// difference is linearised per replication as
/// `zᵣ = (X_Bᵣ − R̂_B·Y_Bᵣ) ÷ Ȳ_B − (X_Aᵣ − R̂_A·Y_Aᵣ) ÷ Ȳ_A`, whose sum is 0; the
/// half-width is `t₀.₉₇₅,R−1 · s_z ÷ √R`. `Σzᵣ² = wᵀ C w` with `C` the centred 4 × 4
/// co-moment matrix (Welford's update) and `w = (−1/Ȳ_A, R̂_A/Ȳ_A, 1/Ȳ_B, −R̂_B/Ȳ_B)`.
/// Positive correlation between A and B — what common random numbers buy — shrinks
/// `Σzᵣ²` below the sum of the two variances. For means, `Y ≡ 1` and this is the paired t
/// interval of the per-replication differences. A variant compared with itself gives a
/// difference of exactly 0 and a half-width of exactly 0: the quadratic form is summed as
/// `q_AA + q_BB + 2·q_AB`, whose terms then cancel bit for bit.
public struct PairedRatioAccumulator: Sendable, Hashable {
  /// Replications added.
  public private(set) var count = 0
  private var sums = [Double](repeating: 0, count: 4)
  private var means = [Double](repeating: 0, count: 4)
  /// Centred co-moments, row-major 4 × 4 over (X_A, Y_A, X_B, Y_B).
  private var comoments = [Double](repeating: 0, count: 16)

  /// Returns an empty accumulator.
  public init() {}

  /// Adds one replication: A's numerator and denominator, then B's; returns nothing.
  public mutating func add(_ xA: Double, _ yA: Double, _ xB: Double, _ yB: Double) {
    count += 1
    let n = Double(count)
    let values = [xA, yA, xB, yB]
    var before = [Double](repeating: 0, count: 4)
    for i in 0..<4 {
      before[i] = values[i] - means[i]
      means[i] += before[i] / n
      sums[i] += values[i]
    }
    for i in 0..<4 {
      for j in 0..<4 { comoments[i * 4 + j] += before[i] * (values[j] - means[j]) }
    }
  }

  /// Returns A's ratio `ΣX_A ÷ ΣY_A`, or nil when undefined.
  public var baseline: Double? { count > 0 && sums[1] != 0 ? sums[0] / sums[1] : nil }

  /// Returns B's ratio `ΣX_B ÷ ΣY_B`, or nil when undefined.
  public var variant: Double? { count > 0 && sums[3] != 0 ? sums[2] / sums[3] : nil }

  /// Returns `R̂_B − R̂_A` with its paired 95 % half-width (nil below two replications),
  /// or nil when either ratio is undefined.
  public var difference: Estimate? {
    guard let a = baseline, let b = variant else { return nil }
    let delta = b - a
    guard count >= 2 else { return Estimate(mean: delta, ci95: nil) }
    let n = Double(count)
    let meanA = sums[1] / n
    let meanB = sums[3] / n
    let wA = [-1 / meanA, a / meanA]
    let wB = [1 / meanB, -b / meanB]
    func form(_ u: [Double], _ rowOffset: Int, _ v: [Double], _ columnOffset: Int) -> Double {
      var total = 0.0
      for i in 0..<2 {
        for j in 0..<2 { total += u[i] * comoments[(rowOffset + i) * 4 + columnOffset + j] * v[j] }
      }
      return total
    }
    let squares = max(0, form(wA, 0, wA, 0) + form(wB, 2, wB, 2) + 2 * form(wA, 0, wB, 2))
    let t = ReplicationEstimate.tMultiplier(replications: count)
    return Estimate(mean: delta, ci95: t * (squares / (n - 1)).squareRoot() / n.squareRoot())
  }
}
