import Foundation

/// One path-based edit of a scenario: set a field to a value, or multiply it (every
/// element of an array, such as a demand or staffing row) by a factor.
///
///     let aht = try ScenarioPath.parse("channels[voice].handleTime.mean", in: scenario)
///     let edited = try ScenarioOverride.apply(
///       [ScenarioOverride(path: aht, operation: .set(300))], to: scenario)
///
/// Values are in the path's canonical unit (`ScenarioValueKind`): seconds, shares as
/// fractions, `sla.percent` as a percentage, counts as whole numbers.
public struct ScenarioOverride: Sendable, Hashable, CustomStringConvertible {
  /// What an override does to its field.
  public enum Operation: Sendable, Hashable {
    /// Replace the field with the value (a staffing row becomes this headcount everywhere).
    case set(Double)
    /// Multiply the field, or every element, by the factor (> 0); counts are rounded.
    case scale(Double)
  }

  /// The field edited.
  public var path: ScenarioPath
  /// What is done to it.
  public var operation: Operation

  /// Returns an override of `path`.
  public init(path: ScenarioPath, operation: Operation) {
    self.path = path
    self.operation = operation
  }

  /// Returns "channels[voice].handleTime.mean = 300" or "pools[tier1].staffing × 1.2".
  public var description: String {
    switch operation {
    case .set(let value): return "\(path) = \(Self.format(value))"
    case .scale(let factor): return "\(path) × \(Self.format(factor))"
    }
  }

  /// Returns `scenario` with every override applied in order and validated once at the
  /// end: throws `ScenarioPathError` naming the overrides when one cannot be applied
  /// or the edited scenario is invalid (with each problem's JSON path).
  public static func apply(
    _ overrides: [ScenarioOverride], to scenario: Scenario, file: String = "<scenario>"
  ) throws(ScenarioPathError) -> Scenario {
    var edited = scenario
    for override in overrides { try override.apply(to: &edited) }
    do {
      try edited.validate(file: file)
    } catch {
      throw ScenarioPathError(
        path: overrides.map(\.description).joined(separator: ", "),
        message: "the edited scenario is invalid: "
          + error.issues.map { "\($0.path): \($0.message)" }.joined(separator: "; "))
    }
    return edited
  }

  /// Applies this override to `scenario` without validating the result (see
  /// `apply(_:to:file:)`); throws `ScenarioPathError` when the value does not fit the
  /// field (a negative duration, a fraction above 1, a field the scenario lacks).
  public func apply(to scenario: inout Scenario) throws(ScenarioPathError) {
    try checkValue()
    switch path.target {
    case .channel(let id, let field):
      guard let c = scenario.channels.firstIndex(where: { $0.id == id }) else {
        throw fail("no channel '\(id)' in the scenario")
      }
      try apply(field, to: &scenario.channels[c])
    case .pool(let id, let field):
      guard let p = scenario.pools.firstIndex(where: { $0.id == id }) else {
        throw fail("no pool '\(id)' in the scenario")
      }
      try apply(field, to: &scenario.pools[p])
    case .shrinkage: scenario.shrinkage = try share(scenario.shrinkage)
    case .occupancyCap: scenario.occupancyCap = try share(scenario.occupancyCap)
    case .costsOverhead: scenario.costs.overhead = try share(scenario.costs.overhead)
    case .costsAbandonedContact:
      scenario.costs.abandonedContact = edit(scenario.costs.abandonedContact)
    case .dayFactorCV: scenario.dayFactorCV = try share(scenario.dayFactorCV)
    }
  }

  private func apply(_ field: ScenarioPath.ChannelField, to channel: inout Channel)
    throws(ScenarioPathError)
  {
    switch field {
    case .handleTimeMean:
      channel.handleTime = try withMean(channel.handleTime, what: "handle time")
    case .handleTimeCV:
      channel.handleTime = try withCV(channel.handleTime)
    case .patienceMean:
      guard let patience = channel.patience else {
        throw fail("channel '\(channel.id)' has no patience to edit (add one to the scenario)")
      }
      channel.patience = try withMean(patience, what: "patience")
    case .concurrencyMax:
      guard var concurrency = channel.concurrency else {
        throw fail("channel '\(channel.id)' has no concurrency to edit")
      }
      let max = Int(edit(Double(concurrency.max)).rounded())
      concurrency.handleTimeFactor = Self.factors(concurrency.handleTimeFactor, levels: max)
      concurrency.max = max
      channel.concurrency = concurrency
    case .demand:
      guard case .scale(let factor) = operation else {
        throw fail("demand can only be scaled (write scale, not a value)")
      }
      channel.demand = channel.demand.map { $0 * factor }
    case .deflection: channel.deflection = try share(channel.deflection)
    case .slaPercent: channel.sla.percent = edit(channel.sla.percent)
    case .slaWithin: channel.sla.withinSeconds = edit(channel.sla.withinSeconds)
    case .initialBacklog: channel.initialBacklog = edit(channel.initialBacklog).rounded()
    }
  }

