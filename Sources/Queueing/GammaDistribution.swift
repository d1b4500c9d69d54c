import Foundation

/// The gamma distribution's CDF and quantile: the day factor of `demandUncertainty` is a
/// gamma variate of mean 1 (shape 1/cv², scale cv²), and staffing "for the 90th-percentile
/// day" needs its quantile.
public enum GammaDistribution {
  /// Returns P(a, x) = γ(a, x)/Γ(a), the regularized lower incomplete gamma function, for
  /// shape a > 0 and x ≥ 0: the series Σ xⁿ/(a(a+1)…(a+n)) below x < a + 1, Lentz's
  /// continued fraction for Q = 1 − P above, each with its prefactor xᵃe⁻ˣ/Γ(a) in log space.
  public static func regularizedLowerGamma(shape a: Double, _ x: Double) -> Double {
    guard a > 0, x > 0 else { return 0 }
    guard x.isFinite else { return 1 }
    let logPrefactor = a * log(x) - x - logGamma(a)
    if x < a + 1 {
      var term = 1 / a
      var sum = term
      var n = 1.0
      while n < 100_000 {
        term *= x / (a + n)
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
        n += 1
      }
      return min(1, sum * exp(logPrefactor))
    }
    // Q(a, x) = e^(logPrefactor) / (x + 1 − a − 1·(1 − a)/(x + 3 − a − …)), modified Lentz.
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    var i = 1.0
    while i < 100_000 {
      let an = -i * (i - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
      i += 1
    }
    return max(0, 1 - exp(logPrefactor) * h)
  }

  /// Returns the p-quantile (0 < p < 1) of the gamma distribution with mean 1 and
  /// coefficient of variation `cv` > 0 (shape 1/cv², scale cv²), to a relative 1e-12, by
  /// bisection on P on a bracket grown from the mean; 1 when cv is 0 (no uncertainty).
  public static func quantile(_ p: Double, meanOneCV cv: Double) -> Double {
    precondition(p > 0 && p < 1 && cv >= 0 && cv.isFinite, "checked by the caller")
    if cv == 0 { return 1 }
    let shape = 1 / (cv * cv)
    let scale = cv * cv
    func cdf(_ x: Double) -> Double { regularizedLowerGamma(shape: shape, x / scale) }
    var low = 0.0
    var high = 1.0
    while cdf(high) < p && high < 1e300 { (low, high) = (high, high * 2) }
    if low == 0 {
      var probe = 1.0
      while probe > 1e-300 && cdf(probe) >= p { probe /= 2 }
      low = probe
      high = min(high, probe * 2)
    }
    for _ in 0..<200 {
      let mid = (low + high) / 2
      if cdf(mid) < p { low = mid } else { high = mid }
      if high - low <= 1e-12 * high { break }
    }
    return (low + high) / 2
  }

  /// Returns ln Γ(x) for x > 0 (reentrant `lgamma_r`).
  static func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
  }
}
