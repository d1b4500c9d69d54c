import ContactCenter

/// A headline figure of a run: what it measures, for which channel or pool, in what unit.
public struct MetricID: Sendable, Hashable {
  /// The channel or pool id the figure is about.
  public var scope: String
  /// The figure, e.g. `service_level`, `asa_seconds`, `occupancy`.
  public var name: String
  /// Its unit: `share` (0–1), `seconds`, `contacts`, `agent_hours`.
  public var unit: String

  /// Returns a metric id.
  public init(scope: String, name: String, unit: String) {
    self.scope = scope
    self.name = name
    self.unit = unit
  }

  /// Returns "voice service_level".
  public var label: String { "\(scope) \(name)" }
}

/// One replication's numerator and denominator of a figure (denominator 1 for a count).
public struct MetricSample: Sendable, Hashable {
  /// Numerator.
  public var x: Double
  /// Denominator.
  public var y: Double

  /// Returns a sample with numerator `x` and denominator `y`.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// The headline figures every comparison and sweep reports, as ratios of per-replication
/// sums: per channel (in scenario order) service level under its definition, ASA,
/// abandon rate, P(wait), offered, handled, abandoned and escalated contacts; per pool
/// occupancy and agent-hours on line.
public enum HeadlineMetrics {
  /// The per-channel figures, in order, with their units.
  static let channelFigures: [(name: String, unit: String)] = [
    ("service_level", "share"), ("asa_seconds", "seconds"), ("abandon_rate", "share"),
    ("wait_probability", "share"), ("offered", "contacts"), ("handled", "contacts"),
    ("abandoned", "contacts"), ("escalations", "contacts"),
  ]
  /// The per-pool figures, in order, with their units.
  static let poolFigures: [(name: String, unit: String)] = [
    ("occupancy", "share"), ("agent_hours", "agent_hours"),
  ]

  /// Returns the metric ids of a scenario, in the order `samples` returns them; tiers
  /// above 1 add `tier<t>_service_level` per channel (by queue entry at that tier).
  public static func ids(scenario: Scenario, model: CompiledModel) -> [MetricID] {
    var ids: [MetricID] = []
    for channel in scenario.channels {
      for figure in channelFigures {
        ids.append(MetricID(scope: channel.id, name: figure.name, unit: figure.unit))
      }
      for tier in 2..<(model.tierCount + 1) {
        ids.append(MetricID(scope: channel.id, name: "tier\(tier)_service_level", unit: "share"))
      }
    }
    for pool in scenario.pools {
      for figure in poolFigures {
        ids.append(MetricID(scope: pool.id, name: figure.name, unit: figure.unit))
      }
    }
    return ids
  }

  /// Returns one replication's samples of every headline figure, in `ids` order; the
  /// service level uses each channel's own definition.
  public static func samples(_ r: ReplicationResult, model: CompiledModel) -> [MetricSample] {
    let channels = model.channelCount
    let tiers = model.tierCount
    let pools = model.poolCount
    var result: [MetricSample] = []
    result.reserveCapacity(channels * channelFigures.count + pools * poolFigures.count)
    for c in 0..<channels {
      var first = TierCounters()
      var journey = JourneyCounters()
      var escalated = 0.0
      for k in 0..<model.horizonIntervals {
        first.add(r.tiers[(k * channels + c) * tiers])
        journey.add(r.journeys[k * channels + c])
        for t in 0..<tiers { escalated += r.tiers[(k * channels + c) * tiers + t].escalated }
      }
      let definition = model.slaDefinition[c]
      result.append(MetricSample(x: first.answeredWithinT, y: definition.denominator(first)))
      result.append(MetricSample(x: first.waitSum, y: first.answered))
      result.append(MetricSample(x: journey.abandoned, y: first.offered))
      result.append(MetricSample(x: first.offered - first.answeredAtOnce, y: first.offered))
      result.append(MetricSample(x: first.offered, y: 1))
      result.append(MetricSample(x: journey.handled, y: 1))
      result.append(MetricSample(x: journey.abandoned, y: 1))
      result.append(MetricSample(x: escalated, y: 1))
      for t in 1..<tiers {
        var counters = TierCounters()
        for k in 0..<model.horizonIntervals {
          counters.add(r.tiers[(k * channels + c) * tiers + t])
        }
        result.append(
          MetricSample(x: counters.answeredWithinT, y: definition.denominator(counters)))
      }
    }
    for p in 0..<pools {
      var total = PoolCounters()
      for k in 0..<model.horizonIntervals { total.add(r.pools[k * pools + p]) }
      result.append(MetricSample(x: total.busySeconds, y: total.presentSeconds))
      result.append(MetricSample(x: total.presentSeconds / 3600, y: 1))
    }
    return result
  }
}

/// A paired comparison of variants run on the same streams: each headline figure per
/// variant, and per variant after the first its difference to the baseline (the first)
/// with a paired 95 % interval. Figures are matched by id (channel or pool id and name),
/// so variants of different scenarios compare on what they share.
public struct Comparison: Sendable {
  /// Variant names, the baseline first.
  public let variants: [String]
  /// Every metric id of any variant, the baseline's first, in order.
  public let metrics: [MetricID]
  /// Position of each metric in each variant's samples (nil where it lacks the metric).
  let positions: [[Int?]]
  var estimates: [[RatioAccumulator]]
  var differences: [[PairedRatioAccumulator]]
  /// Replications folded in so far.
  public private(set) var replications = 0
  /// The first replication that stopped at the contact limit, if any.
  var overflow: QueueOverflow?

  /// Returns an empty comparison of variants with these metric lists.
  init(variants: [String], metricsPerVariant: [[MetricID]]) {
    self.variants = variants
    var all: [MetricID] = []
    var seen = Set<MetricID>()
    for list in metricsPerVariant {
      for id in list where seen.insert(id).inserted { all.append(id) }
    }
    metrics = all
    positions = metricsPerVariant.map { list in
      let index = Dictionary(list.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      return all.map { index[$0] }
    }
    estimates = variants.map { _ in Array(repeating: RatioAccumulator(), count: all.count) }
    differences = variants.map { _ in
      Array(repeating: PairedRatioAccumulator(), count: all.count)
    }
  }

  /// Folds one replication's samples of every variant (in variant order); returns nothing.
  mutating func add(_ samples: [[MetricSample]]) {
    replications += 1
    for (v, variantSamples) in samples.enumerated() {
      for m in 0..<metrics.count {
        guard let i = positions[v][m] else { continue }
        let s = variantSamples[i]
        estimates[v][m].add(s.x, s.y)
        if let b = positions[0][m] {
          let base = samples[0][b]
          differences[v][m].add(base.x, base.y, s.x, s.y)
        }
      }
    }
  }

  /// Returns variant v's estimate of metric m (nil where undefined or absent).
  public func estimate(variant v: Int, metric m: Int) -> Estimate? {
    positions[v][m] == nil ? nil : estimates[v][m].estimate
  }

  /// Returns variant v's difference to the baseline on metric m (variant − baseline) with
  /// its paired 95 % half-width (nil when either lacks the metric or it is undefined).
  public func difference(variant v: Int, metric m: Int) -> Estimate? {
    positions[v][m] == nil || positions[0][m] == nil ? nil : differences[v][m].difference
  }
}
