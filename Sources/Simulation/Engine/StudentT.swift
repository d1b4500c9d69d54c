// StudentT: quantiles and distribution function of Student's t (and of the normal).

import Foundation

/// Student's t distribution: its distribution function and quantiles, for confidence
/// intervals over replications.
///
/// `quantile` starts from the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5) and
/// refines it by safeguarded Newton steps on the tail probability, which is computed from the
/// regularized incomplete beta function by its continued fraction (modified Lentz):
/// `P(T ≤ t) = 1 − I_{ν/(ν+t²)}(ν/2, 1/2) / 2` for `t ≥ 0`. One and two degrees of
/// freedom use their closed forms; infinite degrees of freedom give the normal.
/// Accuracy is about 1e-12 relative.
public enum StudentT {
  /// Returns `t` with `P(T ≤ t) = probability` for `degreesOfFreedom` (> 0, may be
  /// `.infinity`); `probability` in (0, 1). Two-sided 95 % intervals use 0.975.
  public static func quantile(probability p: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(p > 0 && p < 1, "probability must be in (0, 1)")
    precondition(nu > 0, "degrees of freedom must be positive")
    if p == 0.5 { return 0 }
    if nu.isInfinite || nu > 1e7 { return NormalDistribution.quantile(p) }
    if nu == 1 { return tan(Double.pi * (p - 0.5)) }
    if nu == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
    // Solve upperTail(t) = q for t > 0 in the upper tail, then reflect: t(p) = −t(1 − p).
    // Working with the tail probability itself keeps full relative precision far out.
    let q = Swift.min(p, 1 - p)
    let z = -NormalDistribution.quantile(q)
    let z2 = z * z
    var t = z + (z2 + 1) * z / (4 * nu)
    t += ((5 * z2 + 16) * z2 + 3) * z / (96 * nu * nu)
    t += (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / (384 * nu * nu * nu)
    // Bracket [lo, hi] with upperTail(lo) > q ≥ upperTail(hi), then Newton steps that fall
    // back to bisection whenever they would leave the bracket.
    var lo = 0.0
    var hi = Swift.max(t, 1)
    while upperTail(hi, degreesOfFreedom: nu) > q { hi *= 2 }
    if !(t > lo && t < hi) { t = (lo + hi) / 2 }
    for _ in 0..<200 {
      let f = upperTail(t, degreesOfFreedom: nu) - q
      if f > 0 { lo = t } else { hi = t }
      var next = t + f / density(t, degreesOfFreedom: nu)
      if !(next > lo && next < hi) { next = (lo + hi) / 2 }
      let converged = abs(next - t) <= 1e-15 * abs(t)
      t = next
      if converged || hi - lo <= 1e-15 * hi { break }
    }
    return p > 0.5 ? t : -t
  }

  /// Returns `P(T > t)` for `t ≥ 0`: `I_{ν/(ν+t²)}(ν/2, 1/2) / 2`, without cancellation.
  static func upperTail(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    0.5 * IncompleteBeta.regularized(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
  }

  /// Returns `P(T ≤ t)` for Student's t with `degreesOfFreedom` (> 0, finite).
  public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    let tail = upperTail(abs(t), degreesOfFreedom: nu)
    return t >= 0 ? 1 - tail : tail
  }

  /// Returns the probability density of Student's t with `degreesOfFreedom` at `t`.
  public static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    let logNorm = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * log(nu * Double.pi)
    return exp(logNorm - (nu + 1) / 2 * log1p(t * t / nu))
  }
}

/// The standard normal distribution's distribution function and quantile.
public enum NormalDistribution {
  /// Returns `Φ(z) = P(Z ≤ z)` for a standard normal `Z`.
  public static func cdf(_ z: Double) -> Double {
    0.5 * erfc(-z / 2.0.squareRoot())
  }

  /// Returns `z` with `Φ(z) = p`, `p` in (0, 1): Abramowitz & Stegun 26.2.23 as a start
  /// (error < 4.5e-4), then Newton steps on `erfc` to full double precision.
  public static func quantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "probability must be in (0, 1)")
    if p == 0.5 { return 0 }
    let tail = Swift.min(p, 1 - p)
    let s = (-2 * log(tail)).squareRoot()
    let numerator = 2.515517 + s * (0.802853 + s * 0.010328)
    let denominator = 1 + s * (1.432788 + s * (0.189269 + s * 0.001308))
    var z = numerator / denominator - s  // lower-tail quantile, ≤ 0
    for _ in 0..<4 {
      let density = exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
      if density == 0 { break }
      z -= (cdf(z) - tail) / density
    }
    return p < 0.5 ? z : -z
  }
}

/// The regularized incomplete beta function `I_x(a, b)`.
enum IncompleteBeta {
  /// Returns `I_x(a, b)` for `x` in [0, 1] and `a, b > 0`, by the continued fraction
  /// (modified Lentz), using the symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` where it
  /// converges faster.
  static func regularized(x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log1p(-x)
    if x < (a + 1) / (a + b + 2) {
      return exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
    }
    return 1 - exp(logFront) * continuedFraction(x: 1 - x, a: b, b: a) / b
  }

  /// Returns the continued fraction of `I_x(a, b)` (Abramowitz & Stegun 26.5.8), its even
  /// and odd terms evaluated in pairs.
  private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...10_000 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return h
  }
}

/// Returns `ln Γ(x)` for `x > 0` through the reentrant `lgamma_r` (plain `lgamma` writes the
/// global `signgam`, a data race when replications reduce on several threads).
func logGamma(_ x: Double) -> Double {
  var sign: Int32 = 0
  return lgamma_r(x, &sign)
}
