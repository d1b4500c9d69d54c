/// The planning horizon: interval length, opening hours and number of days.
///
/// Time runs in seconds from midnight of day 0. The horizon is a list of open windows, at
/// most one per day (a window opening on a day belongs to it, even when it closes after
/// midnight; a closed day has none). The *counted* (open) intervals are the intervals of all
/// windows in order, numbered from 0 over the horizon; every per-interval array follows that
/// numbering. A horizon open 00:00–24:00 every day is 24/7.
public struct Horizon: Sendable, Equatable {
  /// Length of one interval, in seconds (divides a day).
  public var intervalSeconds: Double { didSet { layOut() } }
  /// The opening hours: the same every day, or per day of the week.
  public var hours: OpeningHours { didSet { layOut() } }
  /// Number of days in the horizon (at least 1).
  public var days: Int { didSet { layOut() } }
  /// The calendar date of day 0, when the scenario names its dates (`horizon.startDate`, or
  /// a forecast CSV with `YYYY-MM-DDTHH:MM` rows); nil when its days are only numbered.
  public var startDate: CalendarDate? { didSet { layOut() } }
  /// The open windows of the horizon, in time order.
  public private(set) var windows: [OpenWindow] = []
  /// The first counted interval of each window, and the total at the end (windows + 1).
  private var windowStarts: [Int] = [0]
  /// Each window's opening, in intervals after its day's midnight.
  private var openSlots: [Int] = []

  /// Creates a horizon open the same hours every day; times in seconds after midnight
  /// (a closing at or before the opening: across midnight), `startDate` the date of day 0.
  public init(
    intervalSeconds: Double, openSeconds: Double, closeSeconds: Double, days: Int,
    startDate: CalendarDate? = nil
  ) {
    self.init(
      intervalSeconds: intervalSeconds,
      hours: .daily(DailyHours(openSeconds: openSeconds, closeSeconds: closeSeconds)), days: days,
      startDate: startDate)
  }

  /// Creates a horizon with these opening hours; `startDate` the date of day 0.
  public init(
    intervalSeconds: Double, hours: OpeningHours, days: Int, startDate: CalendarDate? = nil
  ) {
    self.intervalSeconds = intervalSeconds
    self.hours = hours
    self.days = days
    self.startDate = startDate
    layOut()
  }

  /// Seconds in one day.
  public static let daySeconds = 86_400.0

  /// Returns the weekday of day 0: the start date's, else the `firstWeekday` of weekly
  /// hours, else Monday.
  public var firstWeekday: Weekday {
    if let startDate { return startDate.weekday }
    if case .weekly(_, let first?) = hours { return first }
    return .monday
  }

  /// Returns the weekday of day `day` of the horizon.
  public func weekday(ofDay day: Int) -> Weekday { firstWeekday.adding(days: day) }

  /// Returns true when the center never closes (open 00:00–24:00 every day).
  public var isAlwaysOpen: Bool {
    windows.count == days
      && windows.allSatisfy { $0.openSeconds == 0 && $0.closeSeconds == Horizon.daySeconds }
  }
  /// True when some window closes after the midnight following its opening.
  public private(set) var crossesMidnight = false
  /// Returns the number of intervals in one calendar day (open or not).
  public var intervalsPerDay: Int { Int((Horizon.daySeconds / intervalSeconds).rounded()) }
  /// Returns the number of open intervals of every window when all windows have the same
  /// (what a one-day per-interval array must hold); nil when they differ or none is open.
  public var openIntervalsPerOpenDay: Int? {
    let counts = Set(windows.indices.map { windowStarts[$0 + 1] - windowStarts[$0] })
    return counts.count == 1 ? counts.first : nil
  }
  /// Returns the number of open intervals in the whole horizon.
  public var openIntervals: Int { windowStarts[windowStarts.count - 1] }

