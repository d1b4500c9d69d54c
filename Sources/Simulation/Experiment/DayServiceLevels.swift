import ContactCenter

/// How one channel's service level varied from simulated day to simulated day: every
/// (replication, day) with first contacts is one day, its SL taken under the channel's
/// definition over that day's counted intervals. With a day factor (`dayFactorCV`) this is
/// the forecast risk a planner carries: the target may hold on average and fail on a day in
/// five.
public struct DayServiceLevels: Sendable, Equatable {
  /// Simulated days counted (replications × days with a first contact).
  public var days: Int
  /// The 10th, 50th and 90th percentiles of the day SL (nearest rank: the ⌈p·n⌉-th
  /// smallest), as fractions.
  public var p10: Double
  public var p50: Double
  public var p90: Double
  /// Share of those days whose SL met the channel's target, as a fraction.
  public var shareMeetingTarget: Double

  /// Returns the distribution of `values` (day SLs as fractions) against `target`, or nil
  /// when there are none.
  public init?(values: [Double], target: Double) {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    func rank(_ p: Double) -> Double {
      let index = Int((p * Double(sorted.count)).rounded(.up)) - 1
      return sorted[min(max(index, 0), sorted.count - 1)]
    }
    days = sorted.count
    p10 = rank(0.1)
    p50 = rank(0.5)
    p90 = rank(0.9)
    // A day meets its target to within rounding of the ratio (1e-12).
    shareMeetingTarget =
      Double(sorted.count { $0 >= target - 1e-12 }) / Double(sorted.count)
  }
}

/// Collects each replication's day SL per channel (8 bytes per channel and simulated day).
struct DayServiceLevelCollector: Sendable {
  /// The day (from 0, the day its window opens) of each counted interval.
  let dayOfInterval: [Int]
  let days: Int
  var values: [[Double]]

  /// Returns an empty collector for a horizon's counted intervals.
  init(horizon: Horizon, intervals: Int, channels: Int) {
    // A window that runs past midnight belongs to the day it opens on.
    dayOfInterval = (0..<intervals).map { horizon.day(ofOpenInterval: $0) }
    days = (dayOfInterval.max() ?? 0) + 1
    values = Array(repeating: [], count: channels)
  }

  /// Adds one replication's days of channel `c`, from its first-contact counters per
  /// interval (`counters(k)`).
  mutating func add(
    channel c: Int, definition: ServiceLevelDefinition, counters: (Int) -> TierCounters
  ) {
    var within = Array(repeating: 0.0, count: days)
    var base = Array(repeating: 0.0, count: days)
    for (k, day) in dayOfInterval.enumerated() {
      let first = counters(k)
      within[day] += first.answeredWithinT
      base[day] += definition.denominator(first)
    }
    for day in 0..<days where base[day] > 0 {
      values[c].append(within[day] / base[day])
    }
  }
}
