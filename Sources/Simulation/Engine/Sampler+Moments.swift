// Sampler+Moments: exact mean and variance, and scaling by a handle-time factor.

import Foundation

extension Sampler {
  /// Returns the exact mean of the distribution (units of the variate).
  public var mean: Double {
    switch self {
    case .deterministic(let value):
      return value
    case .exponential(let mean):
      return mean
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * sigma / 2)
    case .gamma(let p):
      return p.shape * p.scale
    case .erlang(let phases, let phaseMean):
      return Double(phases) * phaseMean
    case .uniform(let lower, let width):
      return lower + width / 2
    case .empirical(let values):
      return values.reduce(0, +) / Double(values.count)
    }
  }

  /// Returns the exact variance of the distribution (units of the variate, squared);
  /// for `empirical`, the variance of resampling (divisor n).
  public var variance: Double {
    switch self {
    case .deterministic:
      return 0
    case .exponential(let mean):
      return mean * mean
    case .lognormal(let mu, let sigma):
      let s2 = sigma * sigma
      return expm1(s2) * exp(2 * mu + s2)
    case .gamma(let p):
      return p.shape * p.scale * p.scale
    case .erlang(let phases, let phaseMean):
      return Double(phases) * phaseMean * phaseMean
    case .uniform(_, let width):
      return width * width / 12
    case .empirical(let values):
      let m = mean
      var sum = 0.0
      for value in values { sum += (value - m) * (value - m) }
      return sum / Double(values.count)
    }
  }

  /// Returns the sampler of this variate multiplied by `factor` (finite, ≥ 0), e.g. a
  /// handle-time factor: the mean scales by `factor`, the cv is unchanged.
  public func scaled(by factor: Double) throws(SamplerError) -> Sampler {
    guard factor >= 0 && factor.isFinite else { throw .invalidFactor(factor) }
    if factor == 0 { return .deterministic(0) }
    switch self {
    case .deterministic(let value):
      return .deterministic(value * factor)
    case .exponential(let mean):
      return .exponential(mean * factor)
    case .lognormal(let mu, let sigma):
      return .lognormal(mu: mu + log(factor), sigma: sigma)
    case .gamma(let p):
      return Sampler.gammaOrDeterministic(
        shape: p.shape, scale: p.scale * factor, mean: p.shape * p.scale * factor)
    case .erlang(let phases, let phaseMean):
      return .erlang(phases: phases, phaseMean: phaseMean * factor)
    case .uniform(let lower, let width):
      return .uniform(lower: lower * factor, width: width * factor)
    case .empirical(let values):
      var scaledValues = values
      for index in scaledValues.indices { scaledValues[index] *= factor }
      return .empirical(scaledValues)
    }
  }
}
