import ContactCenter
import Foundation
import Simulation
import Synchronization

/// One finished point: its index, its parameter levels and every metric's estimate.
public struct SweepPointResult: Sendable, Equatable {
  /// The point's index in the design.
  public var point: Int
  /// Its level of each parameter, in the parameters' canonical units.
  public var parameters: [Double]
  /// Each metric's mean and 95 % half-width (nil where undefined, such as the ASA of a
  /// channel nobody was answered on); analytic points have no half-width.
  public var metrics: [Estimate?]

  /// Returns a result.
  public init(point: Int, parameters: [Double], metrics: [Estimate?]) {
    self.point = point
    self.parameters = parameters
    self.metrics = metrics
  }
}

/// What a run held at most at once, to show memory does not grow with the sweep.
public struct SweepRunStatistics: Sendable, Equatable {
  /// The most work items (replications or analytic points) that waited in the reorder
  /// buffer.
  public var maxPendingItems: Int
  /// The most point models (compiled scenarios) held at once.
  public var maxLivePoints: Int
  /// The points finished.
  public var points: Int
}

/// Runs the points of a sweep on several cores, as (point, replication) work items.
///
/// Item u of the run is replication u mod R of the ⌊u ÷ R⌋-th pending point, so a sweep of
/// 3 points × 20 replications still keeps every core busy. Items are folded strictly in
/// index order through `ParallelReplications.reduce` (a reorder buffer of at most
/// `window` items): each point's replications go into running sums (`RatioAccumulator`,
/// enough for the delta method), and the point is handed to `onPoint` the moment its last
/// replication is folded, then forgotten. Memory is thus bounded by the window, whatever
/// the numbers of points and replications; and since replication r of point p always uses
/// the streams of (point seed, r), results do not depend on the thread count, the window,
/// the shard or which points were skipped.
public enum SweepRunner {
  /// Runs `points` (ascending indices of `plan`, each passed by `plan.check`) on
  /// `threads` workers and calls `onPoint` with each finished point, in `points` order,
  /// one at a time. When `onPoint` throws, no further point is reported, the remaining
  /// work is skipped and the error is rethrown. Throws `SweepError` when a point cannot
  /// be planned or compiled.
  public static func run(
    _ plan: SweepPlan, points: [Int], threads: Int, window: Int? = nil,
    onPoint: @Sendable (SweepPointResult) throws -> Void
  ) throws -> SweepRunStatistics {
    let replications = plan.spec.method.isAnalytic ? 1 : plan.spec.replications
    let metricCount = plan.spec.metrics.count
    let cache = PointCache(plan: plan)
    let stop = Atomic<Bool>(false)
    let initial = FoldState(
      accumulators: Array(repeating: RatioAccumulator(), count: metricCount))
    let (state, maxPending) = ParallelReplications.reduce(
      count: points.count * replications, threads: max(1, threads), window: window,
      initial: initial,
      body: { item -> ItemOutcome in
        if stop.load(ordering: .relaxed) { return .skipped }
        let point = points[item / replications]
        return cache.evaluate(point: point, replication: item % replications)
      },
      combine: { state, outcome in
        guard state.failure == nil else { return }
        let ordinal = state.items / replications
        let point = points[ordinal]
        state.items += 1
        switch outcome {
        case .skipped: return
        case .failed(let error):
          state.failure = error
          stop.store(true, ordering: .relaxed)
          return
        case .analytic(let metrics):
          state.finish(
            SweepPointResult(
              point: point, parameters: plan.design.values(ofPoint: point), metrics: metrics),
            onPoint: onPoint, stop: stop)
        case .replication(let samples):
          for m in 0..<metricCount { state.accumulators[m].add(samples[m].x, samples[m].y) }
          if state.items % replications == 0 {
            let metrics = state.accumulators.map(\.estimate)
            state.accumulators = Array(repeating: RatioAccumulator(), count: metricCount)
            state.finish(
              SweepPointResult(
                point: point, parameters: plan.design.values(ofPoint: point), metrics: metrics),
              onPoint: onPoint, stop: stop)
          }
        }
        if state.items % replications == 0 { cache.forget(point) }
      })
    if let failure = state.failure { throw failure.error }
    return SweepRunStatistics(
      maxPendingItems: maxPending, maxLivePoints: cache.maxLive, points: state.points)
  }
}

