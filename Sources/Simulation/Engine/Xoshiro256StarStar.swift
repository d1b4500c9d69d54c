// Xoshiro256StarStar: the simulation's random number generator.

/// The xoshiro256** generator of Blackman & Vigna (2018;
/// https://prng.di.unimi.it/xoshiro256starstar.c): 256 bits of state, period 2^256 − 1,
/// 64-bit outputs. A value type: copying it forks the stream, so pass it `inout`.
///
/// Seed it through `init(seed:)` (SplitMix64, as the authors recommend) or derive
/// independent streams with `RandomStreams`. The stdlib's random APIs are never used
/// for anything reproducible: their algorithms may change between Swift versions.
public struct Xoshiro256StarStar: Sendable, Hashable {
  @usableFromInline internal var s0: UInt64
  @usableFromInline internal var s1: UInt64
  @usableFromInline internal var s2: UInt64
  @usableFromInline internal var s3: UInt64

  /// The four state words, `s[0] ... s[3]` of the C reference; never all zero.
  @inlinable
  public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

  /// Returns a generator whose state is the next four outputs of `SplitMix64(seed: seed)`.
  @inlinable
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Returns a generator with exactly this state (as in the C reference's `s[0...3]`).
  ///
  /// - Precondition: not all four words are zero.
  @inlinable
  public init(state s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) {
    precondition(s0 | s1 | s2 | s3 != 0, "xoshiro256** state must not be all zero")
    self.s0 = s0
    self.s1 = s1
    self.s2 = s2
    self.s3 = s3
  }

  /// Advances the state and returns the next 64 random bits.
  @inlinable @inline(__always)
  public mutating func next() -> UInt64 {
    let result = Self.scrambled(s1)
    let t = s1 &<< 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 &<< 45) | (s3 &>> 19)
    return result
  }

  /// Returns the output xoshiro256** makes of state word `s1`: `rotl(s1 · 5, 7) · 9`.
  @inlinable @inline(__always)
  public static func scrambled(_ s1: UInt64) -> UInt64 {
    let x = s1 &* 5
    return ((x &<< 7) | (x &>> 57)) &* 9
  }

  /// Returns a uniform double in the open interval (0, 1): `k · 2^-53` with `k` the top
  /// 53 bits of `next()`, redrawing the single value `k = 0`. Never 0 or 1, so `log` of
  /// it and of `1 −` it are finite.
  @inlinable @inline(__always)
  public mutating func nextDouble() -> Double {
    while true {
      let k = next() &>> 11
      if k != 0 { return Double(k) * 0x1.0p-53 }
    }
  }

  /// Returns an unbiased uniform integer in `0..<n` by Lemire's multiply-and-reject
  /// method (Lemire 2019, "Fast random integer generation in an interval").
  ///
  /// - Precondition: `n > 0`.
  @inlinable
  public mutating func nextBelow(_ n: Int) -> Int {
    precondition(n > 0, "nextBelow needs a positive bound")
    let bound = UInt64(n)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return Int(product.high)
  }
}
