import ContactCenter
import Foundation
import Testing

@testable import Simulation

@Suite("Experiment: streaming reduction and paired comparisons")
struct ExperimentTests {
  /// A busy voice queue (M/M/c+M at 24 Erlangs), one 24/7 day of 1-hour intervals.
  static func text(agents: Int, channelsSwapped: Bool = false) -> String {
    let voice = """
      { "id": "voice", "kind": "voice", "demand": { "daily": 5760 },
        "handleTime": { "distribution": "exponential", "mean": "360s" },
        "patience": { "distribution": "exponential", "mean": "120s" },
        "sla": { "percent": 80, "within": "20s" } }
      """
    let email = """
      { "id": "email", "kind": "email", "demand": { "daily": 400 },
        "handleTime": { "distribution": "gamma", "mean": "5m", "cv": 0.5 },
        "sla": { "percent": 90, "within": "4h" } }
      """
    let channels = channelsSwapped ? [email, voice] : [voice, email]
    return """
      { "name": "experiment", "horizon": { "intervalLength": "1h", "days": 1 },
        "channels": [\(channels.joined(separator: ", "))],
        "pools": [ { "id": "p", "tier": 1, "skills": ["voice", "email"], "staffing": \(agents),
          "hourlyCost": 20 } ],
        "simulation": { "replications": 20, "seed": 3, "warmupDays": 1 } }
      """
  }

  static func variant(_ agents: Int, swapped: Bool = false) throws -> ExperimentVariant {
    try ExperimentVariant(
      name: "\(agents)", scenario: scenario(text(agents: agents, channelsSwapped: swapped)))
  }

  @Test("The streaming reduction equals the reduction of kept results, at any thread count")
  func streamingEqualsKept() throws {
    let variant = try Self.variant(27)
    let kept = SimulationSummary(
      scenario: variant.scenario, model: variant.model,
      results: SimulationRunner.run(model: variant.model, seed: 4, replications: 12, threads: 1))
    for threads in [1, 2, 5] {
      let streamed = try Experiment.run(
        variant, settings: ExperimentSettings(seed: 4, replications: 12, threads: threads))
      #expect(streamed.channels[0].serviceLevel == kept.channels[0].serviceLevel)
      #expect(streamed.channels[0].asaSeconds == kept.channels[0].asaSeconds)
      #expect(streamed.pools[0].occupancy == kept.pools[0].occupancy)
      #expect(streamed.intervals.map(\.serviceLevel) == kept.intervals.map(\.serviceLevel))
    }
  }

  @Test("The streamed delta-method interval equals the two-pass formula")
  func streamedIntervalMatchesTwoPass() {
    // Independent check of RatioAccumulator against ReplicationEstimate.ratio's two passes.
    var rng = Xoshiro256StarStar(seed: 99)
    var accumulator = RatioAccumulator()
    var xs: [Double] = []
    var ys: [Double] = []
    for _ in 0..<37 {
      let y = 1_000 + 100 * rng.nextDouble()
      let x = 0.8 * y + 30 * (rng.nextDouble() - 0.5)
      xs.append(x)
      ys.append(y)
      accumulator.add(x, y)
    }
    let twoPass = ReplicationEstimate.ratio(numerators: xs, denominators: ys)
    let streamed = accumulator.estimate
    #expect(abs((streamed?.mean ?? 0) - (twoPass?.estimate ?? 1)) < 1e-14)
    #expect(abs((streamed?.ci95 ?? 0) - (twoPass?.halfWidth ?? 1)) < 1e-12)
  }

  @Test("A plan compared with itself differs by exactly zero, with a zero-width interval")
  func selfComparison() throws {
    let variant = try Self.variant(27)
    let comparison = try Experiment.compare(
      [variant, variant], settings: ExperimentSettings(seed: 8, replications: 10, threads: 2))
    #expect(comparison.metrics.count > 10)
    for m in comparison.metrics.indices {
      guard let difference = comparison.difference(variant: 1, metric: m) else { continue }
      #expect(difference.mean == 0, "\(comparison.metrics[m].label)")
      #expect(difference.ci95 == 0, "\(comparison.metrics[m].label)")
    }
  }

  @Test("Common random numbers make a staffing difference's interval at least 3× narrower")
  func pairedIsNarrower() throws {
    let a = try Self.variant(26)
    let b = try Self.variant(28)
    let settings = ExperimentSettings(seed: 12, replications: 20, threads: 2, detail: .headline)
    let paired = try Experiment.compare([a, b], settings: settings)
    let sl = try #require(
      paired.metrics.firstIndex { $0.scope == "voice" && $0.name == "service_level" })
    let pairedWidth = try #require(paired.difference(variant: 1, metric: sl)?.ci95)
    // Independent runs: B on other seeds; the difference's half-width is then
    // √(hw_A² + hw_B²) (independent estimates, equal t multipliers).
    let runA = try Experiment.run(a, settings: settings)
    var other = settings
    other.seed = 1_000
    let runB = try Experiment.run(b, settings: other)
    let widthA = try #require(runA.channels[0].serviceLevel?.ci95)
    let widthB = try #require(runB.channels[0].serviceLevel?.ci95)
    let independentWidth = (widthA * widthA + widthB * widthB).squareRoot()
    #expect(
      independentWidth >= 3 * pairedWidth,
      "independent \(independentWidth) vs paired \(pairedWidth)")
    // The difference itself: two more agents raise the SL.
    let difference = try #require(paired.difference(variant: 1, metric: sl))
    #expect(difference.mean > 2 * pairedWidth)
  }

  @Test("Reordering channels leaves every channel's figures unchanged")
  func reorderedChannels() throws {
    let settings = ExperimentSettings(seed: 5, replications: 6, threads: 2)
    let straight = try Experiment.run(try Self.variant(27), settings: settings)
    let swapped = try Experiment.run(try Self.variant(27, swapped: true), settings: settings)
    for channel in straight.channels {
      let other = try #require(swapped.channels.first { $0.id == channel.id })
      #expect(other.offered == channel.offered, "\(channel.id)")
      #expect(other.serviceLevel == channel.serviceLevel, "\(channel.id)")
      #expect(other.asaSeconds == channel.asaSeconds, "\(channel.id)")
    }
  }

  @Test("The reorder buffer holds at most its window, however many replications run")
  func boundedReorderBuffer() {
    for count in [10, 200] {
      let (sum, maxPending) = ParallelReplications.reduce(
        count: count, threads: 4, window: 3, initial: [Int](),
        body: { index -> Int in
          // Uneven work: every fifth index is slow, so results finish out of order.
          if index % 5 == 0 { usleep(2_000) }
          return index
        },
        combine: { state, value in state.append(value) })
      #expect(sum == Array(0..<count))
      #expect(maxPending <= 3, "count \(count): \(maxPending) results waited")
    }
  }

  @Test("Scaling volume and handle time edits demand and AHT, and a bad factor is refused")
  func scenarioEdit() throws {
    let base = try scenario(Self.text(agents: 27))
    let edited = try ScenarioEdit(volumeFactor: 1.5, ahtFactor: 0.5).apply(to: base)
    #expect(edited.channels[0].totalDemand == 1.5 * base.channels[0].totalDemand)
    #expect(edited.channels[0].handleTime == .exponential(mean: 180))
    #expect(edited.channels[1].handleTime == .gamma(mean: 150, cv: 0.5))
    #expect(throws: ScenarioEditError.self) {
      try ScenarioEdit(ahtFactor: 0).apply(to: base)
    }
  }
}
