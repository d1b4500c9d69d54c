import Testing

@testable import Simulation

@Suite("Welford")
struct WelfordTests {
  /// Two-pass mean and sample variance, the textbook oracle.
  private static func twoPass(_ values: [Double]) -> (mean: Double, variance: Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let ss = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (mean, ss / Double(values.count - 1))
  }

  @Test("Matches the two-pass mean and variance, even far from zero")
  func matchesTwoPass() {
    var rng = Xoshiro256StarStar(seed: 8)
    for offset in [0.0, 1e9] {
      let values = (0..<10_000).map { _ in offset + rng.nextDouble() * 10 }
      let stats = Welford(values)
      let oracle = Self.twoPass(values)
      #expect(stats.count == 10_000)
      #expect(abs(stats.mean - oracle.mean) <= 1e-12 * Swift.max(1, abs(oracle.mean)))
      #expect(abs(stats.variance! - oracle.variance) <= 1e-6 * oracle.variance)
    }
  }

  @Test("Merging equals adding everything to one accumulator")
  func mergeIsExact() {
    var rng = Xoshiro256StarStar(seed: 9)
    let values = (0..<1_000).map { _ in rng.nextDouble() * 100 - 20 }
    let whole = Welford(values)
    for split in [0, 1, 17, 500, 999, 1_000] {
      var left = Welford(values[..<split])
      left.merge(Welford(values[split...]))
      #expect(left.count == whole.count)
      #expect(abs(left.mean - whole.mean) <= 1e-12 * abs(whole.mean))
      #expect(abs(left.variance! - whole.variance!) <= 1e-10 * whole.variance!)
    }
  }

  @Test("Empty and single-observation accumulators have no sample variance")
  func smallCounts() {
    var stats = Welford()
    #expect(stats.variance == nil)
    #expect(stats.populationVariance == nil)
    #expect(stats.standardError == nil)
    stats.add(5)
    #expect(stats.mean == 5)
    #expect(stats.variance == nil)
    #expect(stats.populationVariance == 0)
    stats.add(7)
    #expect(stats.variance == 2)
    #expect(stats.standardError == 1)
  }
}
