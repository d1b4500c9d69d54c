// ReplicationEstimate: point estimates and Student-t confidence intervals over replications.

import Synchronization

/// The arguments of the last t quantile computed.
private struct TQuantileKey: Equatable {
  let replications: Int
  let confidence: Double
}

/// The last t quantile computed, shared by all threads.
private let lastTQuantile = Mutex<(key: TQuantileKey, value: Double)?>(nil)

/// A point estimate over independent replications with the half-width of its
/// confidence interval, from Student's t with `replications − 1` degrees of freedom.
///
/// Two forms, as DESIGN.md requires — never treating contacts as independent:
/// - `mean(of:)`: the plain mean of per-replication values `V_r`,
///   `V̄ ± t · s_V / √R`;
/// - `ratio(numerators:denominators:)`: a ratio of sums `R̂ = ΣX_r / ΣY_r` (service
///   level, ASA, occupancy), with the delta-method half-width
///   `t · s_D / (Ȳ · √R)`, where `D_r = X_r − R̂ · Y_r` and `s_D` is their sample
///   standard deviation. When every `Y_r` is equal this is exactly the plain interval
///   of `X_r / Y`.
///
/// With one replication there is no interval: `halfWidth` is `nil` (never NaN).
public struct ReplicationEstimate: Sendable, Hashable {
  /// The point estimate (units of the values, or of the ratio).
  public let estimate: Double
  /// The half-width of the confidence interval (same units), or `nil` with one replication.
  public let halfWidth: Double?
  /// The number of replications `R` behind the estimate.
  public let replications: Int
  /// The confidence level, e.g. 0.95.
  public let confidence: Double

  /// Returns an estimate with the given fields (`halfWidth` in the estimate's units).
  public init(estimate: Double, halfWidth: Double?, replications: Int, confidence: Double) {
    self.estimate = estimate
    self.halfWidth = halfWidth
    self.replications = replications
    self.confidence = confidence
  }

  /// Returns the interval's lower bound (estimate − half-width), or `nil` with one replication.
  public var lower: Double? { halfWidth.map { estimate - $0 } }

  /// Returns the interval's upper bound (estimate + half-width), or `nil` with one replication.
  public var upper: Double? { halfWidth.map { estimate + $0 } }

  /// Returns the two-sided Student-t multiplier `t_{R−1, (1+confidence)/2}` for `R`
  /// replications (≥ 2), e.g. 2.093 for R = 20 at 95 %.
  public static func tMultiplier(replications: Int, confidence: Double = 0.95) -> Double {
    precondition(replications >= 2, "an interval needs at least two replications")
    precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
    // A summary asks for the same quantile thousands of times (one per interval, channel
    // and figure), and each costs an incomplete-beta inversion: remember the last one.
    let key = TQuantileKey(replications: replications, confidence: confidence)
    if let cached = lastTQuantile.withLock({ $0?.key == key ? $0?.value : nil }) { return cached }
    let value = StudentT.quantile(
      probability: (1 + confidence) / 2, degreesOfFreedom: Double(replications - 1))
    lastTQuantile.withLock { $0 = (key, value) }
    return value
  }

  /// Returns the mean of per-replication `values` with its t interval, or `nil` when
  /// `values` is empty.
  public static func mean(of values: [Double], confidence: Double = 0.95)
    -> ReplicationEstimate?
  {
    guard !values.isEmpty else { return nil }
    let stats = Welford(values)
    var halfWidth: Double?
    if let se = stats.standardError {
      halfWidth = tMultiplier(replications: values.count, confidence: confidence) * se
    }
    return ReplicationEstimate(
      estimate: stats.mean, halfWidth: halfWidth, replications: values.count,
      confidence: confidence)
  }

  /// Returns the ratio of sums `ΣX/ΣY` with its delta-method t interval, or `nil` when
  /// there are no replications or `ΣY` is 0.
  ///
  /// - Precondition: `numerators` and `denominators` have the same count.
  public static func ratio(
    numerators x: [Double], denominators y: [Double], confidence: Double = 0.95
  ) -> ReplicationEstimate? {
    precondition(x.count == y.count, "one numerator and one denominator per replication")
    let r = x.count
    guard r > 0 else { return nil }
    let sumX = x.reduce(0, +)
    let sumY = y.reduce(0, +)
    guard sumY != 0 else { return nil }
    let ratio = sumX / sumY
    var halfWidth: Double?
    if r >= 2 {
      var residuals = Welford()
      for index in 0..<r { residuals.add(x[index] - ratio * y[index]) }
      let meanY = sumY / Double(r)
      let sd = residuals.standardDeviation ?? 0
      halfWidth =
        tMultiplier(replications: r, confidence: confidence) * sd
        / (abs(meanY) * Double(r).squareRoot())
    }
    return ReplicationEstimate(
      estimate: ratio, halfWidth: halfWidth, replications: r, confidence: confidence)
  }
}
