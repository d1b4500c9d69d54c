import Testing

@testable import Simulation

@Suite("ReplicationEstimate")
struct ReplicationEstimateTests {
  @Test("Plain mean: V̄ ± t(0.975, 4) · s/√5 for 1 ... 5")
  func plainMean() throws {
    let estimate = try #require(ReplicationEstimate.mean(of: [1, 2, 3, 4, 5]))
    #expect(estimate.estimate == 3)
    // 2.7764451051977934 · √2.5 / √5, computed with Python's statistics module.
    #expect(abs(estimate.halfWidth! - 1.9632431614775607) < 1e-12)
    #expect(estimate.replications == 5)
    #expect(abs(estimate.lower! - (3 - 1.9632431614775607)) < 1e-12)
  }

  @Test("With a constant denominator the delta method is the plain interval of X/Y")
  func constantDenominatorReducesToPlainMean() throws {
    var rng = Xoshiro256StarStar(seed: 31)
    let y = 1_000.0
    let x = (0..<20).map { _ in 700 + 50 * rng.nextDouble() }
    let ratio = try #require(
      ReplicationEstimate.ratio(numerators: x, denominators: [Double](repeating: y, count: 20)))
    let plain = try #require(ReplicationEstimate.mean(of: x.map { $0 / y }))
    #expect(abs(ratio.estimate - plain.estimate) < 1e-14)
    #expect(abs(ratio.halfWidth! - plain.halfWidth!) < 1e-12 * plain.halfWidth!)
  }

  @Test("Delta method on a hand-checked case, and an exact ratio has zero width")
  func deltaMethod() throws {
    let estimate = try #require(
      ReplicationEstimate.ratio(numerators: [8, 9, 7, 10], denominators: [10, 11, 9, 12]))
    // R̂ = 34/42; sd(X − R̂Y) = 0.2459037045211053; t(0.975, 3) = 3.1824463052837078;
    // half-width = t · sd / (10.5 · 2), all computed with Python.
    #expect(abs(estimate.estimate - 34.0 / 42) < 1e-15)
    #expect(abs(estimate.halfWidth! - 0.03726549218613832) < 1e-12)
    let exact = try #require(
      ReplicationEstimate.ratio(numerators: [2, 4, 6], denominators: [1, 2, 3]))
    #expect(exact.estimate == 2)
    #expect(exact.halfWidth! < 1e-15)
  }

  @Test("One replication has no interval; no data or a zero denominator has no estimate")
  func degenerate() throws {
    let single = try #require(ReplicationEstimate.mean(of: [4]))
    #expect(single.estimate == 4 && single.halfWidth == nil && single.upper == nil)
    let singleRatio = try #require(ReplicationEstimate.ratio(numerators: [3], denominators: [4]))
    #expect(singleRatio.estimate == 0.75 && singleRatio.halfWidth == nil)
    #expect(ReplicationEstimate.mean(of: []) == nil)
    #expect(ReplicationEstimate.ratio(numerators: [], denominators: []) == nil)
    #expect(ReplicationEstimate.ratio(numerators: [1, 2], denominators: [0, 0]) == nil)
    #expect(abs(ReplicationEstimate.tMultiplier(replications: 20) - 2.0930240544083087) < 1e-10)
  }
}
