/// What a command needs from a scenario beyond what every valid scenario has.
public enum ScenarioRequirement: Sendable, CaseIterable {
  /// Every pool's `hourlyCost`: `ccplan staff` reports cost (an explicit 0 is accepted).
  case hourlyCost
  /// Every pool's `staffing`: `ccplan simulate` replays it (unless given `--staffing FILE`).
  case staffing

  /// The pool key the requirement names.
  var key: String {
    switch self {
    case .hourlyCost: return "hourlyCost"
    case .staffing: return "staffing"
    }
  }

  /// Returns the message for a pool that lacks the key: what it is for and how to fix it.
  func message(pool: String) -> String {
    switch self {
    case .hourlyCost:
      return
        "missing 'hourlyCost' on pool '\(pool)' (expected the cost of one scheduled agent-hour, which a staffing plan reports); add \"hourlyCost\": 28 to the pool, or \"hourlyCost\": 0 to leave it uncosted"
    case .staffing:
      return
        "missing 'staffing' on pool '\(pool)' (expected a scheduled headcount, a number or one per open interval, for the simulation to replay); add \"staffing\" to the pool, or give --staffing FILE (a staffing.csv written by 'ccplan staff')"
    }
  }
}

extension LoadedScenario {
  /// Returns nothing when every pool has what `requirement` needs; else throws
  /// `ScenarioError.invalid` with one issue per pool lacking it, at `pools[i].<key>`, with
  /// the pool's line and column in the file.
  public func require(_ requirement: ScenarioRequirement) throws(ScenarioError) {
    var issues: [ScenarioIssue] = []
    for (p, pool) in scenario.pools.enumerated() {
      let given = requirement == .staffing ? pool.staffing != nil : pool.hourlyCost != nil
      if !given {
        issues.append(
          ScenarioIssue(
            file: file, path: "pools[\(p)].\(requirement.key)", position: positions["pools[\(p)]"],
            message: requirement.message(pool: pool.id)))
      }
    }
    if !issues.isEmpty { throw .invalid(file: file, issues: issues) }
  }
}
