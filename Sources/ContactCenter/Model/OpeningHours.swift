/// A day of the week, Monday first (ISO 8601).
public enum Weekday: Int, Sendable, CaseIterable {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday

  /// Returns the three-letter name a scenario writes: `mon` … `sun`.
  public var name: String { Weekday.names[rawValue] }

  /// Returns the weekday `days` days later (earlier when negative).
  public func adding(days: Int) -> Weekday {
    Weekday.allCases[((rawValue + days) % 7 + 7) % 7]
  }

  /// Returns the weekday named `mon` … `sun` (case-sensitive), or nil.
  public static func parse(_ text: String) -> Weekday? {
    names.firstIndex(of: text).map { Weekday.allCases[$0] }
  }

  /// Returns the weekdays a key names: `mon`, or an inclusive range in week order such as
  /// `mon-fri`; nil when it names none.
  public static func range(_ key: String) -> [Weekday]? {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let named = parts.compactMap(Weekday.parse)
    guard named.count == parts.count else { return nil }
    switch named.count {
    case 1: return named
    case 2 where named[0].rawValue < named[1].rawValue:
      return Array(Weekday.allCases[named[0].rawValue...named[1].rawValue])
    default: return nil
    }
  }

  /// The three-letter names, Monday first.
  public static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}

/// One day's opening hours: open at `openSeconds`, close at `closeSeconds` (seconds after
/// midnight); a closing at or before the opening closes on the next day (across midnight).
public struct DailyHours: Sendable, Equatable {
  /// Opening time, in seconds after midnight (0 to 86,400).
  public var openSeconds: Double
  /// Closing time, in seconds after midnight (0 to 86,400); at or before the opening: the
  /// next day's.
  public var closeSeconds: Double

  /// Creates the hours; times in seconds after midnight.
  public init(openSeconds: Double, closeSeconds: Double) {
    self.openSeconds = openSeconds
    self.closeSeconds = closeSeconds
  }

  /// Returns true when the window closes on the next day.
  public var crossesMidnight: Bool { closeSeconds <= openSeconds }
  /// Returns the closing time in seconds after the opening day's midnight (beyond 86,400
  /// across midnight).
  public var closeAfterMidnight: Double {
    crossesMidnight ? closeSeconds + Horizon.daySeconds : closeSeconds
  }
  /// Returns "HH:MM–HH:MM".
  public var text: String {
    TimeOfDay.format(seconds: openSeconds) + "–" + TimeOfDay.format(seconds: closeSeconds)
  }
}

/// When a center is open: the same hours every day, or hours per day of the week.
public enum OpeningHours: Sendable, Equatable {
  /// The same hours every day (00:00–24:00 is 24/7).
  case daily(DailyHours)
  /// Hours per day of the week, Monday first (7 entries; nil: closed that day), and the
  /// weekday of day 0 when the horizon has no start date (nil: Monday).
  case weekly([DailyHours?], firstWeekday: Weekday?)
}

/// One opening of the center: the open time of one day of the horizon, possibly running
/// past midnight into the next.
public struct OpenWindow: Sendable, Equatable {
  /// The day of the horizon it opens on (0-based); it belongs to that day.
  public var day: Int
  /// Opening, in seconds after that day's midnight.
  public var openSeconds: Double
  /// Closing, in seconds after that day's midnight (beyond 86,400 across midnight).
  public var closeSeconds: Double
  /// Returns the opening in seconds from midnight of day 0.
  public var start: Double { Double(day) * Horizon.daySeconds + openSeconds }
  /// Returns the closing in seconds from midnight of day 0.
  public var end: Double { Double(day) * Horizon.daySeconds + closeSeconds }
}
