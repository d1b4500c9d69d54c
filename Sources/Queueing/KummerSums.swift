import Foundation

/// The series behind Erlang A, summed outward from their largest term and kept scaled.
///
/// With t_j = x^j / ((a+1)(a+2)…(a+j)) (t_0 = 1), the sums are, each divided by e^logScale
/// (logScale = ln of the largest term, so every stored value is at most about √x + 1):
///
/// - `m0` = Σ t_j = M(a, x), Kummer's ₁F₁(1; a+1; x) = P(a, x)/[xᵃe⁻ˣ/Γ(a+1)];
/// - `m1` = Σ t_j·(a+1)/(a+j+1) = M(a+1, x);
/// - `h` = Σ t_j·(j+1)/(a+j+1) = M(a, x) − a/(a+1)·M(a+1, x);
/// - `q` = Σ t_j·j;
/// - `w` = Σ t_j·(a+1)/(a+j+1)·H_j, with H_j = Σ_{i=1}^{j+1} 1/(a+i) (only if asked).
///
/// All terms are positive, so nothing cancels. The terms rise while x/(a+j) > 1 and fall
/// after, at least geometrically; the loops stop when the bound on what is left, a
/// geometric series with the current ratio, is below 1e-17 of the smallest sum. The cost is
/// about 20·√(max(x, a)) terms near x ≈ a, and fewer elsewhere.
struct KummerSums {
  /// ln of the scale all sums are divided by (the largest term).
  var logScale = 0.0
  /// Σ t_j, scaled.
  var m0 = 0.0
  /// Σ t_j·(a+1)/(a+j+1), scaled.
  var m1 = 0.0
  /// Σ t_j·(j+1)/(a+j+1), scaled.
  var h = 0.0
  /// Σ t_j·j, scaled.
  var q = 0.0
  /// Σ t_j·(a+1)/(a+j+1)·H_j, scaled (0 unless moments were asked for).
  var w = 0.0

  /// Returns the scaled sums for a > 0, x ≥ 0, both finite.
  init(a: Double, x: Double, withMoments: Bool) {
    let peak = x >= a + 1 ? Int((x - a).rounded(.down)) : 0
    logScale = SpecialFunctions.logPeakTerm(a: a, x: x, count: peak)
    let a1 = a + 1
    let peakHarmonic =
      withMoments ? SpecialFunctions.harmonicDifference(a: a, count: peak + 1) : 0
    // A guard against a runaway loop; valid input stops after about 20·√x + 100 terms.
    let lastIndex = peak + 50 * Int(x.squareRoot()) + 100_000

    // Upward from the peak (the peak term itself included).
    var j = peak
    var r = 1.0
    var harmonic = peakHarmonic
    while j < lastIndex {
      let inverse = 1 / (a1 + Double(j))
      accumulate(j: j, r: r, inverse: inverse, a1: a1, harmonic: harmonic)
      let ratio = x * inverse  // t_{j+1} / t_j; it only decreases from here on.
      if ratio < 1 && j > peak {
        let left = 1 - ratio
        let tail = r * ratio * (Double(j + 1) / left + 1 / (left * left))
        if tail <= 1e-17 * m0 * inverse { break }
      }
      r *= ratio
      j += 1
      if withMoments { harmonic += 1 / (a1 + Double(j)) }
    }

    // Downward from just below the peak; weights and ratios only decrease.
    j = peak
    r = 1
    harmonic = peakHarmonic
    let peakInverse = 1 / (a1 + Double(peak))
    while j > 0 {
      if withMoments { harmonic -= 1 / (a1 + Double(j)) }
      r *= (a + Double(j)) / x  // t_{j−1} / t_j
      j -= 1
      accumulate(j: j, r: r, inverse: 1 / (a1 + Double(j)), a1: a1, harmonic: harmonic)
      let ratio = (a + Double(j)) / x
      if ratio < 1 {
        let tail = r * Double(j + 1) * ratio / (1 - ratio)
        if tail <= 1e-17 * m0 * peakInverse { break }
      }
    }
  }

  private mutating func accumulate(
    j: Int, r: Double, inverse: Double, a1: Double, harmonic: Double
  ) {
    let weight1 = r * a1 * inverse
    m0 += r
    m1 += weight1
    h += r * Double(j + 1) * inverse
    q += r * Double(j)
    w += weight1 * harmonic
  }
}
