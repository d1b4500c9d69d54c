import ContactCenter
import Testing

@testable import Simulation

/// Returns a one-day 24/7 scenario of one channel of `kind` (chat: concurrency 3, factor 1)
/// with 600 s exponential handle times, `daily` contacts and a staffing array of one day.
private func staffingScenario(
  kind: String, daily: Int, staffing: [Int], warmupDays: Int = 1
) -> String {
  let concurrency =
    kind == "chat" ? #""concurrency": { "max": 3, "handleTimeFactor": [1, 1, 1] },"# : ""
  return """
    {
      "name": "staffing-drop",
      "description": "Staffing changes under load.",
      "horizon": { "intervalLength": "15m", "days": 1 },
      "channels": [
        { "id": "c", "kind": "\(kind)", "demand": { "daily": \(daily) }, \(concurrency)
          "handleTime": { "distribution": "exponential", "mean": "600s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "p", "tier": 1, "skills": ["c"],
          "staffing": [\(staffing.map(String.init).joined(separator: ", "))], "hourlyCost": 30 }
      ],
      "simulation": { "replications": 4, "seed": 1, "warmupDays": \(warmupDays) }
    }
    """
}

@Suite("Validation: staffing drops")
struct StaffingValidationTests {
  /// DESIGN.md: when staffing drops, idle agents leave first, then busy ones as they finish.
  /// Under a load that keeps every slot busy, a chat agent always holds chats, so it must
  /// stop taking new ones to leave. Four hours after the drop from 10 to 5 agents, every
  /// leaving agent has finished (a leaving agent holds at most 3 chats of mean 600 s: the
  /// chance that one is still open after 4 hours is about 3·e^−24), so exactly 5 remain.
  @Test("After a drop, busy agents (chat included) finish and leave: exactly the new headcount")
  func dropUnderLoad() throws {
    let staffing = Array(repeating: 10, count: 48) + Array(repeating: 5, count: 48)
    for (kind, daily) in [("voice", 3_600), ("chat", 10_000)] {
      let text = staffingScenario(kind: kind, daily: daily, staffing: staffing)
      let simulated = try run(scenario(text), replications: 4, seed: 1)
      let onLine = simulated.summary.poolIntervals.map(\.agentsOnLine.mean)
      #expect(onLine[47] == 10, "\(kind): agents on line before the drop")
      for k in 64..<96 {
        #expect(onLine[k] == 5, "\(kind): agents on line in interval \(k): \(onLine[k])")
      }
    }
  }

  /// Staffing that alternates 10, 5, 10, ... cancels pending departures and brings leaving
  /// chat agents back; no contact may be lost and no more agents than scheduled come on line
  /// in the intervals of 10.
  @Test("Alternating staffing keeps every contact and never exceeds the headcount")
  func alternating() throws {
    let staffing = (0..<96).map { $0 % 2 == 0 ? 10 : 5 }
    for (kind, daily) in [("voice", 3_600), ("chat", 6_000)] {
      let text = staffingScenario(kind: kind, daily: daily, staffing: staffing)
      let simulated = try run(scenario(text), replications: 4, seed: 1)
      let offered = simulated.tierTotals(channel: 0, tier: 0).map(\.offered)
      let journeys = simulated.journeyTotals(channel: 0)
      for r in simulated.results.indices {
        let accounted =
          journeys[r].handled + journeys[r].abandoned + simulated.results[r].inSystemAtEnd[0]
        #expect(offered[r] == accounted, "\(kind): replication \(r)")
      }
      for k in stride(from: 0, to: 96, by: 2) {
        let onLine = simulated.summary.poolIntervals[k].agentsOnLine.mean
        #expect(onLine == 10, "\(kind): agents on line in interval \(k): \(onLine)")
      }
    }
  }

  /// Agents coming on line take waiting work, and a chat agent fills every free slot from
  /// the queue before any later arrival: first come, first served. Here chat demand
  /// (about 69 Erlangs) far exceeds capacity all day, so from mid-morning the queue never
  /// empties; staffing rises from 2 to 4 agents at noon. No contact entering after noon can
  /// then be answered on arrival (SL with `within` 0 s counts exactly those), unless a
  /// new agent's free slots were left to later arrivals instead of waiting chats.
  @Test("New chat agents fill all their slots from the queue before later arrivals")
  func newAgentsFillSlotsFromQueue() throws {
    let staffing = Array(repeating: 2, count: 48) + Array(repeating: 4, count: 48)
    let text = staffingScenario(kind: "chat", daily: 10_000, staffing: staffing, warmupDays: 0)
    var decoded = try scenario(text)
    decoded.channels[0].sla.withinSeconds = 0
    let simulated = try run(decoded, replications: 4, seed: 1)
    for (r, result) in simulated.results.enumerated() {
      let answeredOnArrival = (48..<96).reduce(0.0) { $0 + result.tiers[$1].answeredWithinT }
      #expect(answeredOnArrival == 0, "replication \(r): chats answered on arrival after noon")
    }
  }
}
