import ContactCenter

/// One rosterable unit: a shift of one type, at one start, with its breaks placed, worked on
/// one day (a daily shift) or on every day of a tour's pattern.
public struct ShiftColumn: Sendable, Equatable {
  /// Returns the shift type's index in `scenario.shifts`.
  public var shiftType: Int
  /// Returns the days worked, 0-based, ascending (one day for a daily shift).
  public var days: [Int]
  /// Returns the start, in seconds after midnight.
  public var startSeconds: Double
  /// Returns each break's start after the shift's start, in seconds, in the type's order.
  public var breakOffsets: [Double]
  /// Returns the open intervals (0-based over the horizon) where the agent is on shift and
  /// not on a break.
  public var present: [Int]
  /// Returns the open intervals where the agent is paid: on shift, less unpaid breaks.
  public var paid: [Int]
  /// Returns the paid hours over all days worked, in hours.
  public var paidHours: Double
  /// Returns the cost: paid hours × hourly cost × (1 + overhead) × cost multiplier, in the
  /// scenario's currency.
  public var cost: Double
}

/// A roster's shift rules could not be turned into shifts.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The scenario has no `shifts`.
  case noShifts
  /// No shift type applies to a pool that needs agents.
  case noShiftForPool(String)
  /// A shift type allows too many (start, break placement, days) combinations.
  case tooManyColumns(shift: String, count: Int?)
  /// No roster covers a pool's requirement within the shift types' min/max counts.
  case infeasible(pool: String, day: Int?)
  /// The requirement has the wrong shape for the scenario.
  case requirementShape
  /// The linear program hit its pivot limit.
  case solverLimit(pool: String)

  /// Returns a message saying what is wrong and how to fix it.
  public var description: String {
    switch self {
    case .noShifts:
      return
        "the scenario has no 'shifts' (expected an array of shift types to roster with); add, for example, \"shifts\": [{\"id\": \"day\", \"length\": \"8.5h\", \"startStep\": \"30m\", \"breaks\": [{\"length\": \"30m\", \"paid\": false, \"after\": \"3h\", \"before\": \"5h\"}]}] (see README, 'Scheduling shifts')"
    case .noShiftForPool(let pool):
      return
        "no shift type applies to pool '\(pool)', which needs agents; list it in a shift's 'pools' or leave 'pools' out (every pool)"
    case .tooManyColumns(let shift, let count):
      return
        "shift '\(shift)' allows \(count.map(String.init) ?? "too many") combinations of start, break placement and days (at most 200,000; any-days workDays at most 14 days); widen startStep, narrow the break windows or use consecutive workDays"
    case .infeasible(let pool, let day):
      return "no roster covers pool '\(pool)'"
        + (day.map { " on day \($0 + 1)" } ?? "")
        + " within the shift types' min/max counts; raise a 'max' or add a shift type"
    case .requirementShape:
      return "the staffing requirement does not match the scenario's pools and intervals"
    case .solverLimit(let pool):
      return "the linear program of pool '\(pool)' reached its pivot limit"
    }
  }
}

/// Generates the columns of the covering program from the scenario's shift types.
enum ShiftColumns {
  static let maxColumns = 200_000

