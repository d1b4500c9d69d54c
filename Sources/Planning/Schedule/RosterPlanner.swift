import ContactCenter
import Optimization

/// Turns a staffing requirement into a minimum-cost roster of the scenario's shift types.
///
/// Each pool is its own covering program (pools share no agents). A pool whose shifts are
/// all daily and stay within their day is split further, one program per day; tours
/// (`workDays`) and shifts running past midnight couple the days, and the pool's whole
/// horizon is one program. Each program is solved by `CoveringSolver`; the time limit is
/// shared out evenly among the programs still to solve.
public enum RosterPlanner {
  /// Returns the requirement a plan puts on the roster: its scheduled headcount per pool per
  /// open interval.
  public static func requirement(of plan: StaffingPlan) -> [[Int]] {
    plan.pools.map(\.scheduledHeadcount)
  }

  /// Returns the roster covering `requirement` ([pool][open interval], scheduled headcount)
  /// at least cost within `timeLimitSeconds` (nil: no limit), calling `progress` after each
  /// program; throws a `ScheduleError` saying what to change.
  public static func schedule(
    _ scenario: Scenario, requirement: [[Int]], timeLimitSeconds: Double? = nil,
    progress: ((RosterProgress) -> Void)? = nil
  ) throws(ScheduleError) -> Roster {
    guard let shifts = scenario.shifts, !shifts.isEmpty else { throw .noShifts }
    let horizon = scenario.horizon
    let count = horizon.openIntervals
    guard requirement.count == scenario.pools.count, requirement.allSatisfy({ $0.count == count })
    else { throw .requirementShape }
    let clock = ContinuousClock()
    let started = clock.now
    let deadline = timeLimitSeconds.map { started + .milliseconds(Int($0 * 1000)) }
    var programs: [Program] = []
    var poolColumns: [[ShiftColumn]] = []
    for (p, pool) in scenario.pools.enumerated() {
      let columns = try ShiftColumns.columns(for: p, scenario: scenario)
      poolColumns.append(columns)
      let needed =
        requirement[p].contains { $0 > 0 }
        || shifts.contains { $0.applies(to: pool.id) && $0.minimum > 0 }
      guard needed else { continue }
      guard !columns.isEmpty else { throw .noShiftForPool(pool.id) }
      let perDay = horizon.openIntervalsPerDay
      let coupled =
        horizon.days == 1
        || columns.contains { column in
          column.days.count > 1 || shifts[column.shiftType].workDays != nil
            || (column.present + column.paid).contains { $0 / perDay != column.days[0] }
        }
      if coupled {
        programs.append(
          Program(pool: p, day: nil, rows: Array(0..<count), columns: Array(columns.indices)))
      } else {
        for day in 0..<horizon.days {
          programs.append(
            Program(
              pool: p, day: day, rows: Array((day * perDay)..<((day + 1) * perDay)),
              columns: columns.indices.filter { columns[$0].days == [day] }))
        }
      }
    }
    var roster = Roster(
      scenario: scenario, requirement: requirement, entries: [],
      present: requirement.map { [Int](repeating: 0, count: $0.count) },
      paid: requirement.map { [Int](repeating: 0, count: $0.count) }, lowerBound: 0, cost: 0,
      paidHours: 0, requiredPaidHours: 0, requiredCost: 0, subproblems: programs.count,
      integralSubproblems: 0, timedOut: false)
    let hours = horizon.intervalSeconds / 3600
    for (p, pool) in scenario.pools.enumerated() {
      let total = Double(requirement[p].reduce(0, +)) * hours
      roster.requiredPaidHours += total
      roster.requiredCost += total * (pool.hourlyCost ?? 0) * (1 + scenario.costs.overhead)
    }
    var entries: [[Int: Int]] = scenario.pools.map { _ in [:] }
    for (index, program) in programs.enumerated() {
      let columns = poolColumns[program.pool]
      var programDeadline = deadline
      if let deadline {
        let left = Double(programs.count - index)
        let remaining = started.duration(to: deadline) - started.duration(to: clock.now)
        programDeadline = clock.now + remaining / left
      }
      let problem = program.covering(requirement[program.pool], columns, shifts)
      let result: CoveringResult
      do {
        result = try CoveringSolver.solve(problem, deadline: programDeadline)
      } catch {
        let pool = scenario.pools[program.pool].id
        switch error {
        case .infeasible: throw .infeasible(pool: pool, day: program.day)
        case .iterationLimit, .malformed: throw .solverLimit(pool: pool)
        }
      }
      roster.lowerBound += result.lowerBound
      roster.cost += result.cost
      if result.relaxationWasIntegral { roster.integralSubproblems += 1 }
      if result.timedOut { roster.timedOut = true }
      for (local, units) in result.counts.enumerated() where units > 0 {
        let j = program.columns[local]
        entries[program.pool][j, default: 0] += units
        roster.paidHours += columns[j].paidHours * Double(units)
        for k in columns[j].present { roster.present[program.pool][k] += units }
        for k in columns[j].paid { roster.paid[program.pool][k] += units }
      }
      progress?(
        RosterProgress(
          done: index + 1, total: programs.count, pool: scenario.pools[program.pool].id,
          lowerBound: roster.lowerBound, cost: roster.cost,
          elapsedSeconds: seconds(started.duration(to: clock.now))))
    }
    for (p, byColumn) in entries.enumerated() {
      for j in byColumn.keys.sorted() {
        roster.entries.append(RosterEntry(pool: p, column: poolColumns[p][j], count: byColumn[j]!))
      }
    }
    return roster
  }

  /// Returns a duration in seconds.
  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}

/// One covering program: a pool (on one day, or over the horizon) and its columns.
struct Program {
  let pool: Int
  let day: Int?
  /// The open intervals covered, in order.
  let rows: [Int]
  /// Indices into the pool's columns.
  let columns: [Int]

  /// Returns the covering program: rows renumbered from 0, one group per shift type with a
  /// min or max — per day for a daily shift, over the horizon for a tour.
  func covering(
    _ requirement: [Int], _ all: [ShiftColumn], _ shifts: [ShiftType]
  ) -> CoveringProblem {
    var local = [Int: Int]()
    for (i, k) in rows.enumerated() { local[k] = i }
    var groups: [CoveringGroup] = []
    for (t, type) in shifts.enumerated() where type.minimum > 0 || type.maximum != nil {
      var byDay: [Int: [Int]] = [:]
      for (i, j) in columns.enumerated() where all[j].shiftType == t {
        byDay[type.workDays == nil ? all[j].days[0] : -1, default: []].append(i)
      }
      for key in byDay.keys.sorted() {
        groups.append(
          CoveringGroup(columns: byDay[key]!, minimum: type.minimum, maximum: type.maximum))
      }
    }
    return CoveringProblem(
      requirement: rows.map { requirement[$0] },
      columns: columns.map { j in all[j].present.compactMap { local[$0] } },
      costs: columns.map { all[$0].cost }, groups: groups)
  }
}
