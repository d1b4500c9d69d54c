import Foundation
import Testing

@testable import Simulation

@Suite("StudentT and NormalDistribution")
struct StudentTTests {
  @Test("Two-sided 95 % values match the published t table to 3 decimals")
  func tableValues() {
    let table: [(Double, Double)] = [
      (1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (10, 2.228), (19, 2.093), (29, 2.045),
      (.infinity, 1.960),
    ]
    for (nu, expected) in table {
      let t = StudentT.quantile(probability: 0.975, degreesOfFreedom: nu)
      #expect(abs(t - expected) < 0.0005, "ν = \(nu): \(t)")
    }
  }

  /// Reference values to 15+ digits: scipy.stats.t.ppf / norm.ppf 1.17.1 (which implement
  /// Boost's inverse incomplete beta), agreeing with R's qt where both print.
  @Test("Quantiles match high-precision references, including tails and fractional ν")
  func precise() {
    let cases: [(Double, Double, Double)] = [
      (0.975, 1, 12.706204736174694), (0.975, 2, 4.302652729749462),
      (0.975, 3, 3.1824463052837078), (0.975, 4, 2.7764451051977934),
      (0.975, 10, 2.228138851986274), (0.975, 19, 2.0930240544083087),
      (0.975, 29, 2.045229642132703), (0.995, 5, 4.032142983555228),
      (0.9, 3, 1.637744353696209), (0.999, 30, 3.3851848668293045),
      (0.975, 2.5, 3.5746548420036817), (0.6, 7, 0.2631668613520229),
      (1e-10, 3, -2225.769284683093), (0.975, 1_000, 1.9623390808264083),
    ]
    for (p, nu, expected) in cases {
      let t = StudentT.quantile(probability: p, degreesOfFreedom: nu)
      #expect(abs(t - expected) <= 1e-10 * abs(expected), "p = \(p), ν = \(nu): \(t)")
    }
    #expect(abs(NormalDistribution.quantile(0.975) - 1.959963984540054) < 1e-14)
    #expect(abs(NormalDistribution.quantile(0.995) - 2.5758293035489004) < 1e-14)
    #expect(abs(NormalDistribution.quantile(1e-10) + 6.361340902404056) < 1e-12)
    #expect(NormalDistribution.quantile(0.5) == 0)
  }

  @Test("The distribution function matches references and inverts the quantile")
  func cdfRoundTrip() {
    #expect(abs(StudentT.cdf(1.5, degreesOfFreedom: 4) - 0.896) < 1e-14)
    #expect(abs(StudentT.cdf(-3, degreesOfFreedom: 2.5) - 0.036288047774515914) < 1e-14)
    for nu in [1.0, 1.5, 3, 7, 30, 200] {
      for p in [0.001, 0.05, 0.3, 0.5, 0.7, 0.975, 0.9999] {
        let t = StudentT.quantile(probability: p, degreesOfFreedom: nu)
        #expect(abs(StudentT.cdf(t, degreesOfFreedom: nu) - p) < 1e-12, "ν = \(nu), p = \(p)")
        let mirror = StudentT.quantile(probability: 1 - p, degreesOfFreedom: nu)
        #expect(abs(t + mirror) <= 1e-12 * abs(t), "ν = \(nu), p = \(p)")
      }
    }
  }
}
