import ContactCenter

/// A minimum-cost roster of shifts covering a staffing requirement, with the linear
/// programming bound that proves how far from optimal it can be.
public struct Roster: Sendable {
  /// Returns the scenario rostered.
  public var scenario: Scenario
  /// Returns the requirement covered: scheduled headcount per pool per open interval.
  public var requirement: [[Int]]
  /// Returns the shifts rostered (count > 0), by pool, then in column order.
  public var entries: [RosterEntry]
  /// Returns the agents present (on shift, not on a break) per pool per open interval.
  public var present: [[Int]]
  /// Returns the agents paid (on shift, less unpaid breaks) per pool per open interval.
  public var paid: [[Int]]
  /// Returns the linear relaxation's optimum summed over the subproblems, in the currency:
  /// no roster of these shift types costs less.
  public var lowerBound: Double
  /// Returns the roster's cost, in the currency.
  public var cost: Double
  /// Returns the roster's paid hours, in hours.
  public var paidHours: Double
  /// Returns the per-interval plan's paid hours (requirement × interval length), in hours.
  public var requiredPaidHours: Double
  /// Returns the per-interval plan's cost (paid hours × hourly cost × (1 + overhead)), in the
  /// currency.
  public var requiredCost: Double
  /// Returns the subproblems solved (a pool, or a pool on one day).
  public var subproblems: Int
  /// Returns the subproblems whose relaxation was already whole (solved to optimality).
  public var integralSubproblems: Int
  /// Returns true when the time limit cut the search short somewhere.
  public var timedOut: Bool

  /// Returns cost ÷ lowerBound − 1, a fraction (0 when both are 0).
  public var gap: Double {
    lowerBound > 0 ? cost / lowerBound - 1 : (cost > 0 ? .infinity : 0)
  }
  /// Returns the scheduling efficiency: required paid hours ÷ rostered paid hours, a
  /// fraction (1 when nothing is rostered).
  public var efficiency: Double { paidHours > 0 ? requiredPaidHours / paidHours : 1 }

  /// Returns the scheduled headcount to replay: per pool per open interval, the agents
  /// present (the staffing.csv `ccplan simulate --staffing` reads).
  public var replayHeadcount: [[Int]] { present }
}

/// Agents on one shift: pool, type, days, start and break placement, and how many.
public struct RosterEntry: Sendable, Equatable {
  /// Returns the pool's index in the scenario.
  public var pool: Int
  /// Returns the shift column (type, days, start, breaks, coverage, cost per agent).
  public var column: ShiftColumn
  /// Returns the number of agents on it.
  public var count: Int
}

/// What a subproblem's solve reports as it finishes, for progress lines.
public struct RosterProgress: Sendable {
  /// Returns the subproblems done so far.
  public var done: Int
  /// Returns the subproblems in all.
  public var total: Int
  /// Returns the pool of the subproblem just done.
  public var pool: String
  /// Returns the bound summed so far, in the currency.
  public var lowerBound: Double
  /// Returns the cost summed so far, in the currency.
  public var cost: Double
  /// Returns the seconds since the start.
  public var elapsedSeconds: Double
}