  /// Returns every column of pool `p` for the shift types that apply to it (a daily shift
  /// once per day), type by type.
  static func columns(for p: Int, scenario: Scenario) throws(ScheduleError) -> [ShiftColumn] {
    let horizon = scenario.horizon
    let pool = scenario.pools[p]
    let hourly = (pool.hourlyCost ?? 0) * (1 + scenario.costs.overhead)
    var result: [ShiftColumn] = []
    for (t, type) in (scenario.shifts ?? []).enumerated() where type.applies(to: pool.id) {
      let patterns = dayPatterns(type.workDays, days: horizon.days)
      guard !patterns.isEmpty else { throw .tooManyColumns(shift: type.id, count: nil) }
      let placements = breakPlacements(type, interval: horizon.intervalSeconds)
      var starts: [Double] = []
      var start = type.earliestStartSeconds
      while start <= type.latestStartSeconds + 1e-6 {
        starts.append(start)
        start += type.startStepSeconds
      }
      let count = patterns.count * placements.count * starts.count
      guard count + result.count <= maxColumns else {
        throw .tooManyColumns(shift: type.id, count: count)
      }
      for days in patterns {
        for start in starts {
          for offsets in placements {
            var present: [Int] = []
            var paid: [Int] = []
            for day in days {
              cover(
                type, day: day, start: start, breaks: offsets, horizon: horizon,
                present: &present, paid: &paid)
            }
            let hours = type.paidSeconds / 3600 * Double(days.count)
            result.append(
              ShiftColumn(
                shiftType: t, days: days, startSeconds: start, breakOffsets: offsets,
                present: present, paid: paid, paidHours: hours,
                cost: hours * hourly * type.costMultiplier))
          }
        }
      }
    }
    return result
  }

  /// Returns the day sets of a tour (all days for none: the caller splits daily shifts).
  static func dayPatterns(_ workDays: WorkDays?, days: Int) -> [[Int]] {
    guard let workDays else { return (0..<days).map { [$0] } }
    if workDays.count == days { return [Array(0..<days)] }
    if workDays.consecutive {
      return (0..<days).map { first in
        (0..<workDays.count).map { (first + $0) % days }.sorted()
      }
    }
    var patterns: [[Int]] = []
    var chosen: [Int] = []
    func choose(from day: Int) {
      if chosen.count == workDays.count {
        patterns.append(chosen)
        return
      }
      guard day < days, days - day >= workDays.count - chosen.count else { return }
      chosen.append(day)
      choose(from: day + 1)
      chosen.removeLast()
      choose(from: day + 1)
    }
    if days <= 14 { choose(from: 0) } else { patterns = [] }
    return patterns
  }

  /// Returns every placement of the type's breaks (offsets from the shift's start, on
  /// interval boundaries, within each break's window) in which no two breaks overlap.
  static func breakPlacements(_ type: ShiftType, interval: Double) -> [[Double]] {
    var placements: [[Double]] = [[]]
    for item in type.breaks {
      var next: [[Double]] = []
      for placed in placements {
        var offset = item.afterSeconds
        while offset <= item.beforeSeconds + 1e-6 {
          let overlaps = zip(placed, type.breaks).contains { other, otherBreak in
            offset < other + otherBreak.lengthSeconds && other < offset + item.lengthSeconds
          }
          if !overlaps { next.append(placed + [offset]) }
          offset += interval
        }
      }
      placements = next
    }
    return placements
  }

  /// Appends the open intervals a shift of `type` covers on `day` (wrapping past midnight
  /// into the next day, and cyclically past the horizon's last day).
  static func cover(
    _ type: ShiftType, day: Int, start: Double, breaks: [Double], horizon: Horizon,
    present: inout [Int], paid: inout [Int]
  ) {
    let interval = horizon.intervalSeconds
    let perDay = horizon.intervalsPerDay
    let first = Int((start / interval).rounded())
    let length = Int((type.lengthSeconds / interval).rounded())
    for t in 0..<length {
      let offset = Double(t) * interval
      let onBreak = zip(breaks, type.breaks).first { b, item in
        offset >= b - 1e-6 && offset < b + item.lengthSeconds - 1e-6
      }
      let absolute = first + t
      let slot = absolute % perDay - horizon.firstOpenInterval
      guard slot >= 0, slot < horizon.openIntervalsPerDay else { continue }
      let k = ((day + absolute / perDay) % horizon.days) * horizon.openIntervalsPerDay + slot
      if onBreak == nil { present.append(k) }
      if onBreak.map({ $0.1.paid }) ?? true { paid.append(k) }
    }
  }
}
