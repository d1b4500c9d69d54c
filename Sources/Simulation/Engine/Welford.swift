// Welford: count, mean and variance in constant memory, mergeable across replications.

/// A running count, mean and sum of squared deviations (Welford 1962), in constant
/// memory; two accumulators merge exactly (Chan, Golub & LeVeque 1979), so per-thread
/// or per-replication accumulators can be combined in index order.
public struct Welford: Sendable, Hashable {
  /// The number of observations added.
  public private(set) var count: Int = 0
  /// The mean of the observations (units of the observations); 0 when empty.
  public private(set) var mean: Double = 0
  /// The sum of squared deviations from the mean (units squared).
  public private(set) var sumOfSquaredDeviations: Double = 0

  /// Returns an empty accumulator.
  public init() {}

  /// Returns an accumulator holding `values`.
  public init(_ values: some Sequence<Double>) {
    for value in values { add(value) }
  }

  /// Adds one observation; returns nothing.
  public mutating func add(_ x: Double) {
    count += 1
    let delta = x - mean
    mean += delta / Double(count)
    sumOfSquaredDeviations += delta * (x - mean)
  }

  /// Adds every observation of `other` (Chan et al.'s pairwise update); returns nothing.
  public mutating func merge(_ other: Welford) {
    if other.count == 0 { return }
    if count == 0 {
      self = other
      return
    }
    let n = Double(count + other.count)
    let delta = other.mean - mean
    mean += delta * Double(other.count) / n
    sumOfSquaredDeviations +=
      other.sumOfSquaredDeviations + delta * delta * Double(count) * Double(other.count) / n
    count += other.count
  }

  /// Returns the sample variance (divisor n − 1, units squared), or `nil` below 2 observations.
  public var variance: Double? {
    count < 2 ? nil : sumOfSquaredDeviations / Double(count - 1)
  }

  /// Returns the sample standard deviation (units of the observations), or `nil` below 2.
  public var standardDeviation: Double? { variance?.squareRoot() }

  /// Returns the population variance (divisor n, units squared), or `nil` when empty.
  public var populationVariance: Double? {
    count < 1 ? nil : sumOfSquaredDeviations / Double(count)
  }

  /// Returns the standard error of the mean, `s/√n` (units of the observations), or `nil`
  /// below 2 observations.
  public var standardError: Double? {
    guard let sd = standardDeviation else { return nil }
    return sd / Double(count).squareRoot()
  }
}
