import Foundation

/// A sampler in trivial form for the hot loop: `Sampler` has a case holding an array, so
/// every read of one from storage copies it through value witnesses (measured at about 3 %
/// of the M/M/c run); this form keeps an empirical table in arena storage instead and
/// draws with the engine's own methods.
struct DrawRule {
  private let kind: UInt8
  private let a: Double
  private let b: Double
  private let phases: Int
  private let gamma: Sampler.GammaParameters
  private let table: RawArray<Double>
  /// The ziggurat the rule draws from: the exponential's for kind 1, the normal's otherwise.
  private let ziggurat: Ziggurat

  /// Returns the rule drawing as `sampler` does, with any table copied into `arena`.
  init(_ sampler: Sampler, arena: RawArena) {
    var kind: UInt8 = 0
    var a = 0.0
    var b = 0.0
    var phases = 0
    var gamma = Sampler.GammaParameters(shape: 1, scale: 1)
    var table = arena.array(repeating: 0.0, count: 0)
    switch sampler {
    case .deterministic(let value): a = value
    case .exponential(let mean):
      kind = 1
      a = mean
    case .lognormal(let mu, let sigma):
      kind = 2
      a = mu
      b = sigma
    case .gamma(let parameters):
      kind = 3
      gamma = parameters
    case .erlang(let count, let phaseMean):
      kind = 4
      phases = count
      a = phaseMean
    case .uniform(let lower, let width):
      kind = 5
      a = lower
      b = width
    case .empirical(let values):
      kind = 6
      table = arena.array(values, padding: 0)
    }
    self.kind = kind
    self.a = a
    self.b = b
    self.phases = phases
    self.gamma = gamma
    self.table = table
    self.ziggurat = kind == 1 ? .exponential : .normal
  }

  /// Returns the variate `sample` would draw from `RandomStreams.generator(key:purpose:step:)`:
  /// a rule that usually needs one word (exponential, lognormal, uniform) takes it from
  /// `RandomStreams.firstWord`, which skips building the generator (about 45 instructions
  /// a draw), and a gamma its usual two from `firstTwoWords` (`gammaFast`); when those are
  /// not enough, and for the other rules, the generator is built and the draw made from its
  /// start. The same value, bit for bit.
  @inline(__always)
  func sample(key: UInt64, purpose: UInt64, step: UInt64) -> Double {
    if kind == 0 { return a }
    let hash = RandomStreams.drawHash(key: key, purpose: purpose, step: step)
    switch kind {
    case 1:
      if let x = ziggurat.exponentialFast(RandomStreams.firstWord(hash: hash)) { return a * x }
    case 2:
      if let z = ziggurat.normalFast(RandomStreams.firstWord(hash: hash)) { return exp(a + b * z) }
    case 3: if let x = gammaFast(hash: hash) { return x }
    case 5: return a + b * RandomStreams.firstUniform(hash: hash)
    default: break
    }
    return sample(hash: hash)
  }

  /// Returns the gamma draw of `hash` when its first attempt decides it without `log`, else
  /// nil: Marsaglia & Tsang's first normal and uniform are the generator's first two words
  /// (`RandomStreams.firstTwoWords`), and the squeeze `u < 1 − 0.0331 x⁴` accepts most
  /// first attempts (about 91 % of draws take this path at shape 2). Each step is `Sampler.gammaVariate`'s own arithmetic, so
  /// the value is the same bit for bit; anything else (a normal needing more words, a
  /// rejection, the `log` test, a shape below 1) returns nil and the generator is built.
  @inline(__always)
  func gammaFast(hash: UInt64) -> Double? {
    guard gamma.boostExponent == 0 else { return nil }
    let (first, second) = RandomStreams.firstTwoWords(hash: hash)
    guard let x = ziggurat.normalFast(first) else { return nil }
    let t = 1 + gamma.c * x
    let k = second &>> 11
    guard t > 0, k != 0 else { return nil }
    let v = t * t * t
    let u = Double(k) * 0x1.0p-53
    let x2 = x * x
    guard u < 1 - 0.0331 * x2 * x2 else { return nil }
    let value = gamma.d * v
    return value * gamma.scale
  }

  /// Returns the draw from the generator of `hash`, built here: out of line, so that the
  /// one-word paths above stay small where they are inlined.
  @inline(never)
  func sample(hash: UInt64) -> Double {
    var rng = RandomStreams.generator(hash: hash)
    return sample(&rng)
  }

  /// Returns one variate, advancing `rng`, exactly as `Sampler.sample` would.
  @inline(__always)
  func sample(_ rng: inout Xoshiro256StarStar) -> Double {
    switch kind {
    case 0: return a
    case 1: return a * ziggurat.exponential(&rng)
    case 2: return exp(a + b * ziggurat.normal(&rng))
    case 3: return Sampler.gammaVariate(gamma, normal: ziggurat, &rng)
    case 4: return Sampler.erlangVariate(phases: phases, phaseMean: a, &rng)
    case 5: return a + b * rng.nextDouble()
    default: return table[rng.nextBelow(table.count)]
    }
  }
}