  /// Returns a per-interval array over the whole horizon: `values` itself when it covers the
  /// horizon, repeated for every window when it covers one window (all windows the same
  /// length); nil for any other length.
  public func spread<T>(_ values: [T]) -> [T]? {
    if let perDay = openIntervalsPerOpenDay, values.count == perDay {
      return Array([[T]](repeating: values, count: windows.count).joined())
    }
    return values.count == openIntervals ? values : nil
  }

  /// Returns the counted intervals of window `w`.
  public func openIntervals(ofWindow w: Int) -> Range<Int> { windowStarts[w]..<windowStarts[w + 1] }
  /// Returns the opening of window `w`, in intervals after its day's midnight.
  public func openSlot(ofWindow w: Int) -> Int { openSlots[w] }

  /// Returns the counted intervals of the window opening on day `day` (empty when closed).
  public func openIntervals(ofDay day: Int) -> Range<Int> {
    let w = windows.firstIndex { $0.day >= day } ?? windows.count
    if w < windows.count && windows[w].day == day { return openIntervals(ofWindow: w) }
    return windowStarts[w]..<windowStarts[w]
  }

  /// Returns the window holding counted interval `k` (0 ≤ k < `openIntervals`).
  public func window(ofOpenInterval k: Int) -> Int {
    var low = 0
    var high = windows.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if windowStarts[middle] <= k { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Returns the day of the horizon counted interval `k` belongs to: the day its window
  /// opens on (0-based).
  public func day(ofOpenInterval k: Int) -> Int { windows[window(ofOpenInterval: k)].day }

  /// Returns the start of open interval `k` (0-based over the whole horizon), in seconds
  /// from midnight of day 0.
  public func startSeconds(ofOpenInterval k: Int) -> Double {
    let w = window(ofOpenInterval: k)
    let slot = openSlots[w] + k - windowStarts[w]
    return Double(windows[w].day) * Horizon.daySeconds + Double(slot) * intervalSeconds
  }

  /// Returns the label every output gives counted (open) interval `k`, 0-based over the
  /// horizon, at its real clock time and day: `2027-03-01 08:00` (ISO date and time) when
  /// the horizon has a `startDate`, else `d1 08:00` (days from 1), or `08:00` alone for a
  /// one-day horizon that does not cross midnight.
  public func label(ofOpenInterval k: Int) -> String {
    let start = startSeconds(ofOpenInterval: k)
    let day = Int(start / Horizon.daySeconds)
    let clock = TimeOfDay.format(seconds: start - Double(day) * Horizon.daySeconds)
    if let startDate { return "\(startDate.adding(days: day)) \(clock)" }
    return days > 1 || crossesMidnight ? "d\(day + 1) \(clock)" : clock
  }

  /// Returns the hours of day `day` (nil when closed).
  public func hours(ofDay day: Int) -> DailyHours? {
    switch hours {
    case .daily(let daily): return daily
    case .weekly(let week, _):
      let index = weekday(ofDay: day).rawValue
      return week.indices.contains(index) ? week[index] : nil
    }
  }

  /// Rebuilds the windows and their interval table from the stored fields.
  private mutating func layOut() {
    var windows: [OpenWindow] = []
    var starts = [0]
    var slots: [Int] = []
    let valid = intervalSeconds > 0 && intervalSeconds.isFinite
    for day in 0..<(valid ? max(0, min(days, 366)) : 0) {
      guard let daily = hours(ofDay: day) else { continue }
      let window = OpenWindow(
        day: day, openSeconds: daily.openSeconds, closeSeconds: daily.closeAfterMidnight)
      let span = (window.closeSeconds - window.openSeconds) / intervalSeconds
      guard span.isFinite, span > 0 else { continue }
      windows.append(window)
      starts.append(starts[starts.count - 1] + Int(min(span, 1e6).rounded()))
      slots.append(Int(min(window.openSeconds / intervalSeconds, 1e6).rounded()))
    }
    self.windows = windows
    crossesMidnight = windows.contains { $0.closeSeconds > Horizon.daySeconds }
    windowStarts = starts
    openSlots = slots
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
