// Ziggurat: exponential and standard normal variates from one 64-bit word, most of the time.

import Foundation

/// A 256-layer ziggurat (Marsaglia & Tsang 2000, "The Ziggurat Method for Generating Random
/// Variables") for the unit exponential and the standard normal: about 99 % of draws take
/// one 64-bit word, one table look-up, a compare and a multiply; no `log` or square root.
///
/// **Layout.** For a decreasing density `f` on [0, ∞) (`e^(−x)`, or `e^(−x²/2)` for the
/// normal's half), boundaries `x[1] = r > x[2] > … > x[256] = 0` cut the area under `f` into
/// 256 layers of equal area `V`: layer 0 is the base strip `[0, r] × [0, f(r)]` with the
/// tail past `r`, drawn as a rectangle of width `x[0] = V ÷ f(r)`; layer i ≥ 1 is the strip
/// between heights `f(x[i])` and `f(x[i+1])`, of width `x[i]`, with
/// `x[i+1] = f⁻¹(f(x[i]) + V ÷ x[i])`. `r` is the published constant for 256 layers;
/// `V` and the boundaries are computed from it when the table is first used.
///
/// **Draw.** The word's low 8 bits pick a layer i, its top 53 bits a position `u` in
/// [0, 1) (for the normal, bit 8 the sign): `x = u · x[i]` is accepted at once when it is
/// left of `x[i+1]` (compared as integers against a precomputed threshold). Otherwise
/// layer 0 draws from the tail (the exponential by memorylessness, `r − log U`; the normal
/// by Marsaglia's method), and a layer i ≥ 1 accepts `x` when a uniform height in the
/// strip falls under `f(x)`, else starts over with the generator's next word.
public struct Ziggurat: @unchecked Sendable {
  /// One layer's constants: the acceptance threshold on the 53-bit position, the width per
  /// unit of position (`x[i] · 2⁻⁵³`) and the density at the layer's outer edge `f(x[i])`.
  @usableFromInline
  struct Layer {
    @usableFromInline var threshold: UInt64
    @usableFromInline var scale: Double
    @usableFromInline var density: Double
  }

  /// The 257 layers (the last holds only `f(0) = 1`), immutable after `init` and never
  /// freed: the two tables are made once per process.
  @usableFromInline let layers: UnsafeMutablePointer<Layer>
  /// The start of the tail, `r`.
  public let tailStart: Double
  /// The area of each layer, `V`.
  public let layerArea: Double

  /// The unit exponential's table (`r` = 7.69711747013104972, Marsaglia & Tsang).
  public static let exponential = Ziggurat(
    tailStart: 7.697_117_470_131_049_72, density: { exp(-$0) }, inverse: { -log($0) },
    tailArea: { exp(-$0) })

  /// The standard normal's half table (`r` = 3.6541528853610088, Marsaglia & Tsang).
  public static let normal = Ziggurat(
    tailStart: 3.654_152_885_361_008_8, density: { exp(-0.5 * $0 * $0) },
    inverse: { (-2 * log($0)).squareRoot() },
    tailArea: { (Double.pi / 2).squareRoot() * erfc($0 / 2.0.squareRoot()) })

  /// Returns the table of density `f` (with inverse `f⁻¹` and tail area `∫ᵣ^∞ f`) whose
  /// tail starts at `r`.
  init(
    tailStart r: Double, density f: (Double) -> Double, inverse: (Double) -> Double,
    tailArea: (Double) -> Double
  ) {
    let count = 256
    let area = r * f(r) + tailArea(r)
    var x = [Double](repeating: 0, count: count + 1)
    x[0] = area / f(r)
    x[1] = r
    for i in 1..<(count - 1) {
      x[i + 1] = inverse(f(x[i]) + area / x[i])
    }
    x[count] = 0
    layers = .allocate(capacity: count + 1)
    for i in 0..<count {
      let ratio = x[i + 1] / x[i]
      layers[i] = Layer(
        threshold: UInt64(ratio * 0x1.0p53), scale: x[i] * 0x1.0p-53, density: f(x[i]))
    }
    layers[count] = Layer(threshold: 0, scale: 0, density: 1)
    tailStart = r
    layerArea = area
  }

