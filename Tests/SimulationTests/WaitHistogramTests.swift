import Foundation
import Testing

@testable import Simulation

@Suite("WaitHistogram")
struct WaitHistogramTests {
  /// The exact p-quantile by the same convention: the smallest x with F_n(x) ≥ p.
  private static func exactQuantile(_ sorted: [Double], _ p: Double) -> Double {
    let rank = Swift.max(1, Int((p * Double(sorted.count)).rounded(.up)))
    return sorted[rank - 1]
  }

  @Test("Quantiles are within one bin width of the exact ones, in both regions")
  func quantilesWithinResolution() throws {
    var rng = Xoshiro256StarStar(seed: 21)
    let sampler = try Sampler.lognormal(mean: 400, cv: 2)  // spans both regions
    let values = (0..<50_000).map { _ in sampler.sample(&rng) }
    var histogram = WaitHistogram()
    for value in values { histogram.add(value) }
    let sorted = values.sorted()
    for p in [0.01, 0.1, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999] {
      let exact = Self.exactQuantile(sorted, p)
      let estimate = try #require(histogram.quantile(p))
      // One bin: 1 s below 600 s, 2 % of the value above (plus the neighbouring bin's edge).
      let allowed = exact < 600 ? 1.0 : 0.0201 * exact + 1
      #expect(abs(estimate - exact) <= allowed, "p = \(p): \(estimate) vs \(exact)")
    }
    #expect(histogram.quantile(0) == sorted.first)
    #expect(histogram.quantile(1) == sorted.last)
    #expect(histogram.count == 50_000)
    #expect(abs(histogram.mean! - values.reduce(0, +) / 50_000) < 1e-9 * histogram.mean!)
  }

  @Test("Bins follow the documented layout, and huge waits land in the last bin")
  func layout() {
    let histogram = WaitHistogram(binWidth: 0.5, linearBins: 10, growth: 2, geometricBins: 3)
    #expect(histogram.binCount == 13)
    #expect(histogram.binIndex(0) == 0)
    #expect(histogram.binIndex(0.49) == 0)
    #expect(histogram.binIndex(4.99) == 9)
    #expect(histogram.binIndex(5) == 10)
    #expect(histogram.binIndex(10.5) == 11)
    #expect(histogram.binIndex(1e12) == 12)
    #expect(histogram.lowerEdge(10) == 5)
    #expect(histogram.lowerEdge(12) == 20)
  }

  @Test("Merging equals adding everything to one histogram")
  func merge() {
    var rng = Xoshiro256StarStar(seed: 22)
    let values = (0..<5_000).map { _ in -log(rng.nextDouble()) * 120 }
    var whole = WaitHistogram()
    var left = WaitHistogram()
    var right = WaitHistogram()
    for (i, value) in values.enumerated() {
      whole.add(value)
      if i % 3 == 0 { left.add(value) } else { right.add(value) }
    }
    left.merge(right)
    #expect(left.counts == whole.counts)
    #expect(left.count == whole.count)
    #expect(left.minimum == whole.minimum && left.maximum == whole.maximum)
    #expect(left.quantile(0.9) == whole.quantile(0.9))
  }

  @Test("An empty histogram has no quantile; a single wait is every quantile")
  func emptyAndSingle() {
    var histogram = WaitHistogram()
    #expect(histogram.quantile(0.5) == nil)
    #expect(histogram.mean == nil)
    histogram.add(12.25)
    #expect(histogram.quantile(0) == 12.25)
    #expect(histogram.quantile(0.5) == 12.25)
    #expect(histogram.quantile(1) == 12.25)
  }
}

@Suite("Wait histogram zeros")
struct WaitHistogramZeroTests {
  @Test("contacts answered at once are a point mass at 0: quantiles within them are exactly 0")
  func zeros() throws {
    var histogram = WaitHistogram()
    for _ in 0..<60 { histogram.add(0) }
    for i in 1...40 { histogram.add(Double(i) * 10) }  // 10, 20, ..., 400 s
    #expect(histogram.zeros == 60)
    #expect(histogram.quantile(0.3) == 0)
    #expect(histogram.quantile(0.6) == 0)
    // The 80th percentile is the 20th of the 40 positive waits: 200 s, within one bin.
    let p80 = try #require(histogram.quantile(0.8))
    #expect(abs(p80 - 200) <= 1)
    var merged = WaitHistogram()
    merged.merge(histogram)
    #expect(merged.zeros == 60)
    let rebuilt = WaitHistogram(
      layout: histogram, counts: histogram.counts, zeros: histogram.zeros, sum: histogram.sum,
      minimum: histogram.minimum, maximum: histogram.maximum)
    #expect(rebuilt.quantile(0.5) == 0)
    #expect(rebuilt.quantile(0.8) == histogram.quantile(0.8))
  }
}
