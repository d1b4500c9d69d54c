import Foundation

/// How a sweep computes each point.
public enum SweepMethod: String, Sendable, CaseIterable {
  /// Replications of the discrete-event model (the default).
  case simulation
  /// The analytic plan by Erlang C (fast screening; staffing is what the plan computes).
  case erlangC = "erlang-c"
  /// The analytic plan by Erlang A.
  case erlangA = "erlang-a"

  /// Whether the method is an analytic plan rather than simulation.
  public var isAnalytic: Bool { self != .simulation }
}

/// Which random streams the points of a simulated sweep use.
public enum SweepStreams: String, Sendable, CaseIterable {
  /// Every point uses the streams of (spec seed, replication): common random numbers, so
  /// the difference between neighbouring points is the parameter's effect, not noise.
  case common
  /// Point i uses a seed derived from (spec seed, i): independent points.
  case independent
}

/// How the points of a sweep are chosen from the parameters' levels.
public enum SweepDesignKind: Sendable, Equatable {
  /// The full product of every parameter's values, the first parameter varying slowest.
  case grid
  /// `samples` points, each parameter's range cut into `samples` equal strata and every
  /// stratum used by exactly one point (McKay, Beckman and Conover 1979).
  case latinHypercube(samples: Int)
}

/// One swept parameter: a path into the scenario and its levels.
public struct SweepParameter: Sendable, Equatable {
  /// The levels a parameter takes, in the path's canonical unit.
  public enum Levels: Sendable, Equatable {
    /// The listed values, set in turn.
    case values([Double])
    /// `from` to `to` (inclusive) in steps of `step`; a Latin hypercube samples the whole
    /// interval and needs no step.
    case range(from: Double, to: Double, step: Double?)
    /// The listed factors, each multiplying the field (or every element of it).
    case scale([Double])
  }

  /// The field swept.
  public var path: ScenarioPath
  /// Its levels.
  public var levels: Levels

  /// Returns a parameter.
  public init(path: ScenarioPath, levels: Levels) {
    self.path = path
    self.levels = levels
  }

  /// Whether the levels are factors rather than values.
  public var isScale: Bool {
    if case .scale = levels { return true }
    return false
  }

  /// Returns the discrete levels of a grid: the values, the factors, or the range's steps.
  public var gridLevels: [Double] {
    switch levels {
    case .values(let values), .scale(let values): return values
    case .range(let from, let to, let step):
      guard let step, step > 0 else { return [from] }
      let count = Int(((to - from) / step * (1 + 1e-12)).rounded(.down)) + 1
      // Twelve significant digits drop the binary noise of from + k × step (0.1 + 0.05
      // is 0.15000000000000002), so a range prints as written.
      return (0..<count).map { Double(String(format: "%.12g", from + Double($0) * step)) ?? 0 }
    }
  }

  /// Returns the override setting (or scaling) the path to `level`.
  public func override(_ level: Double) -> ScenarioOverride {
    ScenarioOverride(path: path, operation: isScale ? .scale(level) : .set(level))
  }

  /// The results column of this parameter: `voice_handle_time_mean_seconds`.
  public var columnName: String { path.columnName(scaled: isScale) }
}

/// A figure a sweep reports per point, named as its results column.
public struct SweepMetric: Sendable, Hashable {
  /// What is measured.
  public enum Kind: String, Sendable, CaseIterable {
    /// A channel's first-contact service level under its definition, a share.
    case serviceLevel = "service_level"
    /// A channel's average speed of answer, in seconds.
    case asaSeconds = "asa_seconds"
    /// A channel's abandoned ÷ offered, a share.
    case abandonRate = "abandon_rate"
    /// A channel's share of offered contacts not answered at once (simulation only).
    case waitProbability = "wait_probability"
    /// A channel's offered contacts over the horizon.
    case offered = "offered_contacts"
    /// A channel's contacts whose journey ends in service.
    case handled = "handled_contacts"
    /// A channel's abandoned contacts.
    case abandoned = "abandoned_contacts"
    /// A pool's busy ÷ on-line agent time, a share.
    case occupancy
    /// A pool's scheduled paid hours (headcount × interval hours).
    case paidHours = "paid_hours"
    /// Agent cost with overhead, in the scenario's currency.
    case totalCost = "total_cost"
    /// Agent cost ÷ handled contacts, in the scenario's currency.
    case costPerHandled = "cost_per_handled_contact"

    /// Whether the figure is per channel.
    public var isChannel: Bool { Self.channelKinds.contains(self) }
    /// Whether the figure is per pool.
    public var isPool: Bool { self == .occupancy || self == .paidHours }
    /// Whether the analytic methods compute it.
    public var isAnalytic: Bool { self != .waitProbability }

    static let channelKinds: [Kind] = [
      .serviceLevel, .asaSeconds, .abandonRate, .waitProbability, .offered, .handled, .abandoned,
    ]
  }

  /// The figure.
  public var kind: Kind
  /// The channel or pool id ("" for the totals).
  public var scope: String
  /// The results column: `voice_service_level`, `tier1_occupancy`, `total_cost_eur`.
  public var column: String

  /// Returns every metric a sweep of `scenario` can report, channels first, then pools,
  /// then the totals.
  public static func catalogue(for scenario: Scenario) -> [SweepMetric] {
    let currency = scenario.costs.currency.lowercased()
    var all: [SweepMetric] = []
    for channel in scenario.channels {
      for kind in Kind.channelKinds {
        all.append(SweepMetric(kind: kind, scope: channel.id, column: "\(channel.id)_\(kind)"))
      }
    }
    for pool in scenario.pools {
      for kind in [Kind.occupancy, .paidHours] {
        all.append(SweepMetric(kind: kind, scope: pool.id, column: "\(pool.id)_\(kind)"))
      }
    }
    for kind in [Kind.totalCost, .costPerHandled] {
      all.append(SweepMetric(kind: kind, scope: "", column: "\(kind.rawValue)_\(currency)"))
    }
    return all
  }

  /// Returns the default metrics: per channel service level, ASA and abandonment, per
  /// pool occupancy, total cost and cost per handled contact.
  public static func defaults(for scenario: Scenario) -> [SweepMetric] {
    catalogue(for: scenario).filter {
      [.serviceLevel, .asaSeconds, .abandonRate, .occupancy, .totalCost, .costPerHandled]
        .contains($0.kind)
    }
  }
}

extension SweepMetric.Kind: CustomStringConvertible {
  /// Returns the raw name, `service_level`.
  public var description: String { rawValue }
}

/// A sweep specification (`*.sweep.json`), read and validated: the base scenario, the
/// parameters and their levels, the design, the method and the random streams.
public struct SweepSpec: Sendable {
  /// The spec file as the user named it.
  public var file: String
  /// The spec file's bytes (hashed into every output).
  public var bytes: [UInt8]
  /// The base scenario, loaded (its file named relative to the spec's directory).
  public var base: LoadedScenario
  /// The swept parameters, in file order (the first varies slowest in a grid).
  public var parameters: [SweepParameter]
  /// Grid or Latin hypercube.
  public var design: SweepDesignKind
  /// Simulation or an analytic plan.
  public var method: SweepMethod
  /// Replications per point (1 for the analytic methods).
  public var replications: Int
  /// The spec's seed (the base scenario's when not given).
  public var seed: UInt64
  /// Common or independent streams across points.
  public var streams: SweepStreams
  /// The figures reported, in column order.
  public var metrics: [SweepMetric]
}
