/// The moves `CoveringSolver` makes on whole solutions: greedy repair of what is uncovered,
/// removal of redundant units, and the residual program left after fixing some units.
struct LocalSearch {
  let problem: CoveringProblem
  /// Returns the groups each column belongs to.
  let groupsOf: [[Int]]
  /// Returns the columns in order of decreasing cost (ties by index), for trimming.
  let byCostDescending: [Int]
  /// Columns repair must not add (those a local-search move just removed).
  var excluded: [Int] = []

  init(problem: CoveringProblem) {
    self.problem = problem
    var groupsOf = [[Int]](repeating: [], count: problem.columns.count)
    for (g, group) in problem.groups.enumerated() {
      for j in group.columns { groupsOf[j].append(g) }
    }
    self.groupsOf = groupsOf
    byCostDescending = problem.columns.indices.sorted {
      (problem.costs[$0], $0) > (problem.costs[$1], $1)
    }
  }

  private func groupTotals(_ counts: [Int]) -> [Int] {
    problem.groups.map { $0.columns.reduce(0) { $0 + counts[$1] } }
  }

  /// Returns true when one more unit of `column` keeps every group it belongs to within its
  /// maximum.
  func hasRoom(_ counts: [Int], column: Int) -> Bool {
    for g in groupsOf[column] {
      if let maximum = problem.groups[g].maximum,
        problem.groups[g].columns.reduce(0, { $0 + counts[$1] }) >= maximum
      {
        return false
      }
    }
    return true
  }

  /// Returns the program of what `fixed` leaves to cover: requirements less coverage (at
  /// least 0) and group bounds less the units fixed.
  func residual(_ fixed: [Int]) -> CoveringProblem {
    let covered = problem.coverage(fixed)
    let requirement = zip(problem.requirement, covered).map { max(0, $0 - $1) }
    let totals = groupTotals(fixed)
    let groups = zip(problem.groups, totals).map { group, total in
      CoveringGroup(
        columns: group.columns, minimum: max(0, group.minimum - total),
        maximum: group.maximum.map { max(0, $0 - total) })
    }
    return CoveringProblem(
      requirement: requirement, columns: problem.columns, costs: problem.costs, groups: groups)
  }

  /// Adds units until every row is covered and every group reaches its minimum: each step
  /// the column covering most rows still short per unit of cost (within group maxima).
  /// Throws `.infeasible` when no column can cover a row still short.
  func repair(_ counts: inout [Int]) throws(CoveringError) {
    var deficit = zip(problem.requirement, problem.coverage(counts)).map { max(0, $0 - $1) }
    var totals = groupTotals(counts)
    func room(_ j: Int) -> Bool {
      for g in groupsOf[j] {
        if let maximum = problem.groups[g].maximum, totals[g] >= maximum { return false }
      }
      return true
    }
    func add(_ j: Int) {
      counts[j] += 1
      for i in problem.columns[j] where deficit[i] > 0 { deficit[i] -= 1 }
      for g in groupsOf[j] { totals[g] += 1 }
    }
    var short = deficit.reduce(0, +)
    while short > 0 {
      var best = -1
      var bestScore = 0.0
      for (j, rows) in problem.columns.enumerated() where room(j) && !excluded.contains(j) {
        var hits = 0
        for i in rows where deficit[i] > 0 { hits += 1 }
        guard hits > 0 else { continue }
        let cost = problem.costs[j]
        let score = cost > 0 ? Double(hits) / cost : Double.infinity
        if best < 0 || score > bestScore {
          best = j
          bestScore = score
        }
      }
      guard best >= 0 else { throw .infeasible }
      add(best)
      short = deficit.reduce(0, +)
    }
    for (g, group) in problem.groups.enumerated() {
      while totals[g] < group.minimum {
        guard
          let j = group.columns.filter({ room($0) }).min(by: {
            (problem.costs[$0], $0) < (problem.costs[$1], $1)
          })
        else { throw .infeasible }
        add(j)
      }
    }
  }

  /// Improves `best` by moves that remove one unit of a column, or one unit each of two
  /// columns sharing a row, then repair (without them) and trim, taking the first move that
  /// lowers the cost, until none does or `expired()`; returns true when time ran out.
  mutating func improve(_ best: inout [Int], expired: () -> Bool) -> Bool {
    var bestCost = problem.cost(best)
    var improved = true
    while improved {
      improved = false
      let used = best.indices.filter { best[$0] > 0 }.sorted {
        (problem.costs[$0], $0) > (problem.costs[$1], $1)
      }
      var moves: [[Int]] = used.map { [$0] }
      for (a, j) in used.enumerated() {
        let rows = Set(problem.columns[j])
        if best[j] > 1 { moves.append([j, j]) }
        for k in used[(a + 1)...] where problem.columns[k].contains(where: rows.contains) {
          moves.append([j, k])
        }
      }
      for move in moves {
        if expired() { return true }
        var candidate = best
        for j in move { candidate[j] -= 1 }
        excluded = move
        defer { excluded = [] }
        guard (try? repair(&candidate)) != nil else { continue }
        trim(&candidate)
        let cost = problem.cost(candidate)
        if cost < bestCost - 1e-9 {
          best = candidate
          bestCost = cost
          improved = true
          break
        }
      }
    }
    return false
  }

  /// Removes units that cover only rows already over their requirement (dearest columns
  /// first), keeping every group at or above its minimum.
  func trim(_ counts: inout [Int]) {
    var covered = problem.coverage(counts)
    var totals = groupTotals(counts)
    for j in byCostDescending where counts[j] > 0 {
      while counts[j] > 0,
        problem.columns[j].allSatisfy({ covered[$0] > problem.requirement[$0] }),
        groupsOf[j].allSatisfy({ totals[$0] > problem.groups[$0].minimum })
      {
        counts[j] -= 1
        for i in problem.columns[j] { covered[i] -= 1 }
        for g in groupsOf[j] { totals[g] -= 1 }
      }
    }
  }
}