/// A failure carried through the fold (errors are not `Sendable`-checked otherwise).
struct SweepFailure: @unchecked Sendable {
  // Unchecked: the error is created by one worker and only read after the fold ends.
  let error: any Error
}

/// What one work item produced.
enum ItemOutcome: Sendable {
  /// One replication's (numerator, denominator) per metric.
  case replication([MetricSample])
  /// An analytic point's metrics.
  case analytic([Estimate?])
  /// The item failed.
  case failed(SweepFailure)
  /// The run was stopping; nothing was computed.
  case skipped
}

/// The fold of a run: the current point's running sums, and what was reported.
struct FoldState: Sendable {
  var accumulators: [RatioAccumulator]
  var items = 0
  var points = 0
  var failure: SweepFailure?

  mutating func finish(
    _ result: SweepPointResult, onPoint: (SweepPointResult) throws -> Void,
    stop: borrowing Atomic<Bool>
  ) {
    do {
      try onPoint(result)
      points += 1
    } catch {
      failure = SweepFailure(error: error)
      stop.store(true, ordering: .relaxed)
    }
  }
}

/// The compiled points in flight, shared by the workers: a point is built once when its
/// first item starts and dropped when its last item is folded, so at most the points
/// inside the reorder window are held.
final class PointCache: Sendable {
  /// A point ready to simulate.
  struct Entry: Sendable {
    let model: CompiledModel
    let metrics: SimulatedPointMetrics
    let seed: UInt64
  }

  let plan: SweepPlan
  private let state = Mutex<(entries: [Int: Entry], maxLive: Int)>(([:], 0))

  init(plan: SweepPlan) {
    self.plan = plan
  }

  /// The most points held at once.
  var maxLive: Int { state.withLock { $0.maxLive } }

  /// Drops a finished point.
  func forget(_ point: Int) {
    _ = state.withLock { $0.entries.removeValue(forKey: point) }
  }

  /// Computes one work item.
  func evaluate(point: Int, replication: Int) -> ItemOutcome {
    let spec = plan.spec
    if spec.method.isAnalytic {
      let scenario = plan.uncheckedScenario(ofPoint: point)
      state.withLock { $0.maxLive = max($0.maxLive, 1) }
      do {
        let options = StaffingOptions(method: spec.method == .erlangA ? .erlangA : .erlangC)
        let staffing = try StaffingPlanner.plan(scenario, options: options)
        return .analytic(SweepPointMetrics.analytic(staffing, metrics: spec.metrics))
      } catch {
        let parameters = plan.overrides(ofPoint: point).map(\.description)
        return .failed(
          SweepFailure(error: SweepError.planning(point: point, parameters: parameters, error)))
      }
    }
    let entry: Entry
    if let cached = state.withLock({ $0.entries[point] }) {
      entry = cached
    } else {
      let scenario = plan.uncheckedScenario(ofPoint: point)
      do {
        let variant = try ExperimentVariant(name: "point \(point)", scenario: scenario)
        entry = Entry(
          model: variant.model,
          metrics: SimulatedPointMetrics(
            scenario: scenario, model: variant.model, metrics: spec.metrics),
          seed: plan.seed(ofPoint: point))
      } catch {
        return .failed(
          SweepFailure(error: SweepError.model(point: point, message: "\(error)")))
      }
      state.withLock {
        if $0.entries[point] == nil { $0.entries[point] = entry }
        $0.maxLive = max($0.maxLive, $0.entries.count)
      }
    }
    var simulator = ContactCenterSimulator(
      model: entry.model, seed: entry.seed, replication: replication)
    let result = simulator.run()
    if let overflow = result.overflow {
      return .failed(
        SweepFailure(error: SweepError.model(point: point, message: overflow.description)))
    }
    return .replication(entry.metrics.samples(HeadlineMetrics.samples(result, model: entry.model)))
  }
}
