import ContactCenter
import Foundation
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let nightName = "M/M/10 across midnight (night desk 20:00–08:00, 8 Erlangs, AHT 180 s)"

  /// A night desk open 20:00–08:00 for 7 nights in hourly intervals: 160 calls an hour
  /// (8 Erlangs at 180 s exponential), 10 agents, nobody abandons.
  static let nightScenario = """
    {
      "name": "night-desk",
      "horizon": { "intervalLength": "1h", "open": "20:00", "close": "08:00", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 1920 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 10,
        "hourlyCost": 30 } ],
      "simulation": { "replications": 20, "seed": 5 }
    }
    """

  /// A night window crosses midnight without a break: from 22:00 to 07:00 (two hours after
  /// an empty opening, about four relaxation times 1 ÷ (μ(√c − √A)²) ≈ 27 min, and before
  /// the last hour, whose pool time includes the drain after closing) the queue is the
  /// stationary M/M/10 of Erlang C: SL(20 s), ASA and occupancy A ÷ c. The hour after
  /// midnight receives λ = 160 calls, as every other hour.
  static func night() throws -> [ValidationCheck] {
    let agents = 10
    let load = 8.0
    let handle = 180.0
    let simulated = try run(scenario(nightScenario), replications: 20, seed: 5)
    let model = simulated.model
    let measured = (0..<model.horizonIntervals).filter { (2..<11).contains($0 % 12) }
    func sum(_ r: ReplicationResult, _ value: (TierCounters) -> Double) -> Double {
      measured.reduce(0) { $0 + value(r.tiers[$1 * model.tierCount]) }
    }
    let serviceLevel = simulated.results.map { sum($0, \.answeredWithinT) / sum($0, \.offered) }
    let asa = simulated.results.map { sum($0, \.waitSum) / sum($0, \.answered) }
    let occupancy = simulated.results.map { r in
      measured.reduce(0) { $0 + r.pools[$1].busySeconds }
        / measured.reduce(0) { $0 + r.pools[$1].presentSeconds }
    }
    let afterMidnight = simulated.results.flatMap { r in
      (0..<model.horizonIntervals).filter { $0 % 12 == 4 }.map {
        r.tiers[$0 * model.tierCount].offered
      }
    }
    let exactSL = try ErlangC.serviceLevel(
      agents: agents, offeredLoad: load, handleSeconds: handle, thresholdSeconds: 20)
    let exactASA = try ErlangC.averageSpeedOfAnswer(
      agents: agents, offeredLoad: load, handleSeconds: handle)
    return [
      ValidationCheck(
        nightName, "SL(20 s), 22:00–07:00", estimate: .mean(serviceLevel), exact: exactSL,
        maxHalfWidth: 0.02),
      ValidationCheck(
        nightName, "ASA (s), 22:00–07:00", estimate: .mean(asa), exact: exactASA,
        maxHalfWidth: 0.15 * exactASA),
      ValidationCheck(
        nightName, "occupancy = A ÷ c, 22:00–07:00", estimate: .mean(occupancy),
        exact: load / Double(agents), maxHalfWidth: 0.01),
      ValidationCheck(
        nightName, "offered 00:00–01:00", estimate: .mean(afterMidnight), exact: 160,
        maxHalfWidth: 4),
    ]
  }
}

@Suite("Validation: opening hours across midnight")
struct OpeningHoursValidationTests {
  @Test("a night window is one stationary M/M/c through midnight (Erlang C within 4 SE)")
  func night() throws {
    expectAll(try ValidationCases.night())
  }
}

@Suite("Opening hours in the simulator")
struct OpeningHoursSimulationTests {
  @Test("labels and agents follow the night window: 10 agents on line 00:00–01:00")
  func nightLabels() throws {
    let decoded = try scenario(ValidationCases.nightScenario)
    #expect(decoded.horizon.label(ofOpenInterval: 3) == "d1 23:00")
    #expect(decoded.horizon.label(ofOpenInterval: 4) == "d2 00:00")
    let simulated = try run(decoded, replications: 2, seed: 3)
    for r in simulated.results {
      // Interval 4 is 00:00–01:00 of the first night: 10 agents × 3,600 s.
      #expect(abs(r.pools[4].presentSeconds - 36_000) < 1e-6)
    }
  }

  /// Monday and Wednesday open 08:00–09:00, Tuesday (and the rest of the week) closed.
  static let closedDay = """
    {
      "name": "closed-day",
      "horizon": { "intervalLength": "1h", "days": 3, "firstWeekday": "mon",
        "hours": { "mon": ["08:00", "09:00"], "tue": "closed", "wed": ["08:00", "09:00"],
          "thu-sun": "closed" } },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 100 },
          "handleTime": { "distribution": "exponential", "mean": "60s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 50,
        "hourlyCost": 30 } ]
    }
    """

  @Test("a closed day has no interval, no arrivals and no agents on line")
  func closedDay() throws {
    let decoded = try scenario(Self.closedDay)
    #expect(decoded.horizon.openIntervals == 2)
    #expect(decoded.horizon.openIntervals(ofDay: 1).isEmpty)
    let replications = 40
    let simulated = try run(decoded, replications: replications, seed: 9)
    let offered = simulated.tierTotals(channel: 0, tier: 0).map(\.offered)
    for (r, result) in simulated.results.enumerated() {
      // Every contact the run generated arrived in a counted (open) interval: a Tuesday
      // arrival would be simulated without being counted.
      #expect(Double(result.simulatedContacts) == offered[r])
      // 50 agents × 2 open hours, plus at most 10 minutes of drain after each closing.
      let onLine = result.pools.map(\.presentSeconds).reduce(0, +)
      #expect(onLine >= 50 * 7_200 - 1e-6 && onLine <= 50 * 7_200 + 50 * 1_200, "\(onLine)")
    }
    // Poisson(200) per replication: the mean of 40 has standard error √(200 ÷ 40) ≈ 2.2.
    let mean = offered.reduce(0, +) / Double(replications)
    #expect(abs(mean - 200) <= 4 * (200.0 / Double(replications)).squareRoot(), "\(mean)")
  }
}
