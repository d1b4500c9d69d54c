extension DistributionSpec {
  /// Returns the distribution with every value multiplied by `factor` (> 0): the mean
  /// scales, the cv and the shape (Erlang phases) stay.
  public func scaled(by factor: Double) -> DistributionSpec {
    switch self {
    case .exponential(let mean): return .exponential(mean: mean * factor)
    case .lognormal(let mean, let cv): return .lognormal(mean: mean * factor, cv: cv)
    case .gamma(let mean, let cv): return .gamma(mean: mean * factor, cv: cv)
    case .erlang(let mean, let k): return .erlang(mean: mean * factor, k: k)
    case .deterministic(let value): return .deterministic(value: value * factor)
    case .uniform(let mean, let cv): return .uniform(mean: mean * factor, cv: cv)
    case .empirical(let values): return .empirical(values: values.map { $0 * factor })
    }
  }
}
