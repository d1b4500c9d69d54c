import Testing

@testable import Optimization

/// Returns the cheapest whole counts in 0...limit per column by enumeration (an oracle
/// independent of the solver), or nil when none is feasible.
func bruteForceOptimum(_ problem: CoveringProblem, limit: Int) -> Double? {
  let n = problem.columns.count
  var counts = [Int](repeating: 0, count: n)
  var best: Double?
  while true {
    if problem.isFeasible(counts) {
      let cost = problem.cost(counts)
      if best == nil || cost < best! { best = cost }
    }
    var j = 0
    while j < n && counts[j] == limit {
      counts[j] = 0
      j += 1
    }
    if j == n { return best }
    counts[j] += 1
  }
}

/// Returns the rows start..<start+length.
func shift(_ start: Int, _ length: Int, breakAt: Int? = nil) -> [Int] {
  (start..<(start + length)).filter { $0 != breakAt.map { start + $0 } }
}

@Suite("integer covering: interval matrices, hand-solved and enumerated optima")
struct CoveringSolverTests {
  /// Consecutive shifts without breaks give an interval (consecutive-ones) matrix, which is
  /// totally unimodular: every basic optimum of the relaxation is whole, and it equals the
  /// integer optimum found by enumeration.
  @Test func intervalMatrixRelaxationIsIntegral() throws {
    let requirements: [[Int]] = [
      [1, 3, 2, 2, 3, 1, 0, 2], [2, 2, 2, 3, 3, 3, 1, 1], [3, 0, 1, 2, 3, 2, 1, 3],
    ]
    for requirement in requirements {
      let columns = (0...5).map { shift($0, 3) } + [0, 2, 4].map { shift($0, 4) }
      let costs = [Double](repeating: 3, count: 6) + [Double](repeating: 3.5, count: 3)
      let problem = CoveringProblem(requirement: requirement, columns: columns, costs: costs)
      let solution = try optimum(problem.relaxation())
      for value in solution.values {
        #expect(abs(value - value.rounded()) < 1e-9, "\(solution.values)")
      }
      let oracle = try #require(bruteForceOptimum(problem, limit: 3))
      #expect(abs(solution.objective - oracle) < 1e-9)
      let result = try CoveringSolver.solve(problem)
      #expect(result.relaxationWasIntegral)
      #expect(abs(result.cost - oracle) < 1e-9)
      #expect(result.gap == 0)
    }
  }

  /// A 4-hour day of 15-minute intervals and 2-hour shifts (8 intervals) starting every 15
  /// minutes: 2 agents 00:00–01:00, 4 from 01:00 to 03:00, 1 in the last hour. Interval 0 is
  /// covered only by the 00:00 start and no shift covers both interval 3 and interval 11, so
  /// at least 2 + 4 = 6 shifts are needed, and starts 00:00, 01:00, 02:00 × 2 achieve it.
  @Test func fourHourDayOfTwoHourShifts() throws {
    let requirement = [2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1]
    let problem = CoveringProblem(
      requirement: requirement, columns: (0...8).map { shift($0, 8) },
      costs: [Double](repeating: 2, count: 9))
    let result = try CoveringSolver.solve(problem)
    #expect(result.cost == 12)
    #expect(abs(result.lowerBound - 12) < 1e-9)
    #expect(problem.isFeasible(result.counts))
  }

  /// Shifts with a one-interval break in one of two places: the relaxation may be
  /// fractional; the solver's roster is feasible, lies between the relaxation's bound and
  /// above the enumerated optimum, and its gap is cost ÷ bound − 1.
  @Test func breaksAgainstEnumeration() throws {
    let requirements: [[Int]] = [
      [2, 2, 3, 3, 2, 2, 1, 1], [1, 2, 2, 2, 2, 2, 2, 1], [3, 2, 2, 1, 2, 3, 2, 2],
    ]
    for requirement in requirements {
      var columns: [[Int]] = []
      for start in 0...3 {
        for placement in [2, 3] { columns.append(shift(start, 5, breakAt: placement)) }
      }
      let problem = CoveringProblem(
        requirement: requirement, columns: columns,
        costs: [Double](repeating: 4, count: columns.count))
      let result = try CoveringSolver.solve(problem)
      let oracle = try #require(bruteForceOptimum(problem, limit: 3))
      #expect(problem.isFeasible(result.counts))
      #expect(result.lowerBound <= oracle + 1e-9)
      #expect(result.cost >= oracle - 1e-9)
      #expect(result.cost == oracle, "small instances are solved to optimality")
      #expect(abs(result.gap - (result.cost / result.lowerBound - 1)) < 1e-15)
    }
  }

  /// Group bounds: at most 1 long shift forces short ones; none of either is infeasible.
  @Test func groupBounds() throws {
    let columns = [shift(0, 4), shift(0, 2), shift(2, 2)]
    var problem = CoveringProblem(
      requirement: [2, 2, 2, 2], columns: columns, costs: [3, 2, 2],
      groups: [CoveringGroup(columns: [0], maximum: 1)])
    let result = try CoveringSolver.solve(problem)
    #expect(result.counts[0] <= 1)
    #expect(problem.isFeasible(result.counts))
    #expect(result.cost == bruteForceOptimum(problem, limit: 2))
    problem.groups = [CoveringGroup(columns: [0, 1, 2], maximum: 1)]
    #expect(throws: CoveringError.infeasible) { try CoveringSolver.solve(problem) }
  }
}
