/// Whole solutions of a `CoveringProblem`: the linear relaxation for the bound, then an
/// LP-guided dive, greedy repair, redundancy removal and a remove-and-repair local search,
/// keeping the cheapest feasible solution found.
///
/// When the relaxation's basic optimum is already whole (an interval matrix, such as
/// consecutive shifts without breaks, is totally unimodular) it is returned as optimal.
/// Otherwise the dive floors the relaxed values, rounds up the most fractional column and
/// re-solves the relaxation of what is left uncovered, until nothing is; the greedy start
/// floors the root values and adds the column covering most uncovered units per cost.
public enum CoveringSolver {
  /// Returns the best whole solution found before `deadline` (nil: no limit) and the
  /// relaxation's bound; throws `.infeasible` when none exists within the group bounds.
  public static func solve(
    _ problem: CoveringProblem, deadline: ContinuousClock.Instant? = nil
  ) throws(CoveringError) -> CoveringResult {
    try check(problem)
    let root = try relax(problem)
    var solves = 1
    let floorTolerance = 1e-7
    let integral = root.values.allSatisfy { abs($0 - $0.rounded()) <= floorTolerance }
    if integral {
      let counts = root.values.map { Int($0.rounded()) }
      if problem.isFeasible(counts) {
        return CoveringResult(
          counts: counts, cost: problem.cost(counts), lowerBound: root.objective,
          relaxedValues: root.values, relaxationWasIntegral: true, timedOut: false,
          linearProgramsSolved: solves)
      }
    }
    var search = LocalSearch(problem: problem)
    // Greedy start: floor, repair, trim.
    var best = root.values.map { Int(($0 + floorTolerance).rounded(.down)) }
    try search.repair(&best)
    search.trim(&best)
    var bestCost = problem.cost(best)
    var timedOut = false
    func expired() -> Bool {
      guard let deadline else { return false }
      return ContinuousClock.now >= deadline
    }
    // Dive.
    var fixed = [Int](repeating: 0, count: problem.columns.count)
    var values = root.values
    while true {
      var pick = -1
      var largest = floorTolerance
      for (j, x) in values.enumerated() {
        let whole = Int((x + floorTolerance).rounded(.down))
        fixed[j] += whole
        let fraction = x - Double(whole)
        if fraction > largest && search.hasRoom(fixed, column: j) {
          largest = fraction
          pick = j
        }
      }
      if pick < 0 { break }
      fixed[pick] += 1
      if expired() {
        timedOut = true
        break
      }
      let residual = search.residual(fixed)
      if residual.requirement.allSatisfy({ $0 == 0 })
        && residual.groups.allSatisfy({
          $0.minimum == 0
        })
      {
        break
      }
      guard let next = try? relax(residual) else { break }
      solves += 1
      values = next.values
    }
    if (try? search.repair(&fixed)) != nil {
      search.trim(&fixed)
      let cost = problem.cost(fixed)
      if cost < bestCost - 1e-9 {
        best = fixed
        bestCost = cost
      }
    }
    if !expired() {
      if search.improve(&best, expired: expired) { timedOut = true }
    } else {
      timedOut = true
    }
    bestCost = problem.cost(best)
    // Branch and bound on the relaxation's support and the incumbent's columns, while the
    // incumbent may not be optimal.
    let unit = BranchAndBound.commonUnit(problem.costs)
    let bound = unit.map { (root.objective / $0 - 1e-7).rounded(.up) * $0 } ?? root.objective
    if bestCost > bound + 1e-6 * max(1, bound), !expired() {
      let support = problem.columns.indices.filter { root.values[$0] > 1e-9 || best[$0] > 0 }
      let search = BranchAndBound(problem: problem, support: support, unit: unit)
      if var better = search.search(incumbent: bestCost, nodeLimit: 300, expired: expired) {
        var local = LocalSearch(problem: problem)
        if local.improve(&better, expired: expired) { timedOut = true }
        best = better
        bestCost = problem.cost(best)
      }
      if expired() { timedOut = true }
    }
    return CoveringResult(
      counts: best, cost: bestCost, lowerBound: root.objective, relaxedValues: root.values,
      relaxationWasIntegral: false, timedOut: timedOut, linearProgramsSolved: solves)
  }

  /// Returns the relaxation's optimum. When the simplex method stalls on a highly
  /// degenerate program, it is solved again with every covering row's requirement lowered
  /// and every group maximum raised by a distinct tiny amount (10⁻⁶ to 2·10⁻⁶), which breaks
  /// the ties; the perturbed program is a relaxation of the original, so its optimum is
  /// still a valid lower bound.
  private static func relax(_ problem: CoveringProblem) throws(CoveringError) -> LPSolution {
    var program = problem.relaxation()
    var result: LPResult
    do {
      let limit = 10 * (program.rows.count + program.variableCount) + 1_000
      result = try Simplex.solve(program, maxPivots: limit)
      if case .iterationLimit = result {
        for i in program.rows.indices {
          let delta = 1e-6 * (1 + Double((i * 7919) % 1000) / 1000)
          program.rows[i].bound += program.rows[i].relation == .lessOrEqual ? delta : -delta
        }
        result = try Simplex.solve(program)
      }
    } catch {
      throw .malformed(error.description)
    }
    switch result {
    case .optimal(let solution): return solution
    case .infeasible: throw .infeasible
    case .unbounded: throw .malformed("unbounded relaxation (a negative cost)")
    case .iterationLimit: throw .iterationLimit
    }
  }

  private static func check(_ problem: CoveringProblem) throws(CoveringError) {
    guard problem.costs.count == problem.columns.count else {
      throw .malformed("\(problem.costs.count) costs for \(problem.columns.count) columns")
    }
    guard problem.costs.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
      throw .malformed("a cost is negative or not finite")
    }
    guard problem.requirement.allSatisfy({ $0 >= 0 }) else {
      throw .malformed("a requirement is negative")
    }
    let m = problem.requirement.count
    for rows in problem.columns where rows.contains(where: { $0 < 0 || $0 >= m }) {
      throw .malformed("a column covers a row out of range")
    }
    for group in problem.groups
    where group.columns.contains(where: { $0 < 0 || $0 >= problem.columns.count }) {
      throw .malformed("a group names a column out of range")
    }
  }
}
