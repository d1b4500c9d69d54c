import Testing

@testable import Optimization

/// Returns the optimal solution, or records a failure naming what came back.
func optimum(_ program: LinearProgram, degenerateStreak: Int = 20) throws -> LPSolution {
  let result = try Simplex.solve(program, degenerateStreak: degenerateStreak)
  guard let solution = result.solution else {
    Issue.record("expected an optimum, found \(result)")
    throw SolveFailure()
  }
  return solution
}

struct SolveFailure: Error {}

@Suite("simplex: textbook linear programs with known optima")
struct SimplexTests {
  /// Wyndor Glass (Hillier & Lieberman, Introduction to Operations Research, §3.1):
  /// max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), Z = 36.
  @Test func wyndorGlassMaximum() throws {
    let program = LinearProgram(
      costs: [-3, -5],
      rows: [
        .init(dense: [1, 0], .lessOrEqual, 4), .init(dense: [0, 2], .lessOrEqual, 12),
        .init(dense: [3, 2], .lessOrEqual, 18),
      ])
    let solution = try optimum(program)
    #expect(abs(solution.objective + 36) < 1e-9)
    #expect(abs(solution.values[0] - 2) < 1e-9)
    #expect(abs(solution.values[1] - 6) < 1e-9)
  }

  /// A diet problem: min 0.12x + 0.15y, 60x + 60y ≥ 300, 12x + 6y ≥ 36, 10x + 30y ≥ 90.
  /// Vertices (0, 6) 0.90, (1, 4) 0.72, (3, 2) 0.66, (9, 0) 1.08: the optimum is (3, 2).
  @Test func dietMinimum() throws {
    let program = LinearProgram(
      costs: [0.12, 0.15],
      rows: [
        .init(dense: [60, 60], .greaterOrEqual, 300), .init(dense: [12, 6], .greaterOrEqual, 36),
        .init(dense: [10, 30], .greaterOrEqual, 90),
      ])
    let solution = try optimum(program)
    #expect(abs(solution.objective - 0.66) < 1e-9)
    #expect(abs(solution.values[0] - 3) < 1e-9)
    #expect(abs(solution.values[1] - 2) < 1e-9)
  }

  /// An equality row and a ≥ row: min x + y, x + 2y = 4, x − y ≥ 1. From the equality
  /// x = 4 − 2y, so x − y ≥ 1 means y ≤ 1 and x + y = 4 − y is least at y = 1: (2, 1), 3.
  @Test func equalityRow() throws {
    let program = LinearProgram(
      costs: [1, 1],
      rows: [.init(dense: [1, 2], .equal, 4), .init(dense: [1, -1], .greaterOrEqual, 1)])
    let solution = try optimum(program)
    #expect(abs(solution.objective - 3) < 1e-9)
    #expect(abs(solution.values[0] - 2) < 1e-9)
    #expect(abs(solution.values[1] - 1) < 1e-9)
  }

  /// A row with a negative right-hand side is flipped: −x ≤ −2 is x ≥ 2; min x → 2.
  @Test func negativeRightHandSide() throws {
    let solution = try optimum(
      LinearProgram(costs: [1], rows: [.init(dense: [-1], .lessOrEqual, -2)]))
    #expect(abs(solution.objective - 2) < 1e-12)
  }

  /// Beale's (1955) example in Chvátal's form (Linear Programming, 1983, p. 31): every
  /// pivot from the origin is degenerate, and Dantzig's rule with lowest-index ties cycles
  /// through six bases for ever. The optimum is −1/20 at x4 = 1/25, x6 = 1.
  static let beale = LinearProgram(
    costs: [-0.75, 150, -0.02, 6],
    rows: [
      .init(dense: [0.25, -60, -0.04, 9], .lessOrEqual, 0),
      .init(dense: [0.5, -90, -0.02, 3], .lessOrEqual, 0),
      .init(dense: [0, 0, 1, 0], .lessOrEqual, 1),
    ])

  @Test func bealeCyclesWithoutAntiCycling() throws {
    let result = try Simplex.solve(
      Self.beale, maxPivots: 500, degenerateStreak: .max, lowestIndexTies: true)
    #expect(result == .iterationLimit(500))
    // Bland's rule from the first degenerate pivot, on the same textbook ties, terminates.
    let bland = try Simplex.solve(
      Self.beale, maxPivots: 500, degenerateStreak: 1, lowestIndexTies: true)
    #expect(abs((bland.solution?.objective ?? 0) + 0.05) < 1e-12)
  }

  @Test func bealeSolvedWithBlandFallback() throws {
    let solution = try optimum(Self.beale)
    #expect(abs(solution.objective + 0.05) < 1e-12)
    #expect(abs(solution.values[0] - 0.04) < 1e-12)
    #expect(abs(solution.values[2] - 1) < 1e-12)
    #expect(solution.pivots < 50)
  }

  @Test func infeasibleIsReported() throws {
    let program = LinearProgram(
      costs: [1, 1],
      rows: [.init(dense: [1, 1], .lessOrEqual, 1), .init(dense: [1, 1], .greaterOrEqual, 3)])
    #expect(try Simplex.solve(program) == .infeasible)
  }

  @Test func unboundedIsReported() throws {
    let program = LinearProgram(costs: [-1, -1], rows: [.init(dense: [1, -1], .lessOrEqual, 1)])
    #expect(try Simplex.solve(program) == .unbounded)
  }

  /// A redundant equality (the second row is twice the first) leaves an artificial basic at
  /// zero; the optimum must still be found: min x + 2y, x + y = 2, 2x + 2y = 4 → (2, 0), 2.
  @Test func redundantEquality() throws {
    let program = LinearProgram(
      costs: [1, 2],
      rows: [.init(dense: [1, 1], .equal, 2), .init(dense: [2, 2], .equal, 4)])
    let solution = try optimum(program)
    #expect(abs(solution.objective - 2) < 1e-12)
  }

  @Test func malformedRowIsAnError() {
    let program = LinearProgram(
      costs: [1], rows: [.init(columns: [3], coefficients: [1], relation: .lessOrEqual, bound: 1)])
    #expect(throws: LinearProgramError.badRow(0)) { try Simplex.solve(program) }
  }
}
