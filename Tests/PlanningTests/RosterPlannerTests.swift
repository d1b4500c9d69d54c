import ContactCenter
import Foundation
import Testing

@testable import Planning

@Suite("schedule: rosters against hand-solved instances and every example scenario")
struct RosterPlannerTests {
  /// A 4-hour day (08:00–12:00) of 15-minute intervals, one pool at 10 an hour, shifts as
  /// given.
  static func day(shifts: String) throws -> Scenario {
    try scenario(
      """
      { "name": "four-hours",
        "horizon": { "intervalLength": "15m", "open": "08:00", "close": "12:00", "days": 1 },
        "channels": [{ "id": "voice", "kind": "voice", "demand": { "daily": 100 },
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } }],
        "pools": [{ "id": "agents", "tier": 1, "skills": ["voice"], "hourlyCost": 10 }],
        "shifts": \(shifts) }
      """)
  }

  /// 2-hour shifts starting every 15 minutes; 2 agents 08:00–09:00, 4 to 11:00, 1 in the
  /// last hour. Only the 08:00 start covers 08:00 and no shift covers both 08:45 and 10:45,
  /// so at least 2 + 4 = 6 shifts are needed; 08:00, 09:00 and 10:00 × 2 do it: 12 paid
  /// hours, 120 at 10 an hour, against 44 required intervals = 11 hours.
  @Test func fourHourDayOfTwoHourShifts() throws {
    let scenario = try Self.day(shifts: #"[{ "id": "two-hours", "length": "2h" }]"#)
    let requirement = [[2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1]]
    let roster = try RosterPlanner.schedule(scenario, requirement: requirement)
    #expect(roster.cost == 120)
    #expect(abs(roster.lowerBound - 120) < 1e-9)
    #expect(roster.gap == 0)
    #expect(roster.paidHours == 12)
    #expect(roster.requiredPaidHours == 11)
    #expect(abs(roster.efficiency - 11.0 / 12) < 1e-12)
    #expect(roster.shortfalls().isEmpty)
    #expect(roster.integralSubproblems == 1, "an interval matrix: the LP optimum is whole")
    #expect(roster.entries.reduce(0) { $0 + $1.count } == 6)
  }

  /// One agent needed all morning except 10:00–10:15; a 4-hour shift whose 15-minute
  /// unpaid break must start 2 h in covers it exactly: present everywhere but 10:00, paid
  /// 3.75 h (37.5), and the replayed headcount is the agents present.
  @Test func unpaidBreakIsOffLineAndUnpaid() throws {
    let scenario = try Self.day(
      shifts: """
        [{ "id": "morning", "length": "4h",
           "breaks": [{ "length": "15m", "paid": false, "after": "2h", "before": "2h" }] }]
        """)
    var requirement = [[Int](repeating: 1, count: 16)]
    requirement[0][8] = 0
    let roster = try RosterPlanner.schedule(scenario, requirement: requirement)
    #expect(roster.cost == 37.5)
    #expect(roster.present == requirement)
    #expect(roster.replayHeadcount == requirement)
    #expect(roster.paid[0][8] == 0)
    #expect(roster.efficiency == 1)
  }

  /// The same break paid: off line at 10:00 but paid, 4 h, 40.
  @Test func paidBreakIsOffLineButPaid() throws {
    let scenario = try Self.day(
      shifts: """
        [{ "id": "morning", "length": "4h",
           "breaks": [{ "length": "15m", "paid": true, "after": "2h", "before": "2h" }] }]
        """)
    var requirement = [[Int](repeating: 1, count: 16)]
    requirement[0][8] = 0
    let roster = try RosterPlanner.schedule(scenario, requirement: requirement)
    #expect(roster.cost == 40)
    #expect(roster.present[0][8] == 0 && roster.paid[0][8] == 1)
    #expect(roster.intervalCost()[0].reduce(0, +) == 40)
  }

  @Test func withoutShiftsTheErrorSaysHowToAddThem() throws {
    var plain = try Self.day(shifts: #"[{ "id": "x", "length": "1h" }]"#)
    plain.shifts = nil
    #expect(throws: ScheduleError.noShifts) {
      try RosterPlanner.schedule(plain, requirement: [[1]])
    }
    #expect(ScheduleError.noShifts.description.contains("\"shifts\": [{"))
  }

  @Test func maxTooSmallIsInfeasible() throws {
    let scenario = try Self.day(shifts: #"[{ "id": "x", "length": "4h", "max": 1 }]"#)
    #expect(throws: ScheduleError.infeasible(pool: "agents", day: nil)) {
      try RosterPlanner.schedule(scenario, requirement: [[Int](repeating: 2, count: 16)])
    }
  }

  static let examples = ["saas-helpdesk-tiers.json", "telecom-multichannel.json"]

  /// Every example scenario with shifts: the roster covers every interval's requirement,
  /// its cost is the sum of its shifts' costs, the bound is below it, and the gap is
  /// cost ÷ bound − 1.
  @Test(arguments: examples) func exampleRosterCovers(file: String) throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/\(file)").path
    let scenario = try ScenarioLoader.load(path: path).scenario
    let plan = try StaffingPlanner.plan(scenario)
    let requirement = RosterPlanner.requirement(of: plan)
    let roster = try RosterPlanner.schedule(
      scenario, requirement: requirement, timeLimitSeconds: 20)
    #expect(roster.shortfalls().isEmpty)
    let recomputed = roster.entries.reduce(0.0) { $0 + $1.column.cost * Double($1.count) }
    #expect(abs(recomputed - roster.cost) < 1e-6 * roster.cost)
    #expect(abs(roster.intervalCost().joined().reduce(0, +) - roster.cost) < 1e-6 * roster.cost)
    #expect(roster.lowerBound <= roster.cost + 1e-6)
    #expect(roster.gap == roster.cost / roster.lowerBound - 1)
    // Required paid hours are the plan's own.
    #expect(abs(roster.requiredPaidHours - plan.totals.paidHours) < 1e-6)
    if file == "saas-helpdesk-tiers.json" { #expect(roster.gap <= 0.01) }
  }
}
