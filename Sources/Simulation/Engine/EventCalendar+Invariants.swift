// EventCalendar+Invariants: exhaustive heap checks, compiled only with CCPLAN_INTERNAL_CHECKS.

extension EventCalendar {
  #if CCPLAN_INTERNAL_CHECKS
    /// Traps unless every node precedes its children and no event is before `now` (O(n)).
    @usableFromInline
    internal func checkInvariants() {
      let n = size
      for index in 0..<n {
        precondition(heap[index].time >= now, "pending event before now")
        precondition(heap[index].seq < nextSeq, "sequence number not yet assigned")
        for child in [2 * index + 1, 2 * index + 2] where child < n {
          precondition(!(heap[child] < heap[index]), "heap order violated at \(index)")
        }
      }
    }
  #else
    /// Does nothing: the checks are compiled only with `-DCCPLAN_INTERNAL_CHECKS`.
    @inlinable @inline(__always)
    internal func checkInvariants() {}
  #endif
}
