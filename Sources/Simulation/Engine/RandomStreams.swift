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
    generator(hash: key(seed: seed, replication: replication, purpose: purpose, index: index))
  }

  /// Returns the 64-bit hash `h` of the key `(seed, replication, purpose, index)` (see the
  /// type's derivation), from which a generator or per-entity keys are derived.
  @inlinable
  public static func key(seed: UInt64, replication: UInt64, purpose: UInt64, index: UInt64)
    -> UInt64
  {
    let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h = SplitMix64.mix(seed &+ gamma)
    h = SplitMix64.mix(h ^ SplitMix64.mix(replication &+ 2 &* gamma))
    h = SplitMix64.mix(h ^ SplitMix64.mix(purpose &+ 3 &* gamma))
    return SplitMix64.mix(h ^ SplitMix64.mix(index &+ 4 &* gamma))
  }

  /// Returns the key of entity `number` of a family keyed `base`:
  /// `mix(base ^ mix(number &+ 5γ))` (for example the n-th arrival of one channel).
  @inlinable @inline(__always)
  public static func entityKey(base: UInt64, number: UInt64) -> UInt64 {
    SplitMix64.mix(base ^ SplitMix64.mix(number &+ 5 &* 0x9E37_79B9_7F4A_7C15))
  }

  /// Returns an entity's generator for one purpose at one step of its life:
  /// `generator(hash: drawHash(key:purpose:step:))`, cheap enough to derive at every draw,
  /// so that an entity's draws depend only on its key, never on the order of events.
  @inlinable @inline(__always)
  public static func generator(key: UInt64, purpose: UInt64, step: UInt64) -> Xoshiro256StarStar {
    generator(hash: drawHash(key: key, purpose: purpose, step: step))
  }

  /// Returns the seed hash of an entity's generator for one purpose at one step:
  /// `mix(key &+ purpose·C₁ &+ step·C₂)` (C₁, C₂ odd constants).
  @inlinable @inline(__always)
  public static func drawHash(key: UInt64, purpose: UInt64, step: UInt64) -> UInt64 {
    SplitMix64.mix(key &+ purpose &* 0xD1B5_4A32_D192_ED03 &+ step &* 0xAEF1_7502_108E_F2D9)
  }

  /// Returns the first `next()` of `generator(hash:)` without building the generator:
  /// xoshiro256**'s first output depends only on its second state word, so one SplitMix64
  /// output is computed instead of four (the same bits).
  @inlinable @inline(__always)
  public static func firstWord(hash: UInt64) -> UInt64 {
    Xoshiro256StarStar.scrambled(SplitMix64.mix(hash &+ 2 &* 0x9E37_79B9_7F4A_7C15))
  }

  /// Returns the first two `next()` outputs of `generator(hash:)` without building the
  /// generator: the second output depends on state words 0 to 2 only (xoshiro256**'s
  /// update sets `s1 ^= s2 ^ s0` before its next output), so three SplitMix64 outputs are
  /// computed instead of four, and no state is stored (the same bits).
  @inlinable @inline(__always)
  public static func firstTwoWords(hash: UInt64) -> (UInt64, UInt64) {
    let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
    let s0 = SplitMix64.mix(hash &+ gamma)
    let s1 = SplitMix64.mix(hash &+ 2 &* gamma)
    let s2 = SplitMix64.mix(hash &+ 3 &* gamma)
    return (Xoshiro256StarStar.scrambled(s1), Xoshiro256StarStar.scrambled(s1 ^ s2 ^ s0))
  }

  /// Returns the first `nextDouble()` of `generator(key:purpose:step:)`, in (0, 1), from
  /// `firstWord` (the same value, bit for bit; the generator is built only in the 2⁻⁵³
  /// case where that word is rejected).
  @inlinable @inline(__always)
  public static func firstUniform(key: UInt64, purpose: UInt64, step: UInt64) -> Double {
    firstUniform(hash: drawHash(key: key, purpose: purpose, step: step))
  }

  /// Returns the first `nextDouble()` of `generator(hash:)`, in (0, 1), the same way.
  @inlinable @inline(__always)
  public static func firstUniform(hash: UInt64) -> Double {
    let k = firstWord(hash: hash) &>> 11
    if k != 0 { return Double(k) * 0x1.0p-53 }
    var rng = generator(hash: hash)
    _ = rng.next()
    return rng.nextDouble()
  }

  /// Returns the xoshiro256** generator whose state is the first four SplitMix64 outputs
  /// from seed `hash`.
  @inlinable @inline(__always)
  public static func generator(hash: UInt64) -> Xoshiro256StarStar {
    var mixer = SplitMix64(seed: hash)
    let s0 = mixer.next()
    let s1 = mixer.next()
    let s2 = mixer.next()
    let s3 = mixer.next()
    return Xoshiro256StarStar(state: s0, s1, s2, s3)
  }

  /// Returns the stable 64-bit key of a name (FNV-1a over its UTF-8 bytes): channel ids
  /// key their streams by name, not position, so reordering or adding channels keeps each
  /// channel's draws.
  public static func nameKey(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
