import Foundation
import Testing

@testable import Queueing

/// The building blocks of the Erlang A sums against direct summation and mpmath values
/// (mpmath 1.3.0, 40 digits: `log1p(y) - y`).
struct SpecialFunctionsTests {
  @Test(
    "log(1 + y) − y against mpmath",
    arguments: [
      (1e-3, -4.996669164668331906e-7), (-0.2, -0.023143551314209755766),
      (0.24, -0.024888620383054503272), (3, -1.6137056388801093812),
    ])
  func log1pMinusX(y: Double, expected: Double) {
    let value = SpecialFunctions.log1pMinusX(y)
    #expect(abs(value - expected) <= 4e-16 * abs(expected), "\(report(value, expected))")
  }

  /// ln(x^J / ((a+1)…(a+J))) with J = ⌊x − a⌋, from mpmath 1.3.0 at 40 digits:
  /// `J*log(x) - (loggamma(a+J+1) - loggamma(a+1))`.
  @Test(
    "Largest-term logarithm against mpmath",
    arguments: [
      (0.3, 50.0, 45.84370437891878304169128), (7.5, 2_000.0, 1947.8231298810926955921),
      (400.0, 520.0, 14.92316015766926333635045), (9_000.0, 9_000.5, 0),
      (20.0, 1e5, 99805.40170506232579634548),
    ])
  func logPeakTerm(a: Double, x: Double, expected: Double) {
    let count = max(0, Int((x - a).rounded(.down)))
    let value = SpecialFunctions.logPeakTerm(a: a, x: x, count: count)
    #expect(abs(value - expected) <= 1e-15 * max(1, abs(expected)), "\(report(value, expected))")
  }

  @Test("Harmonic differences against a direct sum")
  func harmonic() {
    for (a, m) in [(0.0, 1), (0.5, 100), (3.0, 5_000), (1_234.5, 70_000)] {
      var direct = 0.0
      for i in 1...m { direct += 1 / (a + Double(i)) }
      let value = SpecialFunctions.harmonicDifference(a: a, count: m)
      #expect(abs(value - direct) <= 1e-14 * direct, "a \(a) m \(m): \(report(value, direct))")
    }
  }

  @Test("Scaled sums satisfy h + a/(a+1)·m1 = m0 term by term")
  func sumsIdentity() {
    for (a, x) in [(0.2, 0.0), (3.0, 1.5), (50.0, 49.0), (50.0, 400.0), (1e6, 1.01e6)] {
      let s = KummerSums(a: a, x: x, withMoments: true)
      let recombined = s.h + a / (a + 1) * s.m1
      #expect(abs(recombined - s.m0) <= 1e-14 * s.m0, "a \(a) x \(x): \(report(recombined, s.m0))")
      #expect(s.m0.isFinite && s.w.isFinite && s.q.isFinite && s.logScale.isFinite)
    }
  }
}
