import Foundation
import Testing

@testable import ContactCenter

/// A scenario with the given horizon members (JSON, without braces) and demand.
func hoursScenario(_ horizon: String, demand: String = "{ \"daily\": 100 }") -> String {
  """
  {
    "name": "hours",
    "horizon": { "intervalLength": "1h", \(horizon) },
    "channels": [
      { "id": "voice", "kind": "voice", "demand": \(demand),
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } }
    ],
    "pools": [ { "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 5, "hourlyCost": 20 } ]
  }
  """
}

/// The weekly form used below: weekdays 08:00–20:00, Saturday 09:00–13:00, Sunday closed.
let weekHours = """
  "hours": { "mon-fri": ["08:00", "20:00"], "sat": ["09:00", "13:00"], "sun": "closed" }
  """

@Suite("Opening hours per weekday and across midnight")
struct OpeningHoursTests {
  @Test("a week from Monday: 5 × 12 + 4 hourly intervals, labels at the real day and time")
  func weekFromMonday() throws {
    let horizon = try decodeScenario(hoursScenario("\"days\": 7, " + weekHours)).horizon
    // Hand count: Monday–Friday 08:00–20:00 are 12 hours each, Saturday 09:00–13:00 is 4,
    // Sunday none: 64 counted intervals.
    #expect(horizon.openIntervals == 64)
    #expect(horizon.windows.map(\.day) == [0, 1, 2, 3, 4, 5])
    #expect(horizon.openIntervalsPerOpenDay == nil)
    #expect(horizon.label(ofOpenInterval: 0) == "d1 08:00")
    #expect(horizon.label(ofOpenInterval: 11) == "d1 19:00")
    #expect(horizon.label(ofOpenInterval: 12) == "d2 08:00")
    #expect(horizon.label(ofOpenInterval: 60) == "d6 09:00")
    #expect(horizon.label(ofOpenInterval: 63) == "d6 12:00")
    #expect(horizon.startSeconds(ofOpenInterval: 60) == 5 * 86_400 + 9 * 3_600)
    #expect(horizon.openIntervals(ofDay: 6).isEmpty)
    #expect(horizon.openIntervals(ofDay: 5) == 60..<64)
    #expect(horizon.day(ofOpenInterval: 59) == 4)
  }

  @Test("the start date sets the weekday of day 0: from a Wednesday, Sunday is day 5")
  func weekFromWednesday() throws {
    // 2027-03-03 is a Wednesday: Wed, Thu, Fri (12 each), Sat (4), Sun closed, Mon, Tue.
    let horizon = try decodeScenario(
      hoursScenario("\"days\": 7, \"startDate\": \"2027-03-03\", " + weekHours)
    ).horizon
    #expect(horizon.firstWeekday == .wednesday)
    #expect(horizon.openIntervals == 64)
    #expect(horizon.label(ofOpenInterval: 36) == "2027-03-06 09:00")
    #expect(horizon.label(ofOpenInterval: 40) == "2027-03-08 08:00")
    #expect(horizon.openIntervals(ofDay: 4).isEmpty)
    let sat = try decodeScenario(
      hoursScenario("\"days\": 2, \"firstWeekday\": \"sat\", " + weekHours))
    #expect(sat.horizon.openIntervals == 4)
    #expect(sat.horizon.label(ofOpenInterval: 3) == "d1 12:00")
  }

