// Sampler: the distributions of the scenario format, with precomputed parameters.

import Foundation

/// A non-negative random variate (a duration in seconds, or a dimensionless factor)
/// with its parameters precomputed, drawn by `sample(_:)` from a concrete
/// `Xoshiro256StarStar`: no existential, generic or allocation in the hot path.
///
/// Build samplers with the validating factories (`exponential(mean:)`,
/// `lognormal(mean:cv:)`, `gamma(mean:cv:)`, `erlang(phases:mean:)`,
/// `deterministic(_:)`, `uniform(mean:cv:)`, `empirical(_:)`), which throw a
/// `SamplerError` for impossible parameters; the cases hold the precomputed form. A mean
/// of 0 gives `.deterministic(0)`, and a cv of 0 gives `.deterministic(mean)`, except for
/// `exponential`, whose cv is always 1.
///
/// Each sampler reports its exact `mean` and `variance` (as Ciw's distributions do).
public enum Sampler: Sendable, Equatable {
  /// Always `value`.
  case deterministic(Double)
  /// Exponential with the given mean: `mean · E`, `E` a unit exponential from `Ziggurat`.
  case exponential(Double)
  /// Lognormal: `exp(mu + sigma · Z)` with `Z` standard normal (log-space parameters).
  case lognormal(mu: Double, sigma: Double)
  /// Gamma with precomputed Marsaglia–Tsang constants.
  case gamma(GammaParameters)
  /// Erlang: the sum of `phases` exponentials, each of mean `phaseMean`.
  case erlang(phases: Int, phaseMean: Double)
  /// Uniform on `[lower, lower + width]`.
  case uniform(lower: Double, width: Double)
  /// One of `values`, each with probability `1 / values.count`.
  case empirical(ContiguousArray<Double>)

  /// The precomputed constants of a gamma distribution for Marsaglia & Tsang's method.
  public struct GammaParameters: Sendable, Equatable {
    /// The shape `k` (dimensionless), positive.
    public let shape: Double
    /// The scale `θ` (units of the variate); the mean is `shape · scale`.
    public let scale: Double
    /// Marsaglia–Tsang's `d = a − 1/3`, with `a = shape` or `shape + 1` when shape < 1.
    public let d: Double
    /// Marsaglia–Tsang's `c = 1 / √(9d)`.
    public let c: Double
    /// `1 / shape` when shape < 1 (the exponent of the boost `U^(1/shape)`), else 0.
    public let boostExponent: Double

    /// Returns the constants of a gamma distribution of this shape and scale (both > 0).
    public init(shape: Double, scale: Double) {
      precondition(shape > 0 && shape.isFinite && scale > 0 && scale.isFinite)
      self.shape = shape
      self.scale = scale
      let a = shape < 1 ? shape + 1 : shape
      d = a - 1.0 / 3.0
      c = 1.0 / (9.0 * d).squareRoot()
      boostExponent = shape < 1 ? 1.0 / shape : 0
    }
  }

  /// Returns a sampler that always gives `value` (seconds or other units, finite, ≥ 0).
  public static func deterministic(value: Double) throws(SamplerError) -> Sampler {
    try checkMean(value)
    return .deterministic(value)
  }

  /// Returns an exponential sampler of the given mean (finite, ≥ 0); cv is 1.
  public static func exponential(mean: Double) throws(SamplerError) -> Sampler {
    try checkMean(mean)
    return mean == 0 ? .deterministic(0) : .exponential(mean)
  }

  /// Returns a lognormal sampler of the given mean and cv: `σ² = ln(1 + cv²)`,
  /// `μ = ln(mean) − σ²/2`.
  public static func lognormal(mean: Double, cv: Double) throws(SamplerError) -> Sampler {
    try checkMean(mean)
    try checkCV(cv)
    if mean == 0 || cv == 0 { return .deterministic(mean) }
    let sigma2 = log1p(cv * cv)
    return .lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot())
  }

  /// Returns a gamma sampler of the given mean and cv: shape `1/cv²`, scale `mean·cv²`.
  /// A cv so small that the shape overflows or the scale underflows (5e-324) is the
  /// deterministic `mean` it is indistinguishable from.
  public static func gamma(mean: Double, cv: Double) throws(SamplerError) -> Sampler {
    try checkMean(mean)
    try checkCV(cv)
    if mean == 0 || cv == 0 { return .deterministic(mean) }
    return gammaOrDeterministic(shape: 1 / (cv * cv), scale: mean * cv * cv, mean: mean)
  }

  /// A gamma of this shape and scale, or the deterministic `mean` when either has left the
  /// range the Marsaglia–Tsang constants need (finite and above 0).
  static func gammaOrDeterministic(shape: Double, scale: Double, mean: Double) -> Sampler {
    guard shape > 0, shape.isFinite, scale > 0, scale.isFinite else { return .deterministic(mean) }
    return .gamma(GammaParameters(shape: shape, scale: scale))
  }

  /// Returns an Erlang sampler of `phases` exponential phases with total mean `mean`
  /// (cv `1/√phases`).
  public static func erlang(phases: Int, mean: Double) throws(SamplerError) -> Sampler {
    guard phases >= 1 else { throw .invalidPhases(phases) }
    try checkMean(mean)
    if mean == 0 { return .deterministic(0) }
    return .erlang(phases: phases, phaseMean: mean / Double(phases))
  }

  /// Returns a uniform sampler on `mean·(1 ± √3·cv)`; throws when the lower bound
  /// would be negative (cv > 1/√3; cv = 1/√3 within rounding gives a lower bound of 0).
  public static func uniform(mean: Double, cv: Double) throws(SamplerError) -> Sampler {
    try checkMean(mean)
    try checkCV(cv)
    if mean == 0 || cv == 0 { return .deterministic(mean) }
    let halfWidth = mean * 3.0.squareRoot() * cv
    var lower = mean - halfWidth
    if lower < 0 && lower > -1e-12 * mean { lower = 0 }  // cv = 1/√3, up to rounding
    guard lower >= 0 else { throw .uniformLowerBoundNegative(mean: mean, cv: cv) }
    return .uniform(lower: lower, width: 2 * halfWidth)
  }

  /// Returns a sampler that resamples uniformly one of `values` (each finite, ≥ 0).
  public static func empirical(_ values: some Sequence<Double>) throws(SamplerError) -> Sampler {
    let stored = ContiguousArray(values)
    guard !stored.isEmpty else { throw .emptyEmpirical }
    for (index, value) in stored.enumerated() where !(value >= 0 && value.isFinite) {
      throw .invalidEmpiricalValue(index: index, value: value)
    }
    return .empirical(stored)
  }

  private static func checkMean(_ mean: Double) throws(SamplerError) {
    guard mean >= 0 && mean.isFinite else { throw .invalidMean(mean) }
  }

  private static func checkCV(_ cv: Double) throws(SamplerError) {
    guard cv >= 0 && cv.isFinite else { throw .invalidCV(cv) }
  }
}
