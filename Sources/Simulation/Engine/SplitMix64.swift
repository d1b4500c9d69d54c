// SplitMix64: Steele, Lea and Flood's 64-bit generator, used to seed and to hash keys.

/// The SplitMix64 generator (Steele, Lea & Flood 2014; the C version by Vigna,
/// https://prng.di.unimi.it/splitmix64.c): a Weyl sequence with increment
/// `0x9E3779B97F4A7C15` passed through the `mix` finaliser. Used to seed
/// `Xoshiro256StarStar` and, through `mix`, to hash stream keys; not for simulation draws.
public struct SplitMix64: Sendable, Hashable {
  /// The Weyl-sequence state; the next output is `mix(state &+ 0x9E3779B97F4A7C15)`.
  public var state: UInt64

  /// Returns a generator whose first output is `mix(seed &+ 0x9E3779B97F4A7C15)`.
  @inlinable
  public init(seed: UInt64) {
    state = seed
  }

  /// Advances the state and returns the next 64-bit output.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// Returns SplitMix64's finaliser of `z` (a bijection of `UInt64` with good avalanche).
  @inlinable
  public static func mix(_ z: UInt64) -> UInt64 {
    var z = z
    z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z &>> 31)
  }
}
