// WaitHistogram: fixed-bin histogram of waits for quantiles in constant memory.

import Foundation

/// A histogram of non-negative durations (waits, in seconds) with a fixed log-linear
/// layout, for quantiles such as p50/p90/p99 in constant memory.
///
/// **Layout.** `linearBins` bins of `binWidth` seconds cover `[0, linearLimit)`, with
/// `linearLimit = linearBins · binWidth`; beyond it, `geometricBins` bins grow by the
/// factor `growth`: bin `j` covers `[linearLimit · growth^j, linearLimit · growth^(j+1))`.
/// Values past the last bin land in it (the exact maximum is kept). The default —
/// 1-second bins to 10 minutes, then 2 % steps — reaches about 12.9 days with 600 + 380
/// bins (about 7.8 KB of counts).
///
/// **Resolution.** `quantile(_:)` interpolates linearly within the bin holding the
/// quantile and clamps to the exact minimum and maximum, so its error is at most one bin
/// width: `binWidth` seconds below `linearLimit`, a relative `growth − 1` above it.
///
/// Counts are one flat `ContiguousArray<UInt64>`; `add` allocates nothing.
public struct WaitHistogram: Sendable, Hashable {
  /// The width of each linear bin, in seconds.
  public let binWidth: Double
  /// The number of linear bins.
  public let linearBins: Int
  /// The ratio between the bounds of consecutive geometric bins (> 1).
  public let growth: Double
  /// The number of geometric bins after the linear ones.
  public let geometricBins: Int
  private let inverseBinWidth: Double
  private let linearLimit: Double
  private let inverseLogGrowth: Double
  /// The count of observations in each bin, linear bins first.
  public private(set) var counts: ContiguousArray<UInt64>
  /// The number of observations added.
  public private(set) var count: UInt64 = 0
  /// The number of observations exactly 0 (in the first bin too).
  public private(set) var zeros: UInt64 = 0
  /// The sum of the observations, in seconds.
  public private(set) var sum: Double = 0
  /// The smallest observation in seconds (`.infinity` when empty).
  public private(set) var minimum: Double = .infinity
  /// The largest observation in seconds (`-.infinity` when empty).
  public private(set) var maximum: Double = -.infinity

  /// Returns an empty histogram: `linearBins` bins of `binWidth` seconds, then
  /// `geometricBins` bins growing by `growth`.
  public init(
    binWidth: Double = 1, linearBins: Int = 600, growth: Double = 1.02, geometricBins: Int = 380
  ) {
    precondition(binWidth > 0 && binWidth.isFinite, "bin width must be positive")
    precondition(linearBins >= 1 && geometricBins >= 0, "bin counts must be positive")
    precondition(growth > 1 && growth.isFinite, "growth must exceed 1")
    self.binWidth = binWidth
    self.linearBins = linearBins
    self.growth = growth
    self.geometricBins = geometricBins
    inverseBinWidth = 1 / binWidth
    linearLimit = binWidth * Double(linearBins)
    inverseLogGrowth = 1 / log(growth)
    counts = ContiguousArray(repeating: 0, count: linearBins + geometricBins)
  }

  /// Returns the number of bins.
  public var binCount: Int { counts.count }

  /// Returns a histogram of `layout`'s bins holding counts kept elsewhere (a simulator keeps
  /// its counts in flat raw storage and builds histograms once at the end).
  public init(
    layout: WaitHistogram, counts: some Sequence<UInt64>, zeros: UInt64 = 0, sum: Double,
    minimum: Double, maximum: Double
  ) {
    self = WaitHistogram(
      binWidth: layout.binWidth, linearBins: layout.linearBins, growth: layout.growth,
      geometricBins: layout.geometricBins)
    var index = 0
    for value in counts where index < self.counts.count {
      self.counts[index] = value
      count &+= value
      index += 1
    }
    self.zeros = zeros
    self.sum = sum
    self.minimum = minimum
    self.maximum = maximum
  }

  /// Returns the mean observation in seconds, or `nil` when empty.
  public var mean: Double? { count == 0 ? nil : sum / Double(count) }

  /// Returns the index of the bin holding `seconds` (clamped to the first and last bins).
  @inline(__always)
  public func binIndex(_ seconds: Double) -> Int {
    if seconds < linearLimit {
      return Swift.max(0, Int(seconds * inverseBinWidth))
    }
    let j = Int(log(seconds / linearLimit) * inverseLogGrowth)
    return Swift.min(linearBins + j, counts.count - 1)
  }

  /// Returns the lower edge of bin `index`, in seconds.
  public func lowerEdge(_ index: Int) -> Double {
    index <= linearBins
      ? Double(index) * binWidth : linearLimit * pow(growth, Double(index - linearBins))
  }

  /// Adds one duration in seconds (finite, ≥ 0); returns nothing.
  public mutating func add(_ seconds: Double) {
    assert(seconds >= 0 && seconds.isFinite, "a wait must be a finite number ≥ 0")
    if seconds == 0 { zeros &+= 1 }
    counts[binIndex(seconds)] &+= 1
    count &+= 1
    sum += seconds
    if seconds < minimum { minimum = seconds }
    if seconds > maximum { maximum = seconds }
  }

  /// Adds every observation of `other`, which must have the same layout; returns nothing.
  public mutating func merge(_ other: WaitHistogram) {
    precondition(
      binWidth == other.binWidth && linearBins == other.linearBins && growth == other.growth
        && geometricBins == other.geometricBins, "merging histograms of different layouts")
    for index in counts.indices { counts[index] &+= other.counts[index] }
    count &+= other.count
    zeros &+= other.zeros
    sum += other.sum
    minimum = Swift.min(minimum, other.minimum)
    maximum = Swift.max(maximum, other.maximum)
  }

  /// Returns the `p`-quantile in seconds (`p` in [0, 1]), interpolated within its bin and
  /// clamped to the observed range (error ≤ one bin width), or `nil` when empty. Exact
  /// zeros (contacts answered at once) are a point mass at 0, so a quantile within them is 0.
  public func quantile(_ p: Double) -> Double? {
    precondition(p >= 0 && p <= 1, "a quantile's probability must be in [0, 1]")
    guard count > 0 else { return nil }
    let target = p * Double(count)
    if zeros > 0 && target <= Double(zeros) { return 0 }
    var cumulative = Double(zeros)
    for index in counts.indices where counts[index] > (index == 0 ? zeros : 0) {
      let inBin = Double(counts[index] - (index == 0 ? zeros : 0))
      if cumulative + inBin >= target {
        let lower = lowerEdge(index)
        let upper = index == counts.count - 1 ? maximum : lowerEdge(index + 1)
        let fraction = inBin > 0 ? (target - cumulative) / inBin : 0
        let value = lower + fraction * (upper - lower)
        return Swift.min(Swift.max(value, minimum), maximum)
      }
      cumulative += inBin
    }
    return maximum
  }
}
