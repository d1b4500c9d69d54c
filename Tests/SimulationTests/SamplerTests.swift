import Foundation
import Queueing
import Testing

@testable import Simulation

/// One distribution to check: its sampler and its closed-form mean, variance and
/// kurtosis (μ₄/σ⁴), written out here independently of `Sampler.mean`/`variance`.
private struct MomentCase: Sendable, CustomTestStringConvertible {
  let name: String
  let sampler: Sampler
  let mean: Double
  let variance: Double
  let kurtosis: Double
  var testDescription: String { name }
}

private func lognormalKurtosis(cv: Double) -> Double {
  let s2 = log(1 + cv * cv)
  return exp(4 * s2) + 2 * exp(3 * s2) + 3 * exp(2 * s2) - 3
}

private let momentCases: [MomentCase] = [
  MomentCase(
    name: "exponential mean 180", sampler: try! .exponential(mean: 180), mean: 180,
    variance: 180 * 180, kurtosis: 9),
  MomentCase(
    name: "lognormal mean 360 cv 0.8", sampler: try! .lognormal(mean: 360, cv: 0.8), mean: 360,
    variance: pow(0.8 * 360, 2), kurtosis: lognormalKurtosis(cv: 0.8)),
  MomentCase(
    name: "lognormal mean 2 cv 0.25", sampler: try! .lognormal(mean: 2, cv: 0.25), mean: 2,
    variance: pow(0.25 * 2, 2), kurtosis: lognormalKurtosis(cv: 0.25)),
  MomentCase(
    name: "gamma mean 480 cv 0.7 (shape > 1)", sampler: try! .gamma(mean: 480, cv: 0.7),
    mean: 480, variance: pow(0.7 * 480, 2), kurtosis: 3 + 6 * 0.49),
  MomentCase(
    name: "gamma mean 60 cv 1.5 (shape < 1)", sampler: try! .gamma(mean: 60, cv: 1.5), mean: 60,
    variance: pow(1.5 * 60, 2), kurtosis: 3 + 6 * 2.25),
  MomentCase(
    name: "gamma day factor cv 0.08", sampler: try! .gamma(mean: 1, cv: 0.08), mean: 1,
    variance: 0.0064, kurtosis: 3 + 6 * 0.0064),
  MomentCase(
    name: "erlang 4 phases mean 100", sampler: try! .erlang(phases: 4, mean: 100), mean: 100,
    variance: 100 * 100 / 4, kurtosis: 3 + 6.0 / 4),
  MomentCase(
    name: "uniform mean 300 cv 0.3", sampler: try! .uniform(mean: 300, cv: 0.3), mean: 300,
    variance: pow(0.3 * 300, 2), kurtosis: 1.8),
  MomentCase(
    name: "empirical 1, 2, 3, 10", sampler: try! .empirical([1, 2, 3, 10]), mean: 4,
    variance: 12.5, kurtosis: (81 + 16 + 1 + 1_296) / 4 / (12.5 * 12.5)),
  MomentCase(
    name: "deterministic 42", sampler: try! .deterministic(value: 42), mean: 42, variance: 0,
    kurtosis: 1),
]

@Suite("Sampler")
struct SamplerTests {
  @Test("Reported mean and variance equal the closed forms", arguments: momentCases)
  fileprivate func reportedMoments(_ c: MomentCase) {
    #expect(abs(c.sampler.mean - c.mean) <= 1e-12 * c.mean)
    #expect(abs(c.sampler.variance - c.variance) <= 1e-9 * Swift.max(c.variance, 1e-300))
  }

  @Test(
    "Sample mean and variance lie within 4 standard errors of the closed forms",
    arguments: momentCases)
  fileprivate func sampleMoments(_ c: MomentCase) {
    let n = 200_000
    var rng = RandomStreams(seed: 20_240_601, replication: 0).stream(purpose: 1)
    var stats = Welford()
    for _ in 0..<n {
      let x = c.sampler.sample(&rng)
      #expect(x >= 0 && x.isFinite)
      stats.add(x)
    }
    // SE(mean) = σ/√n; SE(s²) ≈ σ²·√((κ − 1)/n) with κ the kurtosis.
    let rootN = Double(n).squareRoot()
    #expect(abs(stats.mean - c.mean) <= 4 * c.variance.squareRoot() / rootN + 1e-12 * c.mean)
    let varianceTolerance = 4 * c.variance * ((c.kurtosis - 1).squareRoot() / rootN)
    #expect(abs(stats.variance! - c.variance) <= varianceTolerance + 1e-12 * c.mean * c.mean)
  }

  @Test("Erlang with 2,000 phases neither underflows nor loses its mean")
  func erlangManyPhases() throws {
    let sampler = try Sampler.erlang(phases: 2_000, mean: 50)
    var rng = Xoshiro256StarStar(seed: 3)
    var stats = Welford()
    let n = 4_000
    for _ in 0..<n { stats.add(sampler.sample(&rng)) }
    let sd = (50.0 * 50 / 2_000).squareRoot()
    #expect(abs(stats.mean - 50) < 4 * sd / Double(n).squareRoot())
  }