  /// The boundary `x[i]` for i in 0...256 (`x[0]` is the base strip's virtual width).
  public func boundary(_ i: Int) -> Double { layers[i].scale * 0x1.0p53 }

  /// Returns the unit exponential from `word` when it lands inside its layer (about 98.9 %
  /// of words), else `nil`: then `exponentialSlow` finishes the draw.
  @inlinable @inline(__always)
  public func exponentialFast(_ word: UInt64) -> Double? {
    let layer = layers[Int(truncatingIfNeeded: word & 0xFF)]
    let u = word &>> 11
    return u < layer.threshold ? Double(u) * layer.scale : nil
  }

  /// Finishes a unit exponential draw whose first word `word` was not accepted by
  /// `exponentialFast`, taking further words from `rng`.
  @inline(never)
  public func exponentialSlow(_ word: UInt64, _ rng: inout Xoshiro256StarStar) -> Double {
    var word = word
    while true {
      let i = Int(truncatingIfNeeded: word & 0xFF)
      let u = word &>> 11
      let layer = layers[i]
      if u < layer.threshold { return Double(u) * layer.scale }
      if i == 0 { return tailStart - log(rng.nextDouble()) }
      let x = Double(u) * layer.scale
      let height = layer.density + rng.nextDouble() * (layers[i &+ 1].density - layer.density)
      if height < exp(-x) { return x }
      word = rng.next()
    }
  }

  /// Returns a unit exponential variate (mean 1), advancing `rng`.
  @inlinable @inline(__always)
  public func exponential(_ rng: inout Xoshiro256StarStar) -> Double {
    let word = rng.next()
    if let x = exponentialFast(word) { return x }
    return exponentialSlow(word, &rng)
  }

  /// Returns the standard normal from `word` when it lands inside its layer (about 98.8 %
  /// of words), else `nil`: then `normalSlow` finishes the draw.
  @inlinable @inline(__always)
  public func normalFast(_ word: UInt64) -> Double? {
    let layer = layers[Int(truncatingIfNeeded: word & 0xFF)]
    let u = word &>> 11
    guard u < layer.threshold else { return nil }
    // Bit 8 is the sign, moved onto the (clear) sign bit of x: the same bits as `-x`
    // without a branch, which mispredicted half the time (0.65 million times in one
    // multichannel replication, the third most of any branch).
    let x = Double(u) * layer.scale
    return Double(bitPattern: x.bitPattern | (word & 0x100) &<< 55)
  }

  /// Finishes a standard normal draw whose first word `word` was not accepted by
  /// `normalFast`, taking further words from `rng`.
  @inline(never)
  public func normalSlow(_ word: UInt64, _ rng: inout Xoshiro256StarStar) -> Double {
    var word = word
    while true {
      let i = Int(truncatingIfNeeded: word & 0xFF)
      let u = word &>> 11
      let negative = word & 0x100 != 0
      let layer = layers[i]
      var x = Double(u) * layer.scale
      if u >= layer.threshold {
        if i == 0 {
          // Marsaglia (1964): the tail past r as r + X, X from an exponential proposal.
          var y = 0.0
          repeat {
            x = -log(rng.nextDouble()) / tailStart
            y = -log(rng.nextDouble())
          } while 2 * y < x * x
          x += tailStart
        } else {
          let height =
            layer.density + rng.nextDouble() * (layers[i &+ 1].density - layer.density)
          if !(height < exp(-0.5 * x * x)) {
            word = rng.next()
            continue
          }
        }
      }
      return negative ? -x : x
    }
  }

  /// Returns a standard normal variate, advancing `rng`.
  @inlinable @inline(__always)
  public func normal(_ rng: inout Xoshiro256StarStar) -> Double {
    let word = rng.next()
    if let x = normalFast(word) { return x }
    return normalSlow(word, &rng)
  }
}