  @Test("a night desk 20:00–08:00: each window belongs to its opening day, labels cross midnight")
  func acrossMidnight() throws {
    let horizon = try decodeScenario(
      hoursScenario("\"open\": \"20:00\", \"close\": \"08:00\", \"days\": 2")
    ).horizon
    #expect(horizon.openIntervals == 24)
    #expect(horizon.openIntervalsPerOpenDay == 12)
    #expect(horizon.windows.map(\.day) == [0, 1])
    #expect(horizon.label(ofOpenInterval: 3) == "d1 23:00")
    #expect(horizon.label(ofOpenInterval: 4) == "d2 00:00")
    #expect(horizon.label(ofOpenInterval: 11) == "d2 07:00")
    #expect(horizon.label(ofOpenInterval: 12) == "d2 20:00")
    #expect(horizon.label(ofOpenInterval: 23) == "d3 07:00")
    #expect(horizon.day(ofOpenInterval: 16) == 1)
    // One day crossing midnight still names its days.
    let one = try decodeScenario(hoursScenario("\"open\": \"22:00\", \"close\": \"02:00\"")).horizon
    #expect(
      (0..<4).map { one.label(ofOpenInterval: $0) } == [
        "d1 22:00", "d1 23:00", "d2 00:00", "d2 01:00",
      ])
  }

  @Test("demand: one total per open day by weekday profile; closed days get none")
  func weekdayDemand() throws {
    let demand = """
      { "daily": [120, 0, 0, 0, 0, 40, 0],
        "profile": { "mon-fri": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "sat": [1, 3, 0, 0] } }
      """
    let channel = try decodeScenario(hoursScenario("\"days\": 7, " + weekHours, demand: demand))
      .channels[0]
    #expect(channel.demand.count == 64)
    #expect(channel.demand[0] == 10)  // 120 over 12 equal weights
    #expect(channel.demand[12] == 0)  // Tuesday's total is 0
    #expect(Array(channel.demand[60..<64]) == [10, 30, 0, 0])  // 40 by 1:3:0:0
    // No profile: each open day's intervals share its total equally.
    let flat = try decodeScenario(hoursScenario("\"days\": 7, " + weekHours)).channels[0]
    #expect(flat.demand[0] == 100.0 / 12 && flat.demand[63] == 25)
    #expect(flat.demand.reduce(0, +).rounded() == 600)
  }

  static let mistakes: [Mistake] = [
    Mistake(
      name: "overlapping windows (Saturday night runs into Sunday morning)",
      original: "\"sat\": [\"09:00\", \"13:00\"], \"sun\": \"closed\"",
      replacement: "\"sat\": [\"20:00\", \"08:00\"], \"sun\": [\"06:00\", \"10:00\"]",
      path: "horizon.hours.sun",
      words: ["expected sun to open at or after sat's window closes", "found sun opening at 06:00"]),
    Mistake(
      name: "a window of 24 h written as open = close",
      original: "\"sat\": [\"09:00\", \"13:00\"]", replacement: "\"sat\": [\"09:00\", \"09:00\"]",
      path: "horizon.hours.sat[1]",
      words: ["closing time other than the opening time 09:00", "[\"00:00\", \"24:00\"]"]),
    Mistake(
      name: "unknown weekday name", original: "\"sun\": \"closed\"",
      replacement: "\"sunday\": \"closed\"", path: "horizon.hours.sunday",
      words: ["expected a day of the week", "found 'sunday'", "did you mean 'sun'?"]),
    Mistake(
      name: "a day given twice", original: "\"sat\": [\"09:00\", \"13:00\"]",
      replacement: "\"fri-sat\": [\"09:00\", \"13:00\"]", path: "horizon.hours.fri-sat",
      words: ["each day of the week once", "found fri again (already in 'mon-fri')"]),
    Mistake(
      name: "a missing day", original: ", \"sun\": \"closed\"", replacement: "",
      path: "horizon.hours", words: ["every day of the week, missing sun"]),
    Mistake(
      name: "hours neither a pair nor closed", original: "\"sun\": \"closed\"",
      replacement: "\"sun\": \"shut\"", path: "horizon.hours.sun",
      words: ["[\"HH:MM\", \"HH:MM\"]", "or \"closed\"", "found the string \"shut\""]),
    Mistake(
      name: "a window off the interval grid", original: "[\"09:00\", \"13:00\"]",
      replacement: "[\"09:30\", \"13:00\"]", path: "horizon.hours.sat[0]",
      words: ["interval boundary", "09:30"]),
  ]

  @Test("bad hours name the field, what was expected and what was found", arguments: mistakes)
  func badHours(_ mistake: Mistake) throws {
    let text = hoursScenario("\"days\": 7, " + weekHours)
    #expect(text.components(separatedBy: mistake.original).count == 2, "ambiguous edit")
    let found = issues(text.replacingOccurrences(of: mistake.original, with: mistake.replacement))
    let issue = try #require(found.first { $0.path == mistake.path }, "\(found)")
    #expect(issue.file == "test.json")
    #expect(issue.position != nil)
    for word in mistake.words { #expect(issue.message.contains(word), "\(issue.message)") }
  }

  @Test("shapes that do not fit the hours are refused with the rule")
  func badShapes() throws {
    func first(_ text: String) -> ScenarioIssue? { issues(text).first }
    let both = first(hoursScenario("\"open\": \"08:00\", \"close\": \"20:00\", " + weekHours))
    #expect(both?.path == "horizon.hours" && both?.message.contains("found both") == true)
    let array = first(
      hoursScenario("\"days\": 7, " + weekHours, demand: "{ \"daily\": 10, \"profile\": [1, 2] }"))
    #expect(array?.path == "channels[0].demand.profile")
    #expect(array?.message.contains("open days differ in length (mon 12, sat 4 intervals)") == true)
    let closedTotal = first(
      hoursScenario("\"days\": 7, " + weekHours, demand: "{ \"daily\": [1, 1, 1, 1, 1, 1, 5] }"))
    #expect(closedTotal?.path == "channels[0].demand.daily[6]")
    #expect(
      closedTotal?.message.contains("day 7 (a sun, closed in horizon.hours), found 5") == true)
    let oneDay = first(hoursScenario("\"days\": 7, " + weekHours, demand: "[1, 2, 3]"))
    #expect(oneDay?.path == "channels[0].demand")
    #expect(oneDay?.message.contains("expected 64 demand values") == true)
    let missingSat = first(
      hoursScenario(
        "\"days\": 7, " + weekHours,
        demand: "{ \"daily\": 10, \"profile\": { \"mon-fri\": [1,1,1,1,1,1,1,1,1,1,1,1] } }"))
    #expect(missingSat?.message.contains("missing sat") == true)
    let weekday = first(
      hoursScenario(
        "\"days\": 7, \"startDate\": \"2027-03-03\", \"firstWeekday\": \"mon\", " + weekHours))
    #expect(weekday?.path == "horizon.firstWeekday")
    #expect(weekday?.message.contains("2027-03-03 (wed), found 'mon'") == true)
    let closed = first(
      hoursScenario(
        "\"days\": 1, \"hours\": { \"mon-sat\": \"closed\", \"sun\": [\"08:00\", \"09:00\"] }"))
    #expect(closed?.message.contains("at least one open day") == true)
  }

  @Test("a horizon built in code gets the same checks as a file")
  func validatedInCode() throws {
    var scenario = try decodeScenario(hoursScenario("\"days\": 7, " + weekHours))
    var week: [DailyHours?] = Array(
      repeating: DailyHours(openSeconds: 28_800, closeSeconds: 72_000), count: 7)
    // Monday 20:00 to Tuesday 10:00, and Tuesday opens at 08:00.
    week[0] = DailyHours(openSeconds: 72_000, closeSeconds: 36_000)
    scenario.horizon.hours = .weekly(week, firstWeekday: nil)
    scenario.channels[0].demand = Array(repeating: 1, count: scenario.horizon.openIntervals)
    scenario.pools[0].staffing = Array(repeating: 5, count: scenario.horizon.openIntervals)
    #expect(throws: ScenarioError.self) { try scenario.validate(file: "code") }
    do {
      try scenario.validate(file: "code")
    } catch {
      #expect(error.issues.map(\.path) == ["horizon.hours.tue"])
    }
  }
}
