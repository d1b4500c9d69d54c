// Sampler+Sampling: drawing variates (the hot path) and the normal and gamma methods.

import Foundation

extension Sampler {
  /// Returns one variate (seconds, or the units of the mean), advancing `rng`.
  ///
  /// Methods: exponential and the normal by a 256-layer ziggurat (`Ziggurat`); lognormal
  /// as `exp(μ + σZ)` with `Z` from `standardNormal`; gamma by Marsaglia & Tsang (2000)
  /// with the `U^(1/k)` boost for
  /// shape `k < 1`; Erlang as `−phaseMean · log(∏ Uᵢ)` with the product renormalised
  /// before it can underflow; uniform and empirical by one draw.
  @inlinable
  public func sample(_ rng: inout Xoshiro256StarStar) -> Double {
    switch self {
    case .deterministic(let value):
      return value
    case .exponential(let mean):
      return mean * Ziggurat.exponential.exponential(&rng)
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * Self.standardNormal(&rng))
    case .gamma(let parameters):
      return Self.gammaVariate(parameters, normal: Ziggurat.normal, &rng)
    case .erlang(let phases, let phaseMean):
      return Self.erlangVariate(phases: phases, phaseMean: phaseMean, &rng)
    case .uniform(let lower, let width):
      return lower + width * rng.nextDouble()
    case .empirical(let values):
      return values[rng.nextBelow(values.count)]
    }
  }

  /// Returns a standard normal variate by the ziggurat (`Ziggurat.normal`), advancing `rng`
  /// (usually by one word; each call's draws depend only on `rng`).
  @inlinable
  public static func standardNormal(_ rng: inout Xoshiro256StarStar) -> Double {
    Ziggurat.normal.normal(&rng)
  }

  /// Returns a gamma variate (units of the scale) by Marsaglia & Tsang's squeeze method,
  /// its normal draws from `normal` (the table `Ziggurat.normal`, passed in so that the hot
  /// loop reads it from its own state).
  @inlinable
  internal static func gammaVariate(
    _ p: GammaParameters, normal: Ziggurat, _ rng: inout Xoshiro256StarStar
  ) -> Double {
    var value: Double
    while true {
      let x = normal.normal(&rng)
      let t = 1 + p.c * x
      if t <= 0 { continue }
      let v = t * t * t
      let u = rng.nextDouble()
      let x2 = x * x
      if u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + p.d * (1 - v + log(v)) {
        value = p.d * v
        break
      }
    }
    if p.boostExponent != 0 {
      value *= pow(rng.nextDouble(), p.boostExponent)
    }
    return value * p.scale
  }

  /// Returns an Erlang variate: `−phaseMean · log(∏ Uᵢ)`, folding the product into a
  /// log sum whenever it drops below 2^-900 so that it never underflows.
  @inlinable
  internal static func erlangVariate(
    phases: Int, phaseMean: Double, _ rng: inout Xoshiro256StarStar
  ) -> Double {
    var product = 1.0
    var logSum = 0.0
    for _ in 0..<phases {
      product *= rng.nextDouble()
      if product < 0x1.0p-900 {
        logSum += log(product)
        product = 1
      }
    }
    return -phaseMean * (logSum + log(product))
  }
}
