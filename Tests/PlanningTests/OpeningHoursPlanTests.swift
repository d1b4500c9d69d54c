import ContactCenter
import Foundation
import Testing

@testable import Planning

@Suite("Staffing with opening hours per weekday and across midnight")
struct OpeningHoursPlanTests {
  static func voice(_ horizon: String, demand: String, handle: String) -> String {
    """
    {
      "name": "hours",
      "horizon": { "intervalLength": "1h", \(horizon) },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": \(demand),
          "handleTime": { "distribution": "exponential", "mean": "\(handle)" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "hourlyCost": 30 } ]
    }
    """
  }

  @Test("a closed day gets no interval, no agents and no paid hours")
  func closedDay() throws {
    let text = Self.voice(
      """
      "days": 3, "firstWeekday": "mon",
      "hours": { "mon": ["08:00", "09:00"], "tue": "closed", "wed": ["08:00", "09:00"],
        "thu-sun": "closed" }
      """, demand: "{ \"daily\": 100 }", handle: "60s")
    let plan = try StaffingPlanner.plan(try scenario(text))
    // 100 calls an hour at 60 s: A = 1.667 Erlangs in each of the two open hours.
    let reference = referenceErlangC(
      load: 100.0 / 60, handleSeconds: 60, thresholdSeconds: 20, fraction: 0.8)
    #expect(plan.pools[0].netAgents == [reference.agents, reference.agents])
    #expect(plan.days.map(\.day) == [1, 2, 3])
    #expect(plan.days[1].paidHours == 0)
    #expect(plan.days[0].paidHours == Double(reference.agents))
    #expect(plan.days[2].paidHours == Double(reference.agents))
    #expect(plan.channels[0].dayServiceLevel[1] == nil)
  }

  @Test("a night desk is staffed in every open hour, midnight included, as Erlang C says")
  func nightDesk() throws {
    let text = Self.voice(
      "\"open\": \"20:00\", \"close\": \"08:00\", \"days\": 2", demand: "{ \"daily\": 1920 }",
      handle: "180s")
    let decoded = try scenario(text)
    let plan = try StaffingPlanner.plan(decoded)
    let reference = referenceErlangC(
      load: 8, handleSeconds: 180, thresholdSeconds: 20, fraction: 0.8)
    #expect(plan.pools[0].netAgents == Array(repeating: reference.agents, count: 24))
    // Each night belongs to the day it opens on: 12 paid hours a day.
    #expect(plan.days.map(\.paidHours) == [12, 12].map { $0 * Double(reference.agents) })
    #expect(decoded.horizon.label(ofOpenInterval: 4) == "d2 00:00")
  }
}
