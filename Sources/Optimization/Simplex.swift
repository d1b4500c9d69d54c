/// A dense two-phase tableau simplex method for `LinearProgram`.
///
/// Rows are first made to have b ≥ 0 (a row with b < 0 is negated and its relation
/// reversed). A ≤ row gets a slack that starts basic; a ≥ row a surplus and an artificial;
/// an = row an artificial. Phase 1 minimises the sum of the artificials (a positive optimum
/// means `.infeasible`); artificials left basic at zero are pivoted out where a structural
/// column allows, and never enter again. Phase 2 minimises c·x from that basis.
///
/// Pricing is Dantzig's (the most negative reduced cost). Degenerate pivots can cycle under
/// it (Beale 1955); after `degenerateStreak` degenerate pivots in a row the method switches
/// to Bland's rule (the lowest-index improving column, ties in the ratio test to the
/// lowest-index basic variable), which provably never cycles (Bland 1977), until a pivot
/// makes progress. The pivot limit turns any remaining failure into `.iterationLimit`.
///
/// - Complexity: O(m·w) per pivot for m rows and w = n + slacks + artificials columns,
///   less when the pivot row is sparse (only its nonzero columns are updated).
public enum Simplex {
  /// Returns the optimum of `program`, or why there is none; pivots at most `maxPivots`
  /// times (default 50·(rows + variables) + 1,000). Throws only for a malformed program.
  public static func solve(
    _ program: LinearProgram, maxPivots: Int? = nil, degenerateStreak: Int = 20
  ) throws(LinearProgramError) -> LPResult {
    try solve(
      program, maxPivots: maxPivots, degenerateStreak: degenerateStreak, lowestIndexTies: false)
  }

  /// Returns the optimum as `solve(_:maxPivots:degenerateStreak:)` does; with
  /// `lowestIndexTies` ratio-test ties always go to the lowest-index basic variable (the
  /// textbook rule under which Beale's example cycles), not to the largest pivot element.
  static func solve(
    _ program: LinearProgram, maxPivots: Int?, degenerateStreak: Int, lowestIndexTies: Bool
  ) throws(LinearProgramError) -> LPResult {
    try check(program)
    var tableau = Tableau(program)
    tableau.lowestIndexTies = lowestIndexTies
    let limit = maxPivots ?? 50 * (program.rows.count + program.variableCount) + 1_000
    // Phase 1 (skipped when every row has its slack basic).
    if tableau.artificialCount > 0 {
      switch tableau.iterate(row: tableau.phase1Row, limit: limit, streak: degenerateStreak) {
      case .optimal: break
      case .unbounded: return .iterationLimit(tableau.pivots)  // cannot happen: phase 1 ≥ 0
      case .limit: return .iterationLimit(tableau.pivots)
      }
      if tableau.rhs(tableau.phase1Row) < -tableau.feasibilityTolerance {
        return .infeasible
      }
      tableau.driveOutArtificials()
    }
    tableau.phase = 2
    switch tableau.iterate(row: tableau.costRow, limit: limit, streak: degenerateStreak) {
    case .optimal:
      let values = tableau.structuralValues()
      var objective = 0.0
      for (j, c) in program.costs.enumerated() { objective += c * values[j] }
      return .optimal(LPSolution(values: values, objective: objective, pivots: tableau.pivots))
    case .unbounded: return .unbounded
    case .limit: return .iterationLimit(tableau.pivots)
    }
  }

  private static func check(_ program: LinearProgram) throws(LinearProgramError) {
    guard program.costs.allSatisfy(\.isFinite) else { throw .notFinite }
    for (i, row) in program.rows.enumerated() {
      guard row.columns.count == row.coefficients.count,
        row.columns.allSatisfy({ $0 >= 0 && $0 < program.variableCount })
      else { throw .badRow(i) }
      guard row.bound.isFinite, row.coefficients.allSatisfy(\.isFinite) else {
        throw .notFinite
      }
    }
  }
}

/// The working tableau: m constraint rows, then the phase-2 cost row, then the phase-1 row,
/// each `width` wide with the right-hand side in the last column.
struct Tableau {
  enum Outcome { case optimal, unbounded, limit }

  let m: Int
  let n: Int
  let width: Int
  /// The first artificial column; columns from here to width − 1 (exclusive) are artificial.
  let firstArtificial: Int
  let artificialCount: Int
  var cells: [Double]
  var basis: [Int]
  var pivots = 0
  var phase = 1
  var lowestIndexTies = false
  let feasibilityTolerance: Double
  let costTolerance: Double
  static let pivotTolerance = 1e-8

  var costRow: Int { m }
  var phase1Row: Int { m + 1 }

