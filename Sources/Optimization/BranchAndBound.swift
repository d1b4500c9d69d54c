/// Depth-first branch and bound on a few columns of a covering program (the others held at
/// zero): the relaxation's support and the incumbent's columns, a "restricted master" small
/// enough that every node's linear program solves in about a millisecond.
///
/// Nodes branch on the most fractional column, the up branch (x ≥ ⌈v⌉) first. A node is
/// pruned when its relaxation cannot beat the incumbent: by at least the costs' common unit
/// when they have one (every whole solution then costs a multiple of it), else at all.
struct BranchAndBound {
  let problem: CoveringProblem
  /// The columns searched, as indices into the problem's columns.
  let support: [Int]
  /// The costs' common unit (all costs are whole multiples of it), or nil.
  let unit: Double?

  /// Returns a cheaper whole solution than `incumbent` (full-length counts), or nil when the
  /// search finds none within `nodeLimit` nodes or before `expired()`.
  func search(incumbent: Double, nodeLimit: Int, expired: () -> Bool) -> [Int]? {
    let restricted = CoveringProblem(
      requirement: problem.requirement, columns: support.map { problem.columns[$0] },
      costs: support.map { problem.costs[$0] },
      groups: problem.groups.compactMap { group in
        let members = support.indices.filter { group.columns.contains(support[$0]) }
        return members.isEmpty && group.minimum == 0
          ? nil : CoveringGroup(columns: members, minimum: group.minimum, maximum: group.maximum)
      })
    let base = restricted.relaxation()
    var best: [Int]?
    var bestCost = incumbent
    let margin = (unit ?? 0) - 1e-6 * max(1, abs(incumbent))
    // A node: lower and upper bounds per restricted column (upper −1: none).
    var stack: [([Int], [Int])] = [
      (
        [Int](repeating: 0, count: support.count), [Int](repeating: -1, count: support.count)
      )
    ]
    var nodes = 0
    while let (lower, upper) = stack.popLast() {
      nodes += 1
      if nodes > nodeLimit || expired() { break }
      var program = base
      for j in support.indices {
        if lower[j] > 0 {
          program.rows.append(.init(dense1: j, .greaterOrEqual, Double(lower[j])))
        }
        if upper[j] >= 0 { program.rows.append(.init(dense1: j, .lessOrEqual, Double(upper[j]))) }
      }
      guard let solution = (try? Simplex.solve(program))?.solution else { continue }
      let bound = unit.map { u in (solution.objective / u - 1e-7).rounded(.up) * u }
      if (bound ?? solution.objective) > bestCost - max(margin, 1e-9) { continue }
      var pick = -1
      var largest = 1e-7
      for (j, x) in solution.values.enumerated() {
        let fraction = min(x - x.rounded(.down), x.rounded(.up) - x)
        if fraction > largest {
          largest = fraction
          pick = j
        }
      }
      guard pick >= 0 else {
        let counts = solution.values.map { Int($0.rounded()) }
        if restricted.isFeasible(counts) {
          bestCost = restricted.cost(counts)
          var full = [Int](repeating: 0, count: problem.columns.count)
          for (j, count) in counts.enumerated() { full[support[j]] = count }
          best = full
        }
        continue
      }
      let value = solution.values[pick]
      var down = upper
      down[pick] = Int(value.rounded(.down))
      stack.append((lower, down))
      var up = lower
      up[pick] = Int(value.rounded(.up))
      stack.append((up, upper))
    }
    return best
  }

  /// Returns the largest unit all costs are whole multiples of (to 10⁻⁴ of a currency
  /// unit), or nil when there is none.
  static func commonUnit(_ costs: [Double]) -> Double? {
    var divisor = 0
    for cost in costs where cost > 0 {
      let scaled = cost * 10_000
      let whole = scaled.rounded()
      guard abs(scaled - whole) <= 1e-6 * scaled, whole < 1e15 else { return nil }
      var (a, b) = (divisor, Int(whole))
      while b != 0 { (a, b) = (b, a % b) }
      divisor = a
    }
    return divisor > 0 ? Double(divisor) / 10_000 : nil
  }
}

extension LinearProgram.Row {
  /// Returns the one-variable row `x[column] relation bound`.
  init(dense1 column: Int, _ relation: LinearProgram.Relation, _ bound: Double) {
    self.init(columns: [column], coefficients: [1], relation: relation, bound: bound)
  }
}