  private func apply(_ field: ScenarioPath.PoolField, to pool: inout Pool)
    throws(ScenarioPathError)
  {
    switch field {
    case .staffing:
      switch operation {
      case .set(let value):
        let count = Int(value)
        pool.staffing = (pool.staffing ?? [0]).map { _ in count }
      case .scale(let factor):
        guard let staffing = pool.staffing else {
          throw fail("pool '\(pool.id)' has no staffing to scale (give it one in the scenario)")
        }
        pool.staffing = staffing.map { Int((Double($0) * factor).rounded()) }
      }
    case .hourlyCost:
      if case .scale = operation, pool.hourlyCost == nil {
        throw fail("pool '\(pool.id)' has no hourlyCost to scale")
      }
      pool.hourlyCost = edit(pool.hourlyCost ?? 0)
    case .fcr(let channel): pool.fcr[channel] = try share(pool.fcr(for: channel))
    }
  }

  /// Returns the field's new value: the set value, or `old` × the factor.
  private func edit(_ old: Double) -> Double {
    switch operation {
    case .set(let value): return value
    case .scale(let factor): return old * factor
    }
  }

  /// Returns the new share, refusing one above 1.
  private func share(_ old: Double) throws(ScenarioPathError) -> Double {
    let value = edit(old)
    guard value <= 1 else {
      throw fail("expected a share from 0 to 1, found \(Self.format(value))")
    }
    return value
  }

  private func withMean(_ distribution: DistributionSpec, what: String)
    throws(ScenarioPathError) -> DistributionSpec
  {
    switch operation {
    case .scale(let factor): return distribution.scaled(by: factor)
    case .set(let mean):
      guard distribution.mean > 0 else {
        throw fail("the \(what) has mean 0, which cannot be moved to \(Self.format(mean))")
      }
      return distribution.scaled(by: mean / distribution.mean)
    }
  }

  private func withCV(_ distribution: DistributionSpec) throws(ScenarioPathError)
    -> DistributionSpec
  {
    let cv = edit(distribution.cv)
    switch distribution {
    case .lognormal(let mean, _): return .lognormal(mean: mean, cv: cv)
    case .gamma(let mean, _): return .gamma(mean: mean, cv: cv)
    case .uniform(let mean, _): return .uniform(mean: mean, cv: cv)
    default:
      throw fail(
        "a \(distribution.name) handle time has no free cv (lognormal, gamma and uniform do)")
    }
  }

  /// Returns `factors` cut or extended to `levels` entries: an extension repeats the last
  /// step (1.6 after 1.0, 1.25 continues 1.95, 2.3, ...).
  static func factors(_ factors: [Double], levels: Int) -> [Double] {
    guard levels > 0 else { return [] }
    if factors.count >= levels { return Array(factors.prefix(levels)) }
    var result = factors.isEmpty ? [1.0] : factors
    let step = result.count >= 2 ? result[result.count - 1] - result[result.count - 2] : 0
    while result.count < levels { result.append(result[result.count - 1] + step) }
    return result
  }

  /// Refuses values no field of this kind takes, before touching the scenario.
  private func checkValue() throws(ScenarioPathError) {
    switch operation {
    case .scale(let factor):
      guard factor.isFinite, factor > 0 else {
        throw fail("expected a scale factor above 0, found \(Self.format(factor))")
      }
    case .set(let value):
      guard path.allowsSet else { throw fail("demand can only be scaled") }
      guard value.isFinite, value >= 0 else {
        throw fail("expected a value ≥ 0, found \(Self.format(value))")
      }
      if path.valueKind == .count, value.rounded() != value {
        throw fail("expected a whole number, found \(Self.format(value))")
      }
    }
  }

  private func fail(_ message: String) -> ScenarioPathError {
    ScenarioPathError(path: description, message: message)
  }

  /// Returns a number without a trailing ".0" when it is whole.
  static func format(_ value: Double) -> String {
    JSONNode.format(value)
  }
}
