// RandomStreams: independent generators derived from (seed, replication, purpose, index).

/// Derives an independent `Xoshiro256StarStar` for every key
/// `(seed, replication, purpose, index)`, so that each kind of variate has its own
/// stream (common random numbers across staffing plans) and no stream's seed depends on
/// which other streams exist.
///
/// **Derivation.** With `mix` the SplitMix64 finaliser and `γ = 0x9E3779B97F4A7C15`:
///
///     h = mix(seed &+ γ)
///     h = mix(h ^ mix(replication &+ 2γ))
///     h = mix(h ^ mix(purpose &+ 3γ))
///     h = mix(h ^ mix(index &+ 4γ))
///     state = the first four outputs of SplitMix64(seed: h)
///
/// Each key word is hashed with its own offset before it is folded in, so permuting the
/// words gives another stream. The derivation reads only the key, so adding a purpose
/// (a new number) leaves every existing stream unchanged — the fault SSJ's
/// `RandomStreams` warns about. Purposes and indices are numbers the model chooses (for
/// example a purpose enum's raw value and a channel index). The state cannot be all
/// zero: four consecutive SplitMix64 outputs are images of four distinct inputs under a
/// bijection, so at most one of them is zero.
public struct RandomStreams: Sendable, Hashable {
  /// The scenario's seed.
  public let seed: UInt64
  /// The replication index (0-based).
  public let replication: UInt64

  /// Returns the stream family of one replication of one seed.
  @inlinable
  public init(seed: UInt64, replication: UInt64) {
    self.seed = seed
    self.replication = replication
  }

  /// Returns the generator of `(seed, replication, purpose, index)`.
  @inlinable
  public func stream(purpose: UInt64, index: UInt64 = 0) -> Xoshiro256StarStar {
    Self.generator(seed: seed, replication: replication, purpose: purpose, index: index)
  }

  /// Returns the generator of the key `(seed, replication, purpose, index)`.
  @inlinable
  public static func generator(seed: UInt64, replication: UInt64, purpose: UInt64, index: UInt64)
    -> Xoshiro256StarStar
  {
    let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h = SplitMix64.mix(seed &+ gamma)
    h = SplitMix64.mix(h ^ SplitMix64.mix(replication &+ 2 &* gamma))
    h = SplitMix64.mix(h ^ SplitMix64.mix(purpose &+ 3 &* gamma))
    h = SplitMix64.mix(h ^ SplitMix64.mix(index &+ 4 &* gamma))
    var mixer = SplitMix64(seed: h)
    let s0 = mixer.next()
    let s1 = mixer.next()
    let s2 = mixer.next()
    let s3 = mixer.next()
    return Xoshiro256StarStar(state: s0, s1, s2, s3)
  }
}
