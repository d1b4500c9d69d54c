import Foundation
import Testing

@testable import Simulation

@Suite("Ziggurat: exponential and normal variates")
struct ZigguratTests {
  /// The layers close: from the published r, the last boundary's layer reaches f(0) = 1
  /// (so every layer, the top one included, has the same area V), and V matches the value
  /// Marsaglia & Tsang (2000) publish for 256 layers.
  @Test("The 256 layers from the published r close at the top with Marsaglia & Tsang's V")
  func tablesClose() {
    let cases: [(Ziggurat, (Double) -> Double, Double)] = [
      (.exponential, { exp(-$0) }, 3.949_659_822_581_557_2e-3),
      (.normal, { exp(-0.5 * $0 * $0) }, 4.928_673_233_99e-3),
    ]
    for (table, density, publishedArea) in cases {
      #expect(abs(table.layerArea - publishedArea) < 1e-13, "V \(table.layerArea)")
      let last = table.boundary(255)
      #expect(abs(density(last) + table.layerArea / last - 1) < 1e-12)
      #expect(table.boundary(1) == table.tailStart)
      #expect(table.boundary(256) == 0)
      // The base strip's virtual width holds the base rectangle and the tail: V ÷ f(r).
      #expect(abs(table.boundary(0) * density(table.tailStart) - table.layerArea) < 1e-15)
      for i in 1..<256 { #expect(table.boundary(i + 1) < table.boundary(i)) }
    }
  }

  @Test("Unit exponentials pass Kolmogorov–Smirnov against 1 − e^(−x), mean and variance 1")
  func exponential() {
    var rng = Xoshiro256StarStar(seed: 31)
    let n = 200_000
    let values = (0..<n).map { _ in Ziggurat.exponential.exponential(&rng) }
    let stats = Welford(values)
    #expect(abs(stats.mean - 1) < 4 / Double(n).squareRoot())
    // Var of (X − 1)² for a unit exponential is μ₄ − σ⁴ = 9 − 1.
    #expect(abs(stats.variance! - 1) < 4 * (8 / Double(n)).squareRoot())
    #expect(ksStatistic(values) { -expm1(-$0) } < ksCritical(n: n))
  }

  @Test("Normals pass Kolmogorov–Smirnov against Φ, with mean 0, variance 1, kurtosis 3")
  func normal() {
    var rng = Xoshiro256StarStar(seed: 32)
    let n = 200_000
    let values = (0..<n).map { _ in Ziggurat.normal.normal(&rng) }
    let stats = Welford(values)
    #expect(abs(stats.mean) < 4 / Double(n).squareRoot())
    #expect(abs(stats.variance! - 1) < 4 * (2 / Double(n)).squareRoot())
    let fourth = values.reduce(0) { $0 + $1 * $1 * $1 * $1 } / Double(n)
    // Var of Z⁴ is E Z⁸ − 9 = 105 − 9.
    #expect(abs(fourth - 3) < 4 * (96 / Double(n)).squareRoot())
    #expect(ksStatistic(values) { 0.5 * erfc(-$0 / 2.0.squareRoot()) } < ksCritical(n: n))
  }

  /// The tails are where a ziggurat goes wrong (a wrong base-strip width or tail method
  /// leaves the KS statistic almost untouched): beyond r the share must be e^(−r) and the
  /// excess again a unit exponential (memorylessness); for the normal, 2·(1 − Φ(r)) with
  /// the excess's mean from the normal's Mills ratio.
  @Test("Beyond the last layer the share and the mean excess match the exact tails")
  func tails() {
    let n = 2_000_000
    var rng = Xoshiro256StarStar(seed: 33)
    let r = Ziggurat.exponential.tailStart
    var beyond = 0
    var excess = 0.0
    for _ in 0..<n {
      let x = Ziggurat.exponential.exponential(&rng)
      if x > r {
        beyond += 1
        excess += x - r
      }
    }
    let p = exp(-r)
    #expect(abs(Double(beyond) / Double(n) - p) < 4 * (p * (1 - p) / Double(n)).squareRoot())
    #expect(abs(excess / Double(beyond) - 1) < 4 / Double(beyond).squareRoot())

    let s = Ziggurat.normal.tailStart
    var normalBeyond = 0
    var normalExcess = 0.0
    for _ in 0..<n {
      let z = Ziggurat.normal.normal(&rng)
      if abs(z) > s {
        normalBeyond += 1
        normalExcess += abs(z) - s
      }
    }
    let q = erfc(s / 2.0.squareRoot())
    #expect(
      abs(Double(normalBeyond) / Double(n) - q) < 4 * (q * (1 - q) / Double(n)).squareRoot())
    // E[Z − s | Z > s] = φ(s) ÷ (1 − Φ(s)) − s; its SD is below 1 ÷ s (a sharp bound's
    // stand-in: the excess is close to exponential with mean about 1 ÷ s).
    let phi = exp(-0.5 * s * s) / (2 * Double.pi).squareRoot()
    let meanExcess = phi / (q / 2) - s
    #expect(
      abs(normalExcess / Double(normalBeyond) - meanExcess)
        < 4 / s / Double(normalBeyond).squareRoot())
  }

  @Test("The normal's signs are balanced")
  func signs() {
    var rng = Xoshiro256StarStar(seed: 34)
    let n = 512_000
    var negative = 0
    for _ in 0..<n where Ziggurat.normal.normal(&rng) < 0 { negative += 1 }
    #expect(abs(Double(negative) / Double(n) - 0.5) < 4 * 0.5 / Double(n).squareRoot())
  }
}
