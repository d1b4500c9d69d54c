import Foundation

/// Small, accurate building blocks for the Erlang A sums: every function returns a plain
/// Double and is accurate to a few ulps where it is used (arguments ≥ 0 unless stated).
enum SpecialFunctions {
  /// Returns log(1 + y) − y for y > −1 without the cancellation near 0 (series below 0.25).
  static func log1pMinusX(_ y: Double) -> Double {
    guard abs(y) < 0.25 else { return log1p(y) - y }
    // −y²/2 + y³/3 − y⁴/4 + …; |y|^k/k < 1e-17 relative after about 30 terms.
    var power = y * y
    var sum = 0.0
    var k = 2.0
    while k < 60 {
      let term = power / k
      sum += (Int(k) % 2 == 0) ? -term : term
      if abs(term) <= 1e-18 * abs(sum) { break }
      power *= y
      k += 1
    }
    return sum
  }

  /// Returns μ(w) = ln Γ(w + 1) − [(w + ½)·ln w − w + ½·ln 2π], Stirling's remainder, w ≥ 15.
  ///
  /// Five terms of the asymptotic series; the first omitted one is below 2e-16 at w = 15.
  static func stirlingRemainder(_ w: Double) -> Double {
    let r = 1 / w
    let r2 = r * r
    return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))))
  }

  /// Returns ln t_J, where t_J = x^J / ((a+1)(a+2)…(a+J)), for a > 0, x > 0 and J ≥ 0.
  ///
  /// The first factors (while a < 15, and all of them when J ≤ 16) are summed directly as
  /// log1p terms; the rest use Stirling's formula rearranged with log1p(y) − y so that the
  /// large parts cancel analytically: with δ = (x − a)/a, y = J/a and ε = x − a − J,
  /// ln t_J = J·(ε − ½)/a + J·f(δ) − (a + J + ½)·f(y) − (μ(a + J) − μ(a)), f = log1pMinusX.
  static func logPeakTerm(a startA: Double, x: Double, count: Int) -> Double {
    var a = startA
    var j = count
    var sum = 0.0
    while j > 0 && (a < 15 || j <= 16) {
      sum += log1p(((x - a) - 1) / (a + 1))
      a += 1
      j -= 1
    }
    guard j > 0 else { return sum }
    let jd = Double(j)
    let delta = (x - a) / a
    let y = jd / a
    let epsilon = (x - a) - jd
    sum += jd * (epsilon - 0.5) / a
    sum += jd * log1pMinusX(delta)
    sum -= (a + jd + 0.5) * log1pMinusX(y)
    sum -= stirlingRemainder(a + jd) - stirlingRemainder(a)
    return sum
  }

  /// Returns Σ_{i=1}^{m} 1/(a + i) = ψ(a + m + 1) − ψ(a + 1), for a ≥ 0 and m ≥ 0.
  ///
  /// Small m (or small a, peeled first) are summed directly; otherwise the digamma
  /// asymptotic series ψ(w) = ln w − 1/(2w) − Σ B₂ₖ/(2k·w²ᵏ), with the logarithms combined
  /// by log1p, accurate to about 2e-16 for w ≥ 15.
  static func harmonicDifference(a startA: Double, count: Int) -> Double {
    var a = startA
    var m = count
    var sum = 0.0
    while m > 0 && (a < 14 || m <= 64) {
      a += 1
      sum += 1 / a
      m -= 1
    }
    guard m > 0 else { return sum }
    let low = a + 1
    let high = a + Double(m) + 1
    return sum + log1p(Double(m) / low) - digammaTail(high) + digammaTail(low)
  }

  /// Returns ln w − ψ(w) for w ≥ 15: 1/(2w) + 1/(12w²) − 1/(120w⁴) + 1/(252w⁶) − 1/(240w⁸)
  /// + 1/(132w¹⁰).
  static func digammaTail(_ w: Double) -> Double {
    let r = 1 / w
    let r2 = r * r
    let series = r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))))
    return 0.5 * r + series
  }

  /// Returns ln(e^p + e^q) without overflow; −∞ when both are −∞.
  static func logAddExp(_ p: Double, _ q: Double) -> Double {
    let high = max(p, q)
    guard high > -Double.infinity else { return -Double.infinity }
    if high == .infinity { return .infinity }
    return high + log1p(exp(min(p, q) - high))
  }
}
