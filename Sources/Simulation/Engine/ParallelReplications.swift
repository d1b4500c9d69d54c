// ParallelReplications: run replications on several cores, results in index order.

import Dispatch
import Foundation
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

extension ParallelReplications {
  /// Computes `body(0) ..< body(count − 1)` on `min(threads, count)` workers and folds
  /// each result into `initial` with `combine`, strictly in index order, as results
  /// arrive; returns the final state and the most results that ever waited unfolded.
  ///
  /// A result that finishes before its predecessors waits in a reorder buffer; a worker
  /// claims index i only when i < (results folded) + `window` (default 4 per worker), so
  /// the buffer never holds more than `window` results whatever `count` is, and memory
  /// does not grow with it. The fold — hence the output's bytes — does not depend on the
  /// thread count. `combine` runs under a lock, one result at a time.
  ///
  /// - Precondition: `count ≥ 0`, `threads ≥ 1` and `window ≥ 1` when given.
  public static func reduce<T: Sendable, State: Sendable>(
    count: Int, threads: Int, window: Int? = nil, initial: State, body: @Sendable (Int) -> T,
    combine: @Sendable (inout State, T) -> Void
  ) -> (state: State, maxPending: Int) {
    precondition(count >= 0, "count must not be negative")
    precondition(threads >= 1, "at least one thread")
    let workers = Swift.min(threads, count)
    if workers <= 1 {
      var state = initial
      for index in 0..<count { combine(&state, body(index)) }
      return (state, count > 0 ? 1 : 0)
    }
    let limit = window ?? 4 * workers
    precondition(limit >= 1, "the window must hold at least one result")
    let shared = Mutex(OrderedFold(state: initial, pending: [Int: T]()))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        // Claim the next index once it is inside the window (the fold catches up).
        var index = -1
        while index < 0 {
          let claimed: Int? = shared.withLock { fold in
            guard fold.claimed < count else { return count }
            guard fold.claimed < fold.next + limit else { return nil }
            fold.claimed += 1
            return fold.claimed - 1
          }
          if let claimed { index = claimed } else { usleep(50) }
        }
        if index >= count { break }
        let value = body(index)
        shared.withLock { fold in
          fold.pending[index] = value
          fold.maxPending = Swift.max(fold.maxPending, fold.pending.count)
          while let ready = fold.pending.removeValue(forKey: fold.next) {
            combine(&fold.state, ready)
            fold.next += 1
          }
        }
      }
    }
    return shared.withLock { ($0.state, $0.maxPending) }
  }
}

/// The state of an in-order fold: the folded state, the next index to fold, the next to
/// claim, the results waiting for their predecessors and the most that ever waited.
private struct OrderedFold<State, T> {
  var state: State
  var pending: [Int: T]
  var next = 0
  var claimed = 0
  var maxPending = 0
}
