/// The planning horizon: interval length, opening hours and number of days.
///
/// Intervals are numbered from midnight of day 0. A day has `intervalsPerDay` intervals;
/// the *open* ones are those in [open, close). A horizon without open/close is 24/7.
public struct Horizon: Sendable, Equatable {
  /// Length of one interval, in seconds (divides a day).
  public var intervalSeconds: Double
  /// Opening time, in seconds after midnight (0 when 24/7).
  public var openSeconds: Double
  /// Closing time, in seconds after midnight (86,400 when 24/7).
  public var closeSeconds: Double
  /// Number of days in the horizon (at least 1).
  public var days: Int
  /// The calendar date of day 0, when the scenario names its dates (`horizon.startDate`, or
  /// a forecast CSV with `YYYY-MM-DDTHH:MM` rows); nil when its days are only numbered.
  public var startDate: CalendarDate?

  /// Creates a horizon; times in seconds after midnight, `startDate` the date of day 0.
  public init(
    intervalSeconds: Double, openSeconds: Double, closeSeconds: Double, days: Int,
    startDate: CalendarDate? = nil
  ) {
    self.intervalSeconds = intervalSeconds
    self.openSeconds = openSeconds
    self.closeSeconds = closeSeconds
    self.days = days
    self.startDate = startDate
  }

  /// Seconds in one day.
  public static let daySeconds = 86_400.0

  /// Returns true when the center never closes.
  public var isAlwaysOpen: Bool { openSeconds == 0 && closeSeconds == Horizon.daySeconds }
  /// Returns the number of intervals in one calendar day (open or not).
  public var intervalsPerDay: Int { Int((Horizon.daySeconds / intervalSeconds).rounded()) }
  /// Returns the index, within a day, of the first open interval.
  public var firstOpenInterval: Int { Int((openSeconds / intervalSeconds).rounded()) }
  /// Returns the number of open intervals in one day.
  public var openIntervalsPerDay: Int {
    Int(((closeSeconds - openSeconds) / intervalSeconds).rounded())
  }
  /// Returns the number of open intervals in the whole horizon.
  public var openIntervals: Int { openIntervalsPerDay * days }
  /// Returns the open hours per day.
  public var openHoursPerDay: Double { (closeSeconds - openSeconds) / 3600 }

  /// Returns the start of open interval `k` (0-based over the whole horizon), in seconds
  /// from midnight of day 0.
  public func startSeconds(ofOpenInterval k: Int) -> Double {
    let day = k / openIntervalsPerDay
    let slot = k % openIntervalsPerDay
    return Double(day) * Horizon.daySeconds + Double(firstOpenInterval + slot) * intervalSeconds
  }

  /// Returns the label every output gives counted (open) interval `k`, 0-based over the
  /// horizon: `2027-03-01 08:00` (ISO date and time) when the horizon has a `startDate`,
  /// else `d1 08:00` (days from 1), or `08:00` alone for a one-day horizon.
  public func label(ofOpenInterval k: Int) -> String {
    let start = startSeconds(ofOpenInterval: k)
    let day = Int(start / Horizon.daySeconds)
    let clock = TimeOfDay.format(seconds: start - Double(day) * Horizon.daySeconds)
    if let startDate { return "\(startDate.adding(days: day)) \(clock)" }
    return days > 1 ? "d\(day + 1) \(clock)" : clock
  }
}

/// Formats and parses times of day.
public enum TimeOfDay {
  /// Returns "HH:MM" for a number of seconds after midnight (seconds rounded down).
  public static func format(seconds: Double) -> String {
    let minutes = Int((seconds / 60).rounded(.down))
    let hh = minutes / 60
    let mm = minutes % 60
    return (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "") + String(mm)
  }

  /// Returns the seconds after midnight of "HH:MM" (00:00 to 24:00), or nil when malformed.
  public static func parse(_ text: String) -> Double? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let hours = Int(parts[0]), let minutes = Int(parts[1]),
      (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0
    else { return nil }
    return Double(hours * 3600 + minutes * 60)
  }
}
