import Foundation
import Testing

@testable import Queueing

/// The gamma CDF and quantile against closed forms (shape 1 and integer shapes: the Erlang
/// CDF), published chi-square percentage points and the Wilson–Hilferty limit.
struct GammaDistributionTests {
  /// Returns the Erlang-k CDF 1 − e^(−x) Σ_{j<k} x^j/j!, by the term recurrence.
  func erlangCDF(k: Int, _ x: Double) -> Double {
    var term = exp(-x)
    var sum = term
    for j in 1..<max(k, 1) {
      term *= x / Double(j)
      sum += term
    }
    return 1 - sum
  }

  @Test func shapeOneIsTheExponential() {
    for x in [1e-6, 0.1, 0.5, 1, 2, 5, 20, 50] {
      let p = GammaDistribution.regularizedLowerGamma(shape: 1, x)
      #expect(abs(p - (1 - exp(-x))) <= 1e-14, "x = \(x): \(p)")
    }
    for p in [0.01, 0.1, 0.5, 0.9, 0.99] {
      let q = GammaDistribution.quantile(p, meanOneCV: 1)
      #expect(abs(q - -log(1 - p)) <= 1e-11 * max(1, q), "p = \(p): \(q)")
    }
  }

  @Test func integerShapesAreTheErlangCDF() {
    for k in [2, 4, 25, 100] {
      for x in [0.5, Double(k) * 0.7, Double(k), Double(k) * 1.3, Double(k) * 2] {
        let p = GammaDistribution.regularizedLowerGamma(shape: Double(k), x)
        #expect(abs(p - erlangCDF(k: k, x)) <= 1e-12, "k = \(k), x = \(x): \(p)")
      }
    }
  }

  @Test func chiSquarePercentagePoints() {
    // χ²_ν is gamma(ν/2, scale 2): the mean-one variate is χ²/ν, cv = √(2/ν).
    // Published points (Abramowitz & Stegun table 26.8): χ²(10) at 0.95 = 18.307038,
    // χ²(4) at 0.10 = 1.063623, χ²(1) at 0.95 = 3.841459, χ²(30) at 0.99 = 50.892181.
    let points: [(nu: Double, p: Double, chi: Double)] = [
      (10, 0.95, 18.307038), (4, 0.10, 1.063623), (1, 0.95, 3.841459), (30, 0.99, 50.892181),
    ]
    for point in points {
      let q = GammaDistribution.quantile(point.p, meanOneCV: (2 / point.nu).squareRoot())
      #expect(abs(q * point.nu - point.chi) <= 2e-6, "ν = \(point.nu), p = \(point.p): \(q)")
    }
  }

  @Test func smallCVApproachesWilsonHilferty() {
    for cv in [0.01, 0.02] {
      let shape = 1 / (cv * cv)
      for (p, z) in [(0.9, 1.2815515655446004), (0.1, -1.2815515655446004), (0.5, 0.0)] {
        let h = 1 / (9 * shape)
        let approximation = pow(1 - h + z * h.squareRoot(), 3)
        let q = GammaDistribution.quantile(p, meanOneCV: cv)
        #expect(abs(q - approximation) <= 1e-6, "cv = \(cv), p = \(p): \(q)")
      }
    }
  }

  @Test func noUncertaintyIsFactorOne() {
    #expect(GammaDistribution.quantile(0.9, meanOneCV: 0) == 1)
  }

  @Test func quantileInvertsTheCDF() {
    for cv in [0.05, 0.3, 1, 3] {
      for p in [1e-6, 0.05, 0.5, 0.95, 1 - 1e-9] {
        let q = GammaDistribution.quantile(p, meanOneCV: cv)
        let back = GammaDistribution.regularizedLowerGamma(shape: 1 / (cv * cv), q / (cv * cv))
        #expect(abs(back - p) <= 1e-9, "cv = \(cv), p = \(p): \(back)")
      }
    }
  }
}
