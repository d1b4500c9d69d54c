// SamplerError: why a distribution's parameters cannot make a sampler.

/// A reason a `Sampler` factory refused its parameters; the message names the value.
public enum SamplerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The mean (seconds or other units) is negative, infinite or NaN.
  case invalidMean(Double)
  /// The coefficient of variation is negative, infinite or NaN.
  case invalidCV(Double)
  /// Erlang needs at least one phase.
  case invalidPhases(Int)
  /// A uniform distribution's lower bound `mean·(1 − √3·cv)` would be negative.
  case uniformLowerBoundNegative(mean: Double, cv: Double)
  /// An empirical distribution needs at least one value.
  case emptyEmpirical
  /// An empirical value is negative, infinite or NaN.
  case invalidEmpiricalValue(index: Int, value: Double)
  /// A scale factor is negative, infinite or NaN.
  case invalidFactor(Double)

  /// Returns a one-sentence explanation a planner understands.
  public var description: String {
    switch self {
    case .invalidMean(let mean):
      return "the mean must be a finite number at least 0, found \(mean)"
    case .invalidCV(let cv):
      return "the coefficient of variation (cv) must be a finite number at least 0, found \(cv)"
    case .invalidPhases(let k):
      return "an Erlang distribution needs at least 1 phase (k), found \(k)"
    case .uniformLowerBoundNegative(let mean, let cv):
      return "a uniform distribution with mean \(mean) and cv \(cv) would go below 0 "
        + "(mean × (1 − √3·cv) < 0); cv must be at most 1/√3 ≈ 0.577"
    case .emptyEmpirical:
      return "an empirical distribution needs at least one value"
    case .invalidEmpiricalValue(let index, let value):
      return "empirical value \(index + 1) must be a finite number at least 0, found \(value)"
    case .invalidFactor(let factor):
      return "a scale factor must be a finite number at least 0, found \(factor)"
    }
  }
}