  init(_ program: LinearProgram) {
    m = program.rows.count
    n = program.variableCount
    var slackCount = 0
    var artificials = 0
    var flipped: [Bool] = []
    var relations: [LinearProgram.Relation] = []
    for row in program.rows {
      let flip = row.bound < 0
      var relation = row.relation
      if flip {
        relation =
          relation == .lessOrEqual
          ? .greaterOrEqual : relation == .greaterOrEqual ? .lessOrEqual : .equal
      }
      flipped.append(flip)
      relations.append(relation)
      if relation != .equal { slackCount += 1 }
      if relation != .lessOrEqual { artificials += 1 }
    }
    firstArtificial = n + slackCount
    artificialCount = artificials
    width = n + slackCount + artificials + 1
    cells = [Double](repeating: 0, count: (m + 2) * width)
    basis = [Int](repeating: -1, count: m)
    var slack = n
    var artificial = firstArtificial
    var scale = 1.0
    for (i, row) in program.rows.enumerated() {
      let sign = flipped[i] ? -1.0 : 1.0
      for (k, j) in row.columns.enumerated() {
        cells[i * width + j] += sign * row.coefficients[k]
      }
      cells[i * width + width - 1] = sign * row.bound
      scale = max(scale, abs(row.bound))
      switch relations[i] {
      case .lessOrEqual:
        cells[i * width + slack] = 1
        basis[i] = slack
        slack += 1
      case .greaterOrEqual:
        cells[i * width + slack] = -1
        slack += 1
        cells[i * width + artificial] = 1
        basis[i] = artificial
        artificial += 1
      case .equal:
        cells[i * width + artificial] = 1
        basis[i] = artificial
        artificial += 1
      }
    }
    feasibilityTolerance = 1e-9 * scale * Double(max(1, m))
    let costScale = program.costs.reduce(1.0) { max($0, abs($1)) }
    costTolerance = 1e-9 * costScale
    // Cost row: c (every initial basic column has cost 0). Phase-1 row: minus the sum of
    // the artificial rows over the non-artificial columns and the right-hand side.
    for j in 0..<n { cells[m * width + j] = program.costs[j] }
    for i in 0..<m where basis[i] >= firstArtificial {
      for j in 0..<firstArtificial { cells[(m + 1) * width + j] -= cells[i * width + j] }
      cells[(m + 1) * width + width - 1] -= cells[i * width + width - 1]
    }
  }

  func rhs(_ row: Int) -> Double { cells[row * width + width - 1] }

  /// Returns the values of the structural columns at the current basis.
  func structuralValues() -> [Double] {
    var values = [Double](repeating: 0, count: n)
    for i in 0..<m where basis[i] < n { values[basis[i]] = max(0, rhs(i)) }
    return values
  }

  /// Pivots until the reduced costs of `row` are all ≥ −tolerance (or unbounded, or the
  /// limit); artificial columns may enter only in phase 1.
  mutating func iterate(row objective: Int, limit: Int, streak: Int) -> Outcome {
    let entering = firstArtificial  // an artificial that left never needs to return
    var degenerate = 0
    let tolerance = phase == 1 ? 1e-7 : costTolerance
    while true {
      let bland = degenerate >= streak
      var q = -1
      var best = -tolerance
      let base = objective * width
      for j in 0..<entering {
        let d = cells[base + j]
        if d < best {
          q = j
          if bland { break }
          best = d
        }
      }
      if q < 0 { return .optimal }
      guard pivots < limit else { return .limit }
      // Ratio test; ties to the lowest-index basic variable under Bland's rule, else to the
      // largest pivot element (the numerically safest).
      var r = -1
      var ratio = Double.infinity
      for i in 0..<m {
        let a = cells[i * width + q]
        guard a > Tableau.pivotTolerance else { continue }
        let t = max(0, rhs(i)) / a  // a rhs a rounding error below 0 is 0
        if r < 0 || t < ratio - 1e-12 {
          r = i
          ratio = t
        } else if t <= ratio + 1e-12
          && (bland || lowestIndexTies ? basis[i] < basis[r] : a > cells[r * width + q])
        {
          r = i
          ratio = min(ratio, t)
        }
      }
      if r < 0 { return .unbounded }
      // Degenerate: the objective improves by a negligible amount (or not at all).
      let improvement = ratio * -cells[base + q]
      degenerate = improvement <= 1e-9 * (1 + abs(rhs(objective))) ? degenerate + 1 : 0
      pivot(row: r, column: q)
    }
  }

  /// Pivots out every artificial still basic (at zero) where some structural or slack
  /// column of its row is nonzero; a row with none is redundant and keeps its artificial.
  mutating func driveOutArtificials() {
    for i in 0..<m where basis[i] >= firstArtificial {
      var q = -1
      for j in 0..<firstArtificial where abs(cells[i * width + j]) > Tableau.pivotTolerance {
        q = j
        break
      }
      if q >= 0 { pivot(row: i, column: q) }
    }
  }

  /// Makes column q basic in row r, updating only the pivot row's nonzero columns.
  mutating func pivot(row r: Int, column q: Int) {
    pivots += 1
    let w = width
    let rows = m + 2
    cells.withUnsafeMutableBufferPointer { t in
      let inverse = 1 / t[r * w + q]
      var nonzero: [Int] = []
      nonzero.reserveCapacity(64)
      for j in 0..<w {
        let v = t[r * w + j]
        if v != 0 {
          let scaled = v * inverse
          t[r * w + j] = abs(scaled) < 1e-13 ? 0 : scaled
          if t[r * w + j] != 0 { nonzero.append(j) }
        }
      }
      t[r * w + q] = 1
      for i in 0..<rows where i != r {
        let f = t[i * w + q]
        if f == 0 { continue }
        for j in nonzero {
          let v = t[i * w + j] - f * t[r * w + j]
          t[i * w + j] = abs(v) < 1e-11 ? 0 : v
        }
        t[i * w + q] = 0
        if i < m && t[i * w + w - 1] < 0 && t[i * w + w - 1] > -1e-9 { t[i * w + w - 1] = 0 }
      }
    }
    basis[r] = q
  }
}
