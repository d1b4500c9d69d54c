/// A linear program in the form: minimise c·x subject to rows `a·x (≤ | ≥ | =) b`, x ≥ 0.
///
/// Rows are sparse (column indices and coefficients); columns are numbered from 0 to
/// `variableCount − 1`. Solve it with `Simplex.solve(_:)`.
public struct LinearProgram: Sendable, Equatable {
  /// How a row's left side relates to its right side.
  public enum Relation: Sendable, Equatable {
    /// a·x ≤ b.
    case lessOrEqual
    /// a·x ≥ b.
    case greaterOrEqual
    /// a·x = b.
    case equal
  }

  /// One row: a sparse left side, a relation and a right side.
  public struct Row: Sendable, Equatable {
    /// Returns the column indices of the nonzero coefficients.
    public var columns: [Int]
    /// Returns the coefficients, one per entry of `columns`.
    public var coefficients: [Double]
    /// Returns the relation between a·x and `bound`.
    public var relation: Relation
    /// Returns the right-hand side b.
    public var bound: Double

    /// Returns a row `Σ coefficients[k]·x[columns[k]] relation bound`.
    public init(columns: [Int], coefficients: [Double], relation: Relation, bound: Double) {
      self.columns = columns
      self.coefficients = coefficients
      self.relation = relation
      self.bound = bound
    }

    /// Returns a row from dense coefficients (zeros dropped).
    public init(dense: [Double], _ relation: Relation, _ bound: Double) {
      var columns: [Int] = []
      var coefficients: [Double] = []
      for (j, value) in dense.enumerated() where value != 0 {
        columns.append(j)
        coefficients.append(value)
      }
      self.init(columns: columns, coefficients: coefficients, relation: relation, bound: bound)
    }
  }

  /// Returns the objective coefficients c, one per variable (minimised).
  public var costs: [Double]
  /// Returns the constraint rows.
  public var rows: [Row]

  /// Returns the number of variables.
  public var variableCount: Int { costs.count }

  /// Returns a program minimising `costs`·x subject to `rows` and x ≥ 0.
  public init(costs: [Double], rows: [Row]) {
    self.costs = costs
    self.rows = rows
  }
}

/// What solving a linear program found.
public enum LPResult: Sendable, Equatable {
  /// An optimal basic solution.
  case optimal(LPSolution)
  /// No x ≥ 0 satisfies every row (phase 1 ended with a positive infeasibility).
  case infeasible
  /// The objective decreases without bound along a feasible ray.
  case unbounded
  /// The pivot limit was reached first (the number of pivots made).
  case iterationLimit(Int)

  /// Returns the solution when optimal, else nil.
  public var solution: LPSolution? {
    if case .optimal(let solution) = self { return solution }
    return nil
  }
}

/// An optimal basic solution of a linear program.
public struct LPSolution: Sendable, Equatable {
  /// Returns the value of every variable, in the program's column order.
  public var values: [Double]
  /// Returns the objective c·x at `values`.
  public var objective: Double
  /// Returns the number of pivots made over both phases.
  public var pivots: Int
}

/// A malformed linear program (the solver's input check).
public enum LinearProgramError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A row names a column outside 0..<variableCount, or its two arrays differ in length.
  case badRow(Int)
  /// A cost, coefficient or bound is not finite.
  case notFinite

  /// Returns a one-line explanation.
  public var description: String {
    switch self {
    case .badRow(let row): return "row \(row) of the linear program is malformed"
    case .notFinite: return "the linear program has a coefficient that is not finite"
    }
  }
}
