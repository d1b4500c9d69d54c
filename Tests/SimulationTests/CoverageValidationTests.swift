import ContactCenter
import Foundation
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let coverageName = "Coverage (400 runs × 5 replications of 1 day of M/M/10, 8 Erlangs)"

  /// A small M/M/10 queue at 8 Erlangs (160 calls an hour, AHT 180 s), 24/7 for one counted
  /// day after one warm-up day.
  ///
  /// Start-up bias: each replication starts empty one day before the counted day. The
  /// spectral gap of M/M/c is about μ·(√c − √A)², so the relaxation time is about
  /// 180 s ÷ (√10 − √8)² ≈ 27 minutes and after 24 hours the distance from steady state is
  /// of order e^−50; the counted day is also cyclic (wrap-up follows every counted contact
  /// to its end), so no contact is cut off. The ratio estimator's own bias is O(1 ÷ N) with
  /// N ≈ 19,000 contacts per run, about 10⁻⁴, against half-widths of about 0.02. The
  /// coverage is therefore that of the interval itself.
  static let coverageScenario = """
    {
      "name": "coverage-validation",
      "description": "M/M/10 at 8 Erlangs, one day after a warm-up day.",
      "horizon": { "intervalLength": "15m", "days": 1 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 3840 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 10, "hourlyCost": 30 }
      ],
      "simulation": { "replications": 5, "seed": 1, "warmupDays": 1 }
    }
    """

  /// The number of independent runs.
  static let coverageRuns = 400
  /// The significance level of the two-sided binomial test, fixed in advance.
  static let coverageAlpha = 0.01

  /// Returns how many of `coverageRuns` runs (base seeds 10,000 + i, 5 replications each)
  /// have a reported 95 % interval of SL(20 s) that covers the exact Erlang C value.
  static func coverageCount() throws -> Int {
    let decoded = try scenario(coverageScenario)
    let model = try CompiledModel(scenario: decoded)
    let exact = try ErlangC.serviceLevel(
      agents: 10, offeredLoad: 8, handleSeconds: 180, thresholdSeconds: 20)
    let covered = ParallelReplications.run(count: coverageRuns, threads: 2) { i in
      let results = SimulationRunner.run(
        model: model, seed: UInt64(10_000 + i), replications: 5, threads: 1)
      let summary = SimulationSummary(scenario: decoded, model: model, results: results)
      guard let level = summary.channels[0].serviceLevel, let halfWidth = level.ci95 else {
        return false
      }
      return abs(level.mean - exact) <= halfWidth
    }
    return covered.filter { $0 }.count
  }

  /// Returns the counts a two-sided exact binomial test at level `alpha` accepts for
  /// `trials` draws of probability `p`: those whose lower and upper tail probabilities
  /// both exceed alpha ÷ 2.
  static func binomialAcceptance(trials: Int, p: Double, alpha: Double) -> ClosedRange<Int> {
    let n = Double(trials)
    let pmf = (0...trials).map { k -> Double in
      let x = Double(k)
      let logChoose: Double = lgamma(n + 1) - lgamma(x + 1) - lgamma(n - x + 1)
      let logPowers: Double = x * log(p) + (n - x) * log1p(-p)
      return exp(logChoose + logPowers)
    }
    var lower = 0
    var tail = 0.0
    while tail + pmf[lower] <= alpha / 2 {
      tail += pmf[lower]
      lower += 1
    }
    var upper = trials
    tail = 0
    while tail + pmf[upper] <= alpha / 2 {
      tail += pmf[upper]
      upper -= 1
    }
    return lower...upper
  }

  /// The coverage row of the validation table.
  static func coverageRow() throws -> ValidationRow {
    let covered = try coverageCount()
    let accepted = binomialAcceptance(trials: coverageRuns, p: 0.95, alpha: coverageAlpha)
    return ValidationRow(
      caseName: coverageName, quantity: "share of 95 % intervals of SL(20 s) covering Erlang C",
      simulated:
        "\(covered) / \(coverageRuns) = \(format(Double(covered) / Double(coverageRuns), 4))",
      exact:
        "0.95 (binomial test, α = \(coverageAlpha): accept \(accepted.lowerBound)–\(accepted.upperBound))",
      score: "—", passes: accepted.contains(covered))
  }
}

@Suite("Validation: confidence-interval coverage")
struct CoverageValidationTests {
  @Test("The binomial acceptance region matches a hand computation")
  func acceptanceRegion() {
    // Bin(400, 0.95), summed exactly with Python's math.comb: P(X ≤ 367) = 0.00377 and
    // P(X ≤ 368) = 0.00666; P(X ≥ 391) = 0.00423 and P(X ≥ 390) = 0.00940. So α = 0.01
    // (0.005 in each tail) accepts 368 ... 390.
    #expect(ValidationCases.binomialAcceptance(trials: 400, p: 0.95, alpha: 0.01) == 368...390)
  }

  @Test("Reported 95 % intervals cover the exact service level at a rate consistent with 95 %")
  func coverage() throws {
    let row = try ValidationCases.coverageRow()
    #expect(row.passes, "\(row.simulated), expected \(row.exact)")
  }
}
