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

  /// A word in layer 0 beyond r's threshold (position at the top) always goes to the tail,
  /// so the tail method is tested alone: the exponential's excess over r is a unit
  /// exponential, and the normal's tail has P(Z ≤ x | Z > r) = 1 − erfc(x/√2) ÷ erfc(r/√2).
  @Test("Draws sent to the tail follow the exact tail distributions (KS)")
  func forcedTails() {
    let word: UInt64 = 0xFFFF_FFFF_FFFF_F800
    #expect(Ziggurat.exponential.exponentialFast(word) == nil)
    #expect(Ziggurat.normal.normalFast(word) == nil)
    let n = 200_000
    var rng = Xoshiro256StarStar(seed: 35)
    let r = Ziggurat.exponential.tailStart
    let excess = (0..<n).map { _ in Ziggurat.exponential.exponentialSlow(word, &rng) - r }
    #expect(excess.allSatisfy { $0 >= 0 })
    #expect(ksStatistic(excess) { -expm1(-$0) } < ksCritical(n: n))
    let s = Ziggurat.normal.tailStart
    let tail = (0..<n).map { _ in Ziggurat.normal.normalSlow(word, &rng) }
    #expect(tail.allSatisfy { $0 >= s })
    let beyond = erfc(s / 2.0.squareRoot())
    #expect(ksStatistic(tail) { 1 - erfc($0 / 2.0.squareRoot()) / beyond } < ksCritical(n: n))
  }

  /// The wedges are where a ziggurat's shape goes wrong without moving its moments much: a
  /// missing or misplaced wedge test puts too much mass in a layer's outer band. Counted
  /// in the bands between consecutive boundaries [x[i+1], x[i]) (and beyond r), the draws
  /// must match the exact band probabilities: a chi-square over 256 cells below its
  /// 1 − 10⁻⁴ quantile (Wilson–Hilferty).
  @Test("Draws fall in the bands between layer boundaries with the exact probabilities")
  func layerBands() {
    let n = 2_000_000
    let cells = 256
    // Wilson–Hilferty's 1 − 1e-4 quantile of chi-square with 255 degrees of freedom.
    let k = Double(cells - 1)
    let critical = k * pow(1 - 2 / (9 * k) + 3.719 * (2 / (9 * k)).squareRoot(), 3)
    let cases: [(Ziggurat, (inout Xoshiro256StarStar) -> Double, (Double) -> Double)] = [
      (.exponential, { Ziggurat.exponential.exponential(&$0) }, { -expm1(-$0) }),
      (.normal, { abs(Ziggurat.normal.normal(&$0)) }, { erf($0 / 2.0.squareRoot()) }),
    ]
    for (index, (table, draw, cdf)) in cases.enumerated() {
      var rng = Xoshiro256StarStar(seed: 36 + UInt64(index))
      // Cell 0 is beyond r; cell i ≥ 1 is [x[i+1], x[i]).
      var counts = [Int](repeating: 0, count: cells)
      let bounds = (0...256).map { table.boundary($0) }
      for _ in 0..<n {
        let x = draw(&rng)
        if x >= bounds[1] {
          counts[0] += 1
          continue
        }
        var low = 1
        var high = 256
        // Find i with bounds[i + 1] <= x < bounds[i] (bounds decrease with i).
        while high - low > 1 {
          let mid = (low + high) / 2
          if x < bounds[mid] { low = mid } else { high = mid }
        }
        counts[low] += 1
      }
      var chiSquare = 0.0
      for cell in 0..<cells {
        let p = cell == 0 ? 1 - cdf(bounds[1]) : cdf(bounds[cell]) - cdf(bounds[cell + 1])
        let expected = p * Double(n)
        chiSquare +=
          (Double(counts[cell]) - expected) * (Double(counts[cell]) - expected) / expected
      }
      #expect(chiSquare < critical, "chi-square \(chiSquare) against \(critical)")
    }
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