  @Test("Standard normal variates have mean 0, variance 1 and the normal distribution")
  func standardNormal() {
    var rng = Xoshiro256StarStar(seed: 11)
    let n = 100_000
    var values = [Double]()
    values.reserveCapacity(n)
    for _ in 0..<n { values.append(Sampler.standardNormal(&rng)) }
    let stats = Welford(values)
    #expect(abs(stats.mean) < 4 / Double(n).squareRoot())
    #expect(abs(stats.variance! - 1) < 4 * (2.0 / Double(n)).squareRoot())
    let d = ksStatistic(values) { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
    #expect(d < ksCritical(n: n))
  }

  @Test("Exponential samples pass Kolmogorov–Smirnov against 1 − e^(−x/m)")
  func exponentialKolmogorovSmirnov() throws {
    let sampler = try Sampler.exponential(mean: 180)
    var rng = Xoshiro256StarStar(seed: 12)
    let n = 50_000
    let values = (0..<n).map { _ in sampler.sample(&rng) }
    let d = ksStatistic(values) { -expm1(-$0 / 180) }
    #expect(d < ksCritical(n: n))
  }

  @Test("Gamma samples pass Kolmogorov–Smirnov against P(k, x/θ)", arguments: [0.3, 0.7, 1.5])
  func gammaKolmogorovSmirnov(cv: Double) throws {
    let mean = 480.0
    let sampler = try Sampler.gamma(mean: mean, cv: cv)
    var rng = Xoshiro256StarStar(seed: 13)
    let n = 50_000
    let values = (0..<n).map { _ in sampler.sample(&rng) }
    let shape = 1 / (cv * cv)
    let scale = mean * cv * cv
    let d = ksStatistic(values) {
      GammaDistribution.regularizedLowerGamma(shape: shape, $0 / scale)
    }
    #expect(d < ksCritical(n: n))
  }

  @Test("Scaling multiplies the mean by the factor and keeps the cv", arguments: momentCases)
  fileprivate func scaled(_ c: MomentCase) throws {
    let scaled = try c.sampler.scaled(by: 1.6)
    #expect(abs(scaled.mean - 1.6 * c.mean) <= 1e-12 * c.mean)
    #expect(abs(scaled.variance - 2.56 * c.variance) <= 1e-9 * Swift.max(c.variance, 1e-300))
    #expect(try c.sampler.scaled(by: 0) == .deterministic(0))
  }

  @Test("Zero means, zero cv and impossible parameters")
  func edgeCases() throws {
    var rng = Xoshiro256StarStar(seed: 1)
    for sampler in [
      try Sampler.exponential(mean: 0), try .lognormal(mean: 0, cv: 1), try .gamma(mean: 0, cv: 2),
      try .erlang(phases: 3, mean: 0), try .uniform(mean: 0, cv: 0.5),
    ] {
      #expect(sampler == .deterministic(0))
      #expect(sampler.sample(&rng) == 0)
    }
    #expect(try Sampler.gamma(mean: 7, cv: 0) == .deterministic(7))
    #expect(try Sampler.lognormal(mean: 7, cv: 0) == .deterministic(7))
    // A cv whose square underflows (dayFactorCV or gamma cv 5e-324) is deterministic, not a
    // failed precondition; so is a scale that underflows with a tiny mean.
    #expect(try Sampler.gamma(mean: 1, cv: 5e-324) == .deterministic(1))
    #expect(try Sampler.gamma(mean: 180, cv: 1e-200) == .deterministic(180))
    #expect(try Sampler.gamma(mean: 5e-324, cv: 0.5) == .deterministic(5e-324))
    #expect(try Sampler.gamma(mean: 1, cv: 1e-6).sample(&rng) > 0)
    #expect(try Sampler.gamma(mean: 1, cv: 0.5).scaled(by: 5e-324) == .deterministic(5e-324))
    #expect(throws: SamplerError.invalidMean(-1)) { try Sampler.exponential(mean: -1) }
    #expect(throws: SamplerError.self) { try Sampler.gamma(mean: .nan, cv: 1) }
    #expect(throws: SamplerError.invalidMean(.infinity)) {
      try Sampler.erlang(phases: 2, mean: .infinity)
    }
    #expect(throws: SamplerError.invalidCV(-0.1)) { try Sampler.lognormal(mean: 1, cv: -0.1) }
    #expect(throws: SamplerError.invalidPhases(0)) { try Sampler.erlang(phases: 0, mean: 1) }
    #expect(throws: SamplerError.emptyEmpirical) { try Sampler.empirical([]) }
    #expect(throws: SamplerError.invalidEmpiricalValue(index: 1, value: -2)) {
      try Sampler.empirical([1, -2])
    }
    #expect(throws: SamplerError.invalidFactor(-1)) {
      try Sampler.exponential(mean: 1).scaled(by: -1)
    }
    #expect(throws: SamplerError.uniformLowerBoundNegative(mean: 10, cv: 0.6)) {
      try Sampler.uniform(mean: 10, cv: 0.6)
    }
    // cv = 1/√3 puts the lower bound at exactly 0, which is allowed.
    let widest = try Sampler.uniform(mean: 10, cv: 1 / 3.0.squareRoot())
    #expect(abs(widest.variance - 100.0 / 3) < 1e-9)
    #expect(SamplerError.uniformLowerBoundNegative(mean: 10, cv: 0.6).description.contains("0.577"))
  }
}

/// Returns the Kolmogorov–Smirnov statistic sup |F_n(x) − F(x)| of `values` against `cdf`.
func ksStatistic(_ values: [Double], cdf: (Double) -> Double) -> Double {
  let sorted = values.sorted()
  let n = Double(sorted.count)
  var d = 0.0
  for (i, x) in sorted.enumerated() {
    let f = cdf(x)
    d = Swift.max(d, f - Double(i) / n, Double(i + 1) / n - f)
  }
  return d
}

/// Returns the asymptotic KS critical value at level 1e-4, √(ln(2/α)/2)/√n, fixed in advance.
func ksCritical(n: Int) -> Double {
  (log(2 / 1e-4) / 2).squareRoot() / Double(n).squareRoot()
}
