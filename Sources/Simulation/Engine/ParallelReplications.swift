// ParallelReplications: run replications on several cores, results in index order.

import Dispatch
import Synchronization

/// Runs independent replications (or sweep points) on several cores and returns their
/// results in index order, so output is byte-identical whatever the thread count.
public enum ParallelReplications {
  /// Returns `[body(0), body(1), ..., body(count − 1)]`, computed on
  /// `min(threads, count)` workers (inline on the calling thread when that is 1).
  ///
  /// Workers take the next unclaimed index from an atomic counter, so long and short
  /// replications balance; each result goes to its own pre-sized slot, so the array
  /// does not depend on which worker computed what. `body` must depend only on its
  /// index (e.g. derive its random streams from it) for the output to be reproducible.
  ///
  /// - Precondition: `count ≥ 0` and `threads ≥ 1`.
  public static func run<T: Sendable>(
    count: Int, threads: Int, body: @Sendable (Int) -> T
  ) -> [T] {
    precondition(count >= 0, "count must not be negative")
    precondition(threads >= 1, "at least one thread")
    let workers = Swift.min(threads, count)
    if workers <= 1 { return (0..<count).map(body) }
    let nextIndex = Atomic<Int>(0)
    return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      // Safe to share across workers: each index is claimed exactly once through the
      // atomic counter, so every slot is initialised by one worker only, and no slot is
      // read until concurrentPerform has returned (which waits for all workers).
      // count ≥ 2 here, so the buffer has storage; a nil base would be a runtime fault.
      guard let base = buffer.baseAddress else {
        preconditionFailure("no storage for \(count) results")
      }
      nonisolated(unsafe) let slots = base
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
          if index >= count { break }
          (slots + index).initialize(to: body(index))
        }
      }
      initializedCount = count
    }
  }
}
