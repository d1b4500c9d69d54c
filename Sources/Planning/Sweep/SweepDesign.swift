import ContactCenter
import Simulation

/// The points of a sweep: each point's level of every parameter, computed from the point's
/// index alone, so any slice of the points (a shard) is computed without the others.
///
/// - A **grid** is the full product of every parameter's levels in mixed radix, the first
///   parameter varying slowest (nested loops in file order).
/// - A **Latin hypercube** of N samples cuts each parameter's range (or list of levels) into
///   N equal strata; parameter j's strata are a random permutation πⱼ of 0..<N, and point i
///   takes stratum πⱼ(i) at a uniform offset uᵢⱼ inside it: `from + (πⱼ(i) + uᵢⱼ) ÷ N ×
///   (to − from)` for a range, the level at ⌊(πⱼ(i) + uᵢⱼ) ÷ N × m⌋ for a list of m levels.
///   So every stratum of every parameter is used by exactly one point. The permutations
///   and offsets come from the spec's seed (`RandomStreams` keys of purpose
///   `latinHypercubePurpose`: index j for parameter j, replication i + 1 for point i's
///   offsets), so the design is reproducible. Counts are rounded.
public struct SweepDesign: Sendable {
  /// The parameters, in file order.
  public let parameters: [SweepParameter]
  /// Grid or Latin hypercube.
  public let kind: SweepDesignKind
  /// The number of points.
  public let pointCount: Int
  private let levels: [[Double]]
  /// Per parameter, the stratum of each point (Latin hypercube only): N × parameters.
  private let strata: [[Int32]]
  private let seed: UInt64

  /// The key purpose of the Latin hypercube's random numbers (ASCII "LHS").
  public static let latinHypercubePurpose: UInt64 = 0x4C_4853

  /// Returns the design of `parameters` under `kind`, drawing a Latin hypercube from `seed`.
  public init(parameters: [SweepParameter], kind: SweepDesignKind, seed: UInt64) {
    self.parameters = parameters
    self.kind = kind
    self.seed = seed
    levels = parameters.map(\.gridLevels)
    switch kind {
    case .grid:
      pointCount = levels.reduce(1) { $0 * $1.count }
      strata = []
    case .latinHypercube(let samples):
      pointCount = samples
      strata = parameters.indices.map { j in
        var generator = RandomStreams.generator(
          seed: seed, replication: 0, purpose: Self.latinHypercubePurpose, index: UInt64(j))
        var permutation = (0..<samples).map { Int32($0) }
        if samples > 1 {
          for i in stride(from: samples - 1, to: 0, by: -1) {
            permutation.swapAt(i, generator.nextBelow(i + 1))
          }
        }
        return permutation
      }
    }
  }

  /// Returns point `index`'s level of every parameter, in the parameters' canonical units.
  ///
  /// - Precondition: `0 ≤ index < pointCount`.
  public func values(ofPoint index: Int) -> [Double] {
    precondition(index >= 0 && index < pointCount, "point \(index) is outside the design")
    switch kind {
    case .grid:
      var rest = index
      var result = [Double](repeating: 0, count: parameters.count)
      for j in parameters.indices.reversed() {
        result[j] = levels[j][rest % levels[j].count]
        rest /= levels[j].count
      }
      return result
    case .latinHypercube(let samples):
      return parameters.indices.map { j in
        var generator = RandomStreams.generator(
          seed: seed, replication: UInt64(index) &+ 1, purpose: Self.latinHypercubePurpose,
          index: UInt64(j))
        let position = (Double(strata[j][index]) + generator.nextDouble()) / Double(samples)
        let parameter = parameters[j]
        var value: Double
        switch parameter.levels {
        case .range(let from, let to, _): value = from + position * (to - from)
        case .values(let list), .scale(let list):
          value = list[min(list.count - 1, Int(position * Double(list.count)))]
        }
        if parameter.path.valueKind == .count, !parameter.isScale { value = value.rounded() }
        return value
      }
    }
  }

  /// Returns the stratum (0..<N) parameter `j` of point `index` falls in (Latin hypercube
  /// only; nil for a grid).
  public func stratum(ofPoint index: Int, parameter j: Int) -> Int? {
    strata.isEmpty ? nil : Int(strata[j][index])
  }
}

/// A deterministic slice of a sweep's points: shard `index` of `count` takes the points
/// whose index modulo `count` is `index`, so every point belongs to exactly one shard and
/// long and short points mix evenly.
public struct SweepShard: Sendable, Equatable, CustomStringConvertible {
  /// This shard, 0-based.
  public var index: Int
  /// The number of shards.
  public var count: Int

  /// The whole sweep as one shard.
  public static let whole = SweepShard(index: 0, count: 1)

  /// Returns shard `index` of `count`.
  ///
  /// - Precondition: `0 ≤ index < count`.
  public init(index: Int, count: Int) {
    precondition(count >= 1 && index >= 0 && index < count, "shard \(index)/\(count)")
    self.index = index
    self.count = count
  }

  /// Returns whether point `point` is in this shard.
  public func contains(_ point: Int) -> Bool { point % count == index }

  /// Returns this shard's points among `pointCount`, ascending.
  public func points(of pointCount: Int) -> StrideTo<Int> {
    stride(from: index, to: pointCount, by: count)
  }

  /// Returns "I/N".
  public var description: String { "\(index)/\(count)" }
}
