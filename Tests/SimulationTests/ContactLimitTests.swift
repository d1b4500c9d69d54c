import ContactCenter
import Testing

@testable import Simulation

/// Issue 16 item 3: an overloaded scenario with no patience grew its queue ~150 MB/s until
/// the kernel killed it. The simulator now stops at `CompiledModel.contactLimit` contacts in
/// the system with a `QueueOverflow` naming the queue and the day.
@Suite("Contact limit: an overloaded run stops with a typed error")
struct ContactLimitTests {
  /// Voice at `daily` Poisson arrivals a day against no agents and no patience: every
  /// contact stays, so the system holds about daily·t/86,400 contacts after t seconds.
  static func overloaded(daily: Int, days: Int, warmupDays: Int) throws -> ExperimentVariant {
    let text = """
      { "name": "overloaded", "horizon": { "intervalLength": "1h", "days": \(days) },
        "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": \(daily) },
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } },
          { "id": "chat", "kind": "chat", "demand": { "daily": 10 },
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [ { "id": "agents", "tier": 1, "skills": ["voice", "chat"], "staffing": 0,
          "hourlyCost": 30 } ],
        "simulation": { "replications": 2, "seed": 5, "warmupDays": \(warmupDays) } }
      """
    return try ExperimentVariant(name: "overloaded", scenario: scenario(text))
  }

  @Test("3,000 a day against a limit of 4,096 passes it on day 2 (after about 1.37 days)")
  func stopsOnTheDayTheLimitIsPassed() throws {
    var variant = try Self.overloaded(daily: 3000, days: 3, warmupDays: 0)
    variant.model.contactLimit = 4096
    let settings = ExperimentSettings(seed: 5, replications: 2, threads: 2)
    #expect(throws: QueueOverflow.self) { try Experiment.run(variant, settings: settings) }
    do {
      _ = try Experiment.run(variant, settings: settings)
    } catch {
      #expect(error.channel == "voice")
      #expect(error.limit == 4096)
      #expect(error.runDay == 2)
      #expect(
        error.description
          == "voice's queue passed 4,096 contacts on day 2: demand exceeds capacity; staff it or give customers patience"
      )
    }
  }

  @Test("Warm-up days count first: passed on run day 2 with one warm-up day is the horizon's day 1")
  func warmupDaysCountFirst() throws {
    var variant = try Self.overloaded(daily: 3000, days: 2, warmupDays: 1)
    variant.model.contactLimit = 4096
    var simulator = ContactCenterSimulator(model: variant.model, seed: 1, replication: 0)
    let overflow = try #require(simulator.run().overflow)
    #expect(overflow.runDay == 2)
    #expect(overflow.description.contains("on day 1:"))
    variant.model.contactLimit = 2048  // about 0.68 days in: the warm-up day
    var early = ContactCenterSimulator(model: variant.model, seed: 1, replication: 0)
    #expect(early.run().overflow?.description.contains("on warm-up day 1:") == true)
  }

  @Test("Below the limit nothing changes: the same run with the limit doubled succeeds")
  func belowTheLimit() throws {
    var variant = try Self.overloaded(daily: 3000, days: 1, warmupDays: 0)
    // One day brings about 3,000, and the run goes on a day for those still waiting: 6,000.
    variant.model.contactLimit = 16_384
    let summary = try Experiment.run(
      variant, settings: ExperimentSettings(seed: 5, replications: 1, threads: 1))
    let voice = try #require(summary.channels.first)
    #expect(voice.offered.mean > 2500 && voice.offered.mean < 3500)
  }

  @Test("A paired comparison stops too, with the same error")
  func comparisonStops() throws {
    var variant = try Self.overloaded(daily: 3000, days: 3, warmupDays: 0)
    variant.model.contactLimit = 4096
    let settings = ExperimentSettings(seed: 5, replications: 2, threads: 1)
    #expect(throws: QueueOverflow.self) {
      try Experiment.compare([variant, variant], settings: settings)
    }
  }
}
