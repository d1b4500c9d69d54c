/// A probability distribution of a duration, given by its mean (and cv where it applies).
///
/// - `exponential`: cv 1.
/// - `lognormal`: σ² = ln(1 + cv²), μ = ln(mean) − σ²/2.
/// - `gamma`: shape 1/cv², scale mean·cv².
/// - `erlang`: `k` exponential phases (cv = 1/√k).
/// - `deterministic`: always the mean.
/// - `uniform`: on mean × (1 ± √3·cv) (so cv ≤ 1/√3).
/// - `empirical`: one of the listed values, each equally likely.
public enum DistributionSpec: Sendable, Equatable {
  /// Exponential with this mean, in seconds.
  case exponential(mean: Double)
  /// Lognormal with this mean (seconds) and coefficient of variation.
  case lognormal(mean: Double, cv: Double)
  /// Gamma with this mean (seconds) and coefficient of variation.
  case gamma(mean: Double, cv: Double)
  /// Erlang with `k` phases and this mean, in seconds.
  case erlang(mean: Double, k: Int)
  /// Always this value, in seconds.
  case deterministic(value: Double)
  /// Uniform with this mean (seconds) and coefficient of variation.
  case uniform(mean: Double, cv: Double)
  /// Equally likely sample values, in seconds.
  case empirical(values: [Double])

  /// Returns the mean, in seconds.
  public var mean: Double {
    switch self {
    case .exponential(let mean), .lognormal(let mean, _), .gamma(let mean, _),
      .erlang(let mean, _), .uniform(let mean, _):
      return mean
    case .deterministic(let value): return value
    case .empirical(let values): return values.reduce(0, +) / Double(max(values.count, 1))
    }
  }

  /// Returns the coefficient of variation (standard deviation ÷ mean).
  public var cv: Double {
    switch self {
    case .exponential: return 1
    case .lognormal(_, let cv), .gamma(_, let cv), .uniform(_, let cv): return cv
    case .erlang(_, let k): return 1 / Double(k).squareRoot()
    case .deterministic: return 0
    case .empirical(let values):
      let m = mean
      guard values.count > 1, m > 0 else { return 0 }
      let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count)
      return variance.squareRoot() / m
    }
  }

  /// Returns the distribution's name as written in scenario files.
  public var name: String {
    switch self {
    case .exponential: return "exponential"
    case .lognormal: return "lognormal"
    case .gamma: return "gamma"
    case .erlang: return "erlang"
    case .deterministic: return "deterministic"
    case .uniform: return "uniform"
    case .empirical: return "empirical"
    }
  }
}
