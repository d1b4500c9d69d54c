import ContactCenter
import Testing

@testable import Simulation

/// The day-SL distribution: nearest-rank percentiles on known values, and, on a one-day
/// horizon, exactly the replications' own service levels.
struct DayServiceLevelsTests {
  @Test func nearestRankOnKnownValues() throws {
    // 0.01, 0.02, …, 1.00 in shuffled order: the p-th percentile is p itself.
    let values = (1...100).map { Double(($0 * 37) % 100 + 1) / 100 }
    let days = try #require(DayServiceLevels(values: values, target: 0.8))
    #expect(days.days == 100)
    #expect(days.p10 == 0.10 && days.p50 == 0.50 && days.p90 == 0.90)
    #expect(days.shareMeetingTarget == 0.21)  // 0.80 … 1.00
    let one = try #require(DayServiceLevels(values: [0.7], target: 0.8))
    #expect(one.p10 == 0.7 && one.p90 == 0.7 && one.shareMeetingTarget == 0)
    #expect(DayServiceLevels(values: [], target: 0.8) == nil)
  }

  @Test func oneDayHorizonGivesEachReplicationsServiceLevel() throws {
    let scenario = try scenario(
      """
      { "name": "days", "horizon": { "intervalLength": "1h", "open": "08:00", "close": "12:00" },
        "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": 400 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [ { "id": "p", "tier": 1, "skills": ["voice"], "staffing": 6 } ],
        "demandUncertainty": { "dayFactorCV": 0.2 },
        "simulation": { "replications": 30, "seed": 3 } }
      """)
    let summary = try Experiment.run(
      try ExperimentVariant(name: "days", scenario: scenario),
      settings: ExperimentSettings(seed: 3, replications: 30, threads: 2))
    let days = try #require(summary.channels[0].dayServiceLevels)
    let levels = summary.replications.map { $0.answeredWithinT / $0.offered }.sorted()
    #expect(days.days == 30)
    #expect(days.p10 == levels[2] && days.p50 == levels[14] && days.p90 == levels[26])
    let meeting = levels.filter { $0 >= 0.8 }.count
    #expect(days.shareMeetingTarget == Double(meeting) / 30)
  }
}
