/// A kind of shift agents can work (`shifts[]` in a scenario): its length, when it may
/// start, its breaks, what an hour of it costs, and how many may be rostered.
public struct ShiftType: Sendable, Equatable {
  /// Returns the unique identifier.
  public var id: String
  /// Returns the pools whose agents may work it, by id; nil means every pool.
  public var pools: [String]?
  /// Returns the length from start to end, breaks included, in seconds.
  public var lengthSeconds: Double
  /// Returns the earliest start, in seconds after midnight.
  public var earliestStartSeconds: Double
  /// Returns the latest start, in seconds after midnight.
  public var latestStartSeconds: Double
  /// Returns the step between allowed starts, in seconds.
  public var startStepSeconds: Double
  /// Returns the breaks every shift of this type has, in file order.
  public var breaks: [ShiftBreak]
  /// Returns the factor on the pool's hourly cost for this shift's paid hours (night or
  /// weekend premiums), > 0.
  public var costMultiplier: Double
  /// Returns the least number rostered: per day for a daily shift, over the horizon for a
  /// tour (`workDays`); per pool.
  public var minimum: Int
  /// Returns the most rostered (same scope as `minimum`), or nil for no limit.
  public var maximum: Int?
  /// Returns the working days of a tour, or nil for a daily shift (each day rostered on its
  /// own).
  public var workDays: WorkDays?

  /// Returns a shift type with the given fields.
  public init(
    id: String, pools: [String]? = nil, lengthSeconds: Double, earliestStartSeconds: Double,
    latestStartSeconds: Double, startStepSeconds: Double, breaks: [ShiftBreak] = [],
    costMultiplier: Double = 1, minimum: Int = 0, maximum: Int? = nil, workDays: WorkDays? = nil
  ) {
    self.id = id
    self.pools = pools
    self.lengthSeconds = lengthSeconds
    self.earliestStartSeconds = earliestStartSeconds
    self.latestStartSeconds = latestStartSeconds
    self.startStepSeconds = startStepSeconds
    self.breaks = breaks
    self.costMultiplier = costMultiplier
    self.minimum = minimum
    self.maximum = maximum
    self.workDays = workDays
  }

  /// Returns true when agents of pool `id` may work this shift.
  public func applies(to pool: String) -> Bool { pools?.contains(pool) ?? true }

  /// Returns the paid length: the length less unpaid breaks, in seconds.
  public var paidSeconds: Double {
    lengthSeconds - breaks.filter { !$0.paid }.reduce(0) { $0 + $1.lengthSeconds }
  }
}

/// A break within a shift: off line for `lengthSeconds`, starting between `afterSeconds` and
/// `beforeSeconds` (inclusive) after the shift starts.
public struct ShiftBreak: Sendable, Equatable {
  /// Returns the break's length, in seconds.
  public var lengthSeconds: Double
  /// Returns whether the break is paid (counts in paid hours and cost).
  public var paid: Bool
  /// Returns the earliest start of the break after the shift's start, in seconds.
  public var afterSeconds: Double
  /// Returns the latest start of the break after the shift's start, in seconds.
  public var beforeSeconds: Double

  /// Returns a break with the given fields.
  public init(lengthSeconds: Double, paid: Bool, afterSeconds: Double, beforeSeconds: Double) {
    self.lengthSeconds = lengthSeconds
    self.paid = paid
    self.afterSeconds = afterSeconds
    self.beforeSeconds = beforeSeconds
  }
}

/// The days of a tour: an agent works `count` of the horizon's days, the same shift each day.
public struct WorkDays: Sendable, Equatable {
  /// Returns the days worked, 1 to the horizon's days.
  public var count: Int
  /// Returns true when the days worked are consecutive (cyclically: the week wraps), false
  /// for any `count` days.
  public var consecutive: Bool

  /// Returns a pattern of `count` days, consecutive or not.
  public init(count: Int, consecutive: Bool) {
    self.count = count
    self.consecutive = consecutive
  }
}
