import ContactCenter
import Foundation
import Queueing
import Simulation
import Testing

@testable import Planning

@Suite("simulation-based staffing")
struct SimulationStaffingTests {
  /// One 24/7 day of 1-hour intervals of voice at `daily` calls, AHT 300 s, 80/20, with
  /// the patience and extra channel given.
  static func text(
    daily: Int, patience: String = "", extra: String = "", skills: String = "\"voice\""
  )
    -> String
  {
    """
    { "name": "simstaff", "horizon": { "intervalLength": "1h", "days": 1 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": \(daily) },
          "handleTime": { "distribution": "exponential", "mean": "300s" }, \(patience)
          "sla": { "percent": 80, "within": "20s" } } \(extra) ],
      "pools": [ { "id": "p", "tier": 1, "skills": [\(skills)], "hourlyCost": 20 } ],
      "simulation": { "replications": 20, "seed": 4, "warmupDays": 1 } }
    """
  }

  static let settings = SimulationStaffingSettings(replications: 20, seed: 4, threads: 2)

  @Test("Where Erlang C is exact (stationary M/M/c), simulation keeps its answer within one agent")
  func erlangCExact() throws {
    // 5,760 calls a day at 300 s: 20 Erlangs in every hour.
    let scenario = try scenario(Self.text(daily: 5_760))
    // One hour's SL from one replication varies by about 0.3 at 20 Erlangs, so 20
    // replications leave a per-interval SE near 7 points, and one agent is worth 5–8
    // points of SL here (77.2 % at 24, 85.0 % at 25, 90.4 % at 26): 160 replications bring
    // the SE to about 2.4 points, so that straying two agents takes a 4-SE error.
    let settings = SimulationStaffingSettings(replications: 160, seed: 4, threads: 2)
    let result = try SimulationStaffing(
      scenario: scenario, options: StaffingOptions(), settings: settings)
    let erlang = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 20.0 / 300, handleSeconds: 300, model: .erlangC,
      target: StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20)))
    #expect(result.analytic.pools[0].netAgents.allSatisfy { $0 == erlang })
    for (k, agents) in result.verified.pools[0].netAgents.enumerated() {
      #expect(abs(agents - erlang) <= 1, "interval \(k): \(agents) against Erlang C's \(erlang)")
    }
  }

  @Test("With heavy abandonment it needs fewer agents than Erlang C and still meets 80/20")
  func abandonment() throws {
    let scenario = try scenario(
      Self.text(
        daily: 5_760,
        patience: #""patience": { "distribution": "exponential", "mean": "30s" },"#))
    let result = try SimulationStaffing(
      scenario: scenario, options: StaffingOptions(), settings: Self.settings)
    let analytic = result.analytic.pools[0].netAgents.reduce(0, +)
    let verified = result.verified.pools[0].netAgents.reduce(0, +)
    #expect(verified < analytic, "verified \(verified) agent-hours, Erlang C \(analytic)")
    // Judged on the verification seed, the day's service level meets the target.
    let sl = try #require(result.verifiedCheck.channels[0].serviceLevel)
    #expect(sl.mean >= 0.8, "day SL \(sl.mean) ± \(sl.ci95 ?? 0)")
    #expect(result.converged, "\(result.reason)")
  }

  @Test("A target no staffing can reach is reported, not chased")
  func unreachable() throws {
    // 400 emails waiting at the first opening take every agent on line at once (service is
    // non-preemptive and an idle agent takes what waits), so the first interval's voice
    // calls wait however many agents are added.
    let email = """
      , { "id": "email", "kind": "email", "demand": { "daily": 24 },
          "handleTime": { "distribution": "deterministic", "mean": "50m" },
          "sla": { "percent": 90, "within": "24h" }, "initialBacklog": 400 }
      """
    let scenario = try scenario(
      Self.text(daily: 2_880, extra: email, skills: "\"voice\", \"email\"")
        .replacingOccurrences(
          of: "\"days\": 1 }", with: "\"days\": 1, \"open\": \"08:00\", \"close\": \"20:00\" }"
        )
        .replacingOccurrences(of: "\"warmupDays\": 1", with: "\"warmupDays\": 0"))
    var settings = Self.settings
    settings.maxIterations = 15
    let result = try SimulationStaffing(
      scenario: scenario, options: StaffingOptions(), settings: settings)
    #expect(!result.converged)
    #expect(result.reason.contains("unreachable"), "\(result.reason)")
    #expect(result.reason.contains("voice at 08:00"), "\(result.reason)")
  }
}
