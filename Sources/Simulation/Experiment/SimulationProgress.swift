import Synchronization

/// How far the replications under way have got, in open intervals simulated: the simulator
/// adds one as each warm-up or horizon interval opens (an atomic add per interval, not per
/// event), and a progress display reads the total from another thread.
public final class SimulationProgress: Sendable {
  private let intervals = Atomic<Int>(0)

  /// A counter at zero.
  public init() {}

  /// Open intervals started so far, summed over every replication (wrap-up not counted), so
  /// a run of r replications ends at r × (warm-up days + horizon days) × open intervals a day.
  public var intervalsSimulated: Int { intervals.load(ordering: .relaxed) }

  /// Counts one more open interval.
  func intervalStarted() {
    intervals.wrappingAdd(1, ordering: .relaxed)
  }
}
