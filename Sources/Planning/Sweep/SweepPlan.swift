import ContactCenter
import Simulation

/// A sweep ready to run: the spec, its design, and every point's edited scenario, each
/// built and validated by `check()` before any work starts.
public struct SweepPlan: Sendable {
  /// The spec.
  public let spec: SweepSpec
  /// The points.
  public let design: SweepDesign

  /// The key purpose of a point's seed under independent streams (ASCII "SWEEP").
  public static let independentSeedPurpose: UInt64 = 0x53_5745_4550

  /// Returns the plan of `spec`.
  public init(spec: SweepSpec) {
    self.spec = spec
    design = SweepDesign(parameters: spec.parameters, kind: spec.design, seed: spec.seed)
  }

  /// The number of points.
  public var pointCount: Int { design.pointCount }

  /// Returns the overrides that make point `index` from the base scenario.
  public func overrides(ofPoint index: Int) -> [ScenarioOverride] {
    zip(spec.parameters, design.values(ofPoint: index)).map { $0.override($1) }
  }

  /// Returns the seed of point `index`: the spec's seed under common streams, else
  /// `RandomStreams.key(seed, point, independentSeedPurpose, 0)`.
  public func seed(ofPoint index: Int) -> UInt64 {
    switch spec.streams {
    case .common: return spec.seed
    case .independent:
      return RandomStreams.key(
        seed: spec.seed, replication: UInt64(index), purpose: Self.independentSeedPurpose,
        index: 0)
    }
  }

  /// Returns point `index`'s scenario, validated; throws `SweepError.invalidPoints`.
  public func scenario(ofPoint index: Int) throws(SweepError) -> Scenario {
    do {
      return try ScenarioOverride.apply(
        overrides(ofPoint: index), to: spec.base.scenario, file: spec.base.file)
    } catch {
      throw .invalidPoints([problem(index, error.message)], total: 1)
    }
  }

  /// Returns point `index`'s scenario without validating it again (for points `check`
  /// passed: the edit is deterministic).
  func uncheckedScenario(ofPoint index: Int) -> Scenario {
    var scenario = spec.base.scenario
    for override in overrides(ofPoint: index) { try? override.apply(to: &scenario) }
    return scenario
  }

  /// Builds and validates every point of `points` (default: all) and checks what the
  /// method needs (staffing to simulate, an hourly cost for the cost figures); throws
  /// `SweepError` naming up to `limit` bad points by index and parameter values.
  public func check(points: [Int]? = nil, limit: Int = 10) throws(SweepError) {
    if spec.method == .simulation {
      let unstaffed = spec.base.scenario.pools.filter { $0.staffing == nil }.map(\.id)
      if !unstaffed.isEmpty { throw .needsStaffing(pools: unstaffed) }
    }
    let costed =
      spec.method.isAnalytic
      || spec.metrics.contains { $0.kind == .totalCost || $0.kind == .costPerHandled }
    let uncosted = spec.base.scenario.pools.filter { $0.hourlyCost == nil }.map(\.id)
    if costed, !uncosted.isEmpty { throw .needsHourlyCost(pools: uncosted) }
    var problems: [SweepError.PointProblem] = []
    var bad = 0
    for index in points ?? Array(0..<pointCount) {
      do {
        _ = try ScenarioOverride.apply(
          overrides(ofPoint: index), to: spec.base.scenario, file: spec.base.file)
      } catch {
        bad += 1
        if problems.count < limit { problems.append(problem(index, error.message)) }
      }
    }
    if bad > 0 { throw .invalidPoints(problems, total: bad) }
  }

  private func problem(_ index: Int, _ message: String) -> SweepError.PointProblem {
    SweepError.PointProblem(
      point: index, parameters: overrides(ofPoint: index).map(\.description), message: message)
  }
}

/// Why a sweep cannot run, naming the points and parameters concerned.
public enum SweepError: Error, Sendable, Equatable, CustomStringConvertible {
  /// One point whose scenario cannot be built or is invalid.
  public struct PointProblem: Sendable, Equatable {
    /// The point's index.
    public var point: Int
    /// Its parameter settings, as `channels[voice].handleTime.mean = 300`.
    public var parameters: [String]
    /// What is wrong.
    public var message: String
  }

  /// Points that make the scenario invalid (the first few, and how many in all).
  case invalidPoints([PointProblem], total: Int)
  /// A simulated sweep needs every pool's staffing in the base scenario.
  case needsStaffing(pools: [String])
  /// The cost figures need every pool's hourly cost.
  case needsHourlyCost(pools: [String])
  /// The analytic plan of a point failed.
  case planning(point: Int, parameters: [String], PlanningError)
  /// The scenario of a point could not be compiled for simulation.
  case model(point: Int, message: String)

  /// Returns the message, naming points by index and their parameter values.
  public var description: String {
    switch self {
    case .invalidPoints(let problems, let total):
      var lines = problems.map {
        "point \($0.point) (\($0.parameters.joined(separator: ", "))): \($0.message)"
      }
      if total > problems.count { lines.append("… and \(total - problems.count) more points") }
      let count = total == 1 ? "1 point makes" : "\(total) points make"
      return "\(count) the scenario invalid:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    case .needsStaffing(let pools):
      return "a simulated sweep needs the staffing of every pool in the base scenario; "
        + "none for " + pools.map { "'\($0)'" }.joined(separator: ", ")
        + " (give pools[].staffing, or use \"method\": \"erlang-c\" to plan it)"
    case .needsHourlyCost(let pools):
      return "the cost figures need an hourlyCost for every pool; none for "
        + pools.map { "'\($0)'" }.joined(separator: ", ")
        + " (give one, 0 to leave a pool uncosted, or leave the cost metrics out)"
    case .planning(let point, let parameters, let error):
      return "point \(point) (\(parameters.joined(separator: ", "))) cannot be planned: \(error)"
    case .model(let point, let message):
      return "point \(point) cannot be simulated: \(message)"
    }
  }
}
