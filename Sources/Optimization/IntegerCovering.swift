/// An integer covering program: minimise c·x subject to A·x ≥ b, group counts within
/// [minimum, maximum], x ≥ 0 and whole. A is 0/1: each column lists the rows it covers once.
///
/// This is Dantzig's (1954) set-covering model of shift scheduling: a column is a shift (or
/// a tour of shifts), a row an interval, b the agents it needs.
public struct CoveringProblem: Sendable, Equatable {
  /// Returns the requirement b per row (whole numbers ≥ 0).
  public var requirement: [Int]
  /// Returns, per column, the rows it covers (each at most once).
  public var columns: [[Int]]
  /// Returns the cost per unit of each column (≥ 0).
  public var costs: [Double]
  /// Returns the side constraints on sums of columns.
  public var groups: [CoveringGroup]

  /// Returns a covering program with the given rows, columns, costs and groups.
  public init(
    requirement: [Int], columns: [[Int]], costs: [Double], groups: [CoveringGroup] = []
  ) {
    self.requirement = requirement
    self.columns = columns
    self.costs = costs
    self.groups = groups
  }

  /// Returns the linear relaxation: one ≥ row per row with b > 0 (the others hold for any
  /// x ≥ 0), one row per group bound.
  public func relaxation() -> LinearProgram {
    var byRow = [[Int]](repeating: [], count: requirement.count)
    for (j, rows) in columns.enumerated() { for i in rows { byRow[i].append(j) } }
    var rows: [LinearProgram.Row] = []
    for (i, b) in requirement.enumerated() where b > 0 {
      rows.append(
        .init(
          columns: byRow[i], coefficients: [Double](repeating: 1, count: byRow[i].count),
          relation: .greaterOrEqual, bound: Double(b)))
    }
    for group in groups {
      let ones = [Double](repeating: 1, count: group.columns.count)
      if group.minimum > 0 {
        rows.append(
          .init(
            columns: group.columns, coefficients: ones, relation: .greaterOrEqual,
            bound: Double(group.minimum)))
      }
      if let maximum = group.maximum {
        rows.append(
          .init(
            columns: group.columns, coefficients: ones, relation: .lessOrEqual,
            bound: Double(maximum)))
      }
    }
    return LinearProgram(costs: costs, rows: rows)
  }

  /// Returns the units of each row covered by `counts`.
  public func coverage(_ counts: [Int]) -> [Int] {
    var covered = [Int](repeating: 0, count: requirement.count)
    for (j, rows) in columns.enumerated() where counts[j] > 0 {
      for i in rows { covered[i] += counts[j] }
    }
    return covered
  }

  /// Returns c·counts.
  public func cost(_ counts: [Int]) -> Double {
    var total = 0.0
    for (j, count) in counts.enumerated() where count > 0 { total += costs[j] * Double(count) }
    return total
  }

  /// Returns true when `counts` covers every row and keeps every group within its bounds.
  public func isFeasible(_ counts: [Int]) -> Bool {
    let covered = coverage(counts)
    for (i, b) in requirement.enumerated() where covered[i] < b { return false }
    for group in groups {
      let total = group.columns.reduce(0) { $0 + counts[$1] }
      if total < group.minimum || group.maximum.map({ total > $0 }) == true { return false }
    }
    return true
  }
}

/// A side constraint: the columns listed sum to at least `minimum` and at most `maximum`.
public struct CoveringGroup: Sendable, Equatable {
  /// Returns the columns counted.
  public var columns: [Int]
  /// Returns the least total (0 for none).
  public var minimum: Int
  /// Returns the greatest total, or nil for no bound.
  public var maximum: Int?

  /// Returns a group of `columns` whose total lies in [minimum, maximum].
  public init(columns: [Int], minimum: Int = 0, maximum: Int? = nil) {
    self.columns = columns
    self.minimum = minimum
    self.maximum = maximum
  }
}

/// The best whole solution found and the proven bound it is measured against.
public struct CoveringResult: Sendable, Equatable {
  /// Returns the units of each column (whole, feasible).
  public var counts: [Int]
  /// Returns c·counts.
  public var cost: Double
  /// Returns the optimum of the linear relaxation: no whole solution costs less.
  public var lowerBound: Double
  /// Returns the relaxation's optimal values (basic solution).
  public var relaxedValues: [Double]
  /// Returns true when the relaxation's optimum was already whole (then `cost` is optimal).
  public var relaxationWasIntegral: Bool
  /// Returns true when the time budget ran out before the search finished.
  public var timedOut: Bool
  /// Returns the number of linear programs solved.
  public var linearProgramsSolved: Int

  /// Returns cost ÷ lowerBound − 1 (0 when both are 0), a fraction.
  public var gap: Double {
    lowerBound > 0 ? cost / lowerBound - 1 : (cost > 0 ? .infinity : 0)
  }
}

/// Why a covering program has no whole solution reported.
public enum CoveringError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No solution covers every row within the group bounds.
  case infeasible
  /// The relaxation stopped at its pivot limit.
  case iterationLimit
  /// The program is malformed (a column names a row out of range, a negative cost).
  case malformed(String)

  /// Returns a one-line explanation.
  public var description: String {
    switch self {
    case .infeasible:
      return "no roster covers every interval within the shift types' min/max counts"
    case .iterationLimit: return "the linear program reached its pivot limit"
    case .malformed(let what): return "malformed covering program: \(what)"
    }
  }
}
