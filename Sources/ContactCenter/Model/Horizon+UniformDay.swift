extension Horizon {
  /// Returns the opening hours when every day has the same ones within one calendar day
  /// (`open`/`close` or 24/7), else nil (weekly hours, or a window past midnight). The
  /// shift rules of `ccplan schedule` are stated for such a day.
  public var uniformDay: DailyHours? {
    guard case .daily(let day) = hours else { return nil }
    return day.crossesMidnight ? nil : day
  }
  /// Returns the opening time of the uniform day, in seconds after midnight (0 without one).
  public var openSeconds: Double { uniformDay?.openSeconds ?? 0 }
  /// Returns the closing time of the uniform day, in seconds after midnight (86,400 without one).
  public var closeSeconds: Double { uniformDay?.closeSeconds ?? Horizon.daySeconds }
  /// Returns the open intervals of each day when all days have the same (0 when they differ).
  public var openIntervalsPerDay: Int { openIntervalsPerOpenDay ?? 0 }
  /// Returns the index, within a day, of the uniform day's first open interval.
  public var firstOpenInterval: Int { Int((openSeconds / intervalSeconds).rounded()) }
}
