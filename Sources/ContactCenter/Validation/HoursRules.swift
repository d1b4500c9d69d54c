/// The checks of a horizon's opening hours shared by decoding and `Scenario.validate()`:
/// each day's hours on interval boundaries, and windows that do not overlap (also when the
/// horizon repeats).
enum HoursRules {
  /// A problem of the hours: the weekday it is about (nil: the daily `open`/`close`), the
  /// time it is about (0 the opening, 1 the closing; nil: the window as a whole).
  struct Problem: Equatable {
    let weekday: Weekday?
    let time: Int?
    let message: String

    /// Returns the JSON path of the problem, with the key that gave each weekday.
    func path(keys: [Weekday: String]) -> String {
      guard let weekday else { return time == 0 ? "horizon.open" : "horizon.close" }
      let day = "horizon.hours.\(keys[weekday] ?? weekday.name)"
      return time.map { "\(day)[\($0)]" } ?? day
    }
  }

  /// Returns the problems of one day's hours: times on interval boundaries, a real window.
  static func dayProblems(_ hours: DailyHours, interval: Double, weekly: Bool) -> [(
    time: Int, message: String
  )] {
    var problems: [(time: Int, message: String)] = []
    for (time, value) in [hours.openSeconds, hours.closeSeconds].enumerated() {
      if !(0...Horizon.daySeconds).contains(value) {
        problems.append(
          (
            time,
            "expected a time of day \"HH:MM\" (00:00 to 24:00), found \(JSONNode.format(value)) s"
          ))
      } else if let problem = ScenarioRules.boundaryProblem(value, interval: interval) {
        problems.append((time, problem))
      }
    }
    if problems.isEmpty,
      let problem = ScenarioRules.closingProblem(
        open: hours.openSeconds, close: hours.closeSeconds,
        wholeDay: weekly ? ScenarioRules.wholeDay : ScenarioRules.alwaysOpen)
    {
      problems.append((hours.openSeconds >= Horizon.daySeconds ? 0 : 1, problem))
    }
    return problems
  }

  /// Returns every problem of a horizon's hours (each message once, though a week repeats).
  static func problems(_ horizon: Horizon) -> [Problem] {
    var found: [Problem] = []
    func add(_ problem: Problem) { if !found.contains(problem) { found.append(problem) } }
    switch horizon.hours {
    case .daily(let daily):
      for (time, message) in dayProblems(daily, interval: horizon.intervalSeconds, weekly: false) {
        add(Problem(weekday: nil, time: time, message: message))
      }
    case .weekly(let week, _):
      guard week.count == 7 else {
        return [
          Problem(
            weekday: .monday, time: nil,
            message: "expected hours for the 7 days of the week, found \(week.count)")
        ]
      }
      for (index, day) in week.enumerated() {
        guard let day else { continue }
        for (time, message) in dayProblems(day, interval: horizon.intervalSeconds, weekly: true) {
          add(Problem(weekday: Weekday.allCases[index], time: time, message: message))
        }
      }
    }
    guard found.isEmpty else { return found }
    let windows = horizon.windows
    if windows.isEmpty {
      return [
        Problem(
          weekday: horizon.firstWeekday, time: nil,
          message:
            "expected at least one open day in the horizon of \(horizon.days) days (from a \(horizon.firstWeekday.name)), found every day closed"
        )
      ]
    }
    for (earlier, later) in zip(windows, windows.dropFirst()) where earlier.end > later.start {
      add(overlap(earlier, later, horizon: horizon, repeating: false))
    }
    if let last = windows.last, let first = windows.first, windows.count > 1 || horizon.days > 1,
      last.end - Double(horizon.days) * Horizon.daySeconds > first.start
    {
      add(overlap(last, first, horizon: horizon, repeating: true))
    }
    return found
  }

  private static func overlap(
    _ earlier: OpenWindow, _ later: OpenWindow, horizon: Horizon, repeating: Bool
  ) -> Problem {
    let before = horizon.weekday(ofDay: earlier.day)
    let after = horizon.weekday(ofDay: later.day)
    let closing = TimeOfDay.format(
      seconds: earlier.closeSeconds.truncatingRemainder(dividingBy: Horizon.daySeconds))
    let when = repeating ? " when the horizon of \(horizon.days) days repeats" : ""
    return Problem(
      weekday: after, time: nil,
      message:
        "expected \(after.name) to open at or after \(before.name)'s window closes\(when) (\(before.name) \(TimeOfDay.format(seconds: earlier.openSeconds))–\(closing) closes at \(closing) on \(before.adding(days: 1).name)), found \(after.name) opening at \(TimeOfDay.format(seconds: later.openSeconds))"
    )
  }
}
