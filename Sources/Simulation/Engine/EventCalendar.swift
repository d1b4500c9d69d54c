// EventCalendar: the future event list, a binary min-heap of SimEvent.

/// The future event list of a discrete-event simulation: a binary min-heap of
/// `SimEvent` ordered by `(time, seq)`, plus the simulation clock `now`.
///
/// **Tie rule.** `schedule` stamps each event with the next insertion sequence number, so
/// events with equal times come out first in, first out: in the order they were
/// scheduled (SimPy's `eid`, SSJ's "added after all these events"). A model that needs a
/// fixed order among kinds at the same instant (for example staffing change before
/// completion before arrival) schedules them in that order.
///
/// **Clock.** `now` is the time of the last event removed by `popMin` or `replaceMin`, or
/// handed out by `takeMin` (0 before the first). Scheduling before `now` is a programmer error, checked by a
/// precondition when built with `-DCCPLAN_INTERNAL_CHECKS` (CI's debug step).
///
/// **Layout.** Storage is one raw buffer of `SimEvent` the calendar owns, holding an
/// implicit binary heap (Williams 1964: the children of node `i` are `2i+1` and `2i+2`);
/// sifts move a hole instead of swapping. A release-mode M/M/c benchmark with 10^7 customers
/// and heaps of 100 to 20,000 events found the binary heap 8–12 % faster than a 4-ary
/// one and 1–4 % faster than Floyd's bottom-up sift-down, so the binary top-down heap
/// is the one kept. The buffer is placed so that each pair of siblings fills one 64-byte
/// cache line (an event is 32 bytes): with thousands of events (the multichannel case) the
/// deep levels miss the L1 cache, and a pair split across two lines cost two misses. Its sift picks the smaller child with a conditional move (one 128-bit
/// key per event, a sentinel past the last one): the 50:50 picks were the run's most
/// mispredicted branches. A raw buffer rather than a `ContiguousArray`: an array stored in a
/// struct pays a uniqueness test and bounds checks on every write. The buffer doubles when
/// only one slot is left (the sift's sentinel needs it); nothing is allocated per event once the capacity is reached. The calendar is
/// `~Copyable` (it frees its buffer when it ends), so no copy can share it.
///
/// The calendar is not a `Sequence`: the order of its storage is unspecified.
///
/// With `-DCCPLAN_INTERNAL_CHECKS` every mutation verifies the heap invariant (O(n)).
public struct EventCalendar: ~Copyable, @unchecked Sendable {
  @usableFromInline
  internal var heap: UnsafeMutablePointer<SimEvent>
  /// The allocation `heap` lies in: one event before it, so that `heap` is half a cache
  /// line past a line boundary and every pair of siblings shares one line.
  @usableFromInline
  internal var storage: UnsafeMutableRawPointer
  @usableFromInline
  internal var capacity: Int
  @usableFromInline
  internal var size = 0
  @usableFromInline
  internal var nextSeq: UInt64 = 0
  @usableFromInline
  internal var clock: Double = 0
  /// Whether the event at the top was handed out by `takeMin()` and not yet removed.
  @usableFromInline
  internal var topTaken = false

  /// The current simulated time in seconds: the time of the last event removed or taken
  /// (0 at first).
  @inlinable
  public var now: Double { clock }

  /// Returns an empty calendar with room for `minimumCapacity` events before it grows.
  public init(minimumCapacity: Int = 0) {
    capacity = Swift.max(minimumCapacity + 1, 16)
    (storage, heap) = Self.allocate(capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// Returns a buffer for `capacity` events whose siblings (`2i + 1`, `2i + 2`) share a
  /// cache line: the sift reads both, so at depth it costs one miss a level, not two.
  @usableFromInline
  internal static func allocate(_ capacity: Int)
    -> (UnsafeMutableRawPointer, UnsafeMutablePointer<SimEvent>)
  {
    let stride = MemoryLayout<SimEvent>.stride  // 32 bytes: two events a line
    let raw = UnsafeMutableRawPointer.allocate(byteCount: (capacity + 1) * stride, alignment: 64)
    return (raw, (raw + stride).bindMemory(to: SimEvent.self, capacity: capacity))
  }

  /// The number of pending events (an event handed out by `takeMin()` counts until removed).
  @inlinable
  public var count: Int { size }

  /// Whether no event is pending.
  @inlinable
  public var isEmpty: Bool { size == 0 }

  /// The time of the earliest pending event in seconds, or `.infinity` when empty.
  @inlinable
  public var peekTime: Double { size > 0 ? heap[0].time : .infinity }

  /// The earliest event's time as `SimEvent.orderedBits` (those of +∞ when empty): compared
  /// with another time's ordered bits it answers `peekTime`'s comparisons without decoding.
  @inlinable
  public var peekOrderedTime: UInt64 {
    size > 0 ? UInt64(truncatingIfNeeded: heap[0].order &>> 64) : 0xFFF0_0000_0000_0000
  }

  /// The earliest pending event (a taken one included), or `nil` when empty; the calendar
  /// is unchanged.
  @inlinable
  public var min: SimEvent? { size > 0 ? heap[0] : nil }

  /// The sequence number the next scheduled event will get (the count scheduled so far).
  @inlinable
  public var scheduledCount: UInt64 { nextSeq }

  /// Reserves room for `minimumCapacity` pending events; returns nothing.
  public mutating func reserveCapacity(_ minimumCapacity: Int) {
    if minimumCapacity >= capacity { resize(to: minimumCapacity + 1) }
  }

  /// Moves the pending events to a new buffer of `newCapacity` (more than `count`) events.
  @usableFromInline
  internal mutating func resize(to newCapacity: Int) {
    let (newStorage, bigger) = Self.allocate(newCapacity)
    bigger.moveInitialize(from: heap, count: size)
    storage.deallocate()
    (storage, heap) = (newStorage, bigger)
    capacity = newCapacity
  }

  /// Schedules an event at `time` (seconds, not before `now`) and returns its sequence number.
  ///
  /// - Complexity: O(log n).
  @inlinable
  @inline(__always)
  @discardableResult
  public mutating func schedule(time: Double, kind: UInt8, a: Int32 = 0, b: Int32 = 0) -> UInt64 {
    #if CCPLAN_INTERNAL_CHECKS
      precondition(time >= now, "event scheduled in the past (time \(time) < now \(now))")
    #endif
    let seq = nextSeq
    nextSeq &+= 1
    let event = SimEvent(time: time, seq: seq, kind: kind, a: a, b: b)
    if topTaken {
      // The taken event leaves and the new one takes its slot: one sift, not two.
      topTaken = false
      Self.siftDown(event, from: 0, count: size, in: heap)
      checkInvariants()
      return seq
    }
    // One slot stays free past the last event: `siftDown` keeps a sentinel there.
    if size &+ 1 == capacity { resize(to: capacity &* 2) }
    Self.siftUp(event, from: size, in: heap)
    size &+= 1
    checkInvariants()
    return seq
  }

  /// Removes and returns the earliest event (advancing `now` to its time), or `nil` when empty;
  /// an event still taken by `takeMin()` is removed first (`finishTake()`).
  ///
  /// - Complexity: O(log n).
  @inlinable @inline(__always)
  public mutating func popMin() -> SimEvent? {
    finishTake()
    guard size > 0 else { return nil }
    size &-= 1
    let last = heap[size]
    if size == 0 {
      clock = last.time
      return last
    }
    let top = heap[0]
    Self.siftDown(last, from: 0, count: size, in: heap)
    clock = top.time
    checkInvariants()
    return top
  }

  /// Returns the earliest event (advancing `now` to its time), or `nil` when empty, and
  /// leaves it at the top until the next `schedule`, which puts the new event in its
  /// place with one sift instead of a removal and an insertion, or until `finishTake()`.
  /// Between the two, `count` still includes it and `peekTime` is its time; the order of
  /// later pops is the same as with `popMin()`, since events are ordered by (time, seq).
  /// A take still open is finished first, so the same event is never handed out twice.
  ///
  /// - Complexity: O(1), plus O(log n) when it finishes an open take.
  @inlinable @inline(__always)
  public mutating func takeMin() -> SimEvent? {
    finishTake()
    guard size > 0 else { return nil }
    let top = heap[0]
    clock = top.time
    topTaken = true
    return top
  }

  /// Removes the event `takeMin()` handed out, unless a `schedule` since has replaced it.
  ///
  /// - Complexity: O(log n).
  @inlinable @inline(__always)
  public mutating func finishTake() {
    guard topTaken else { return }
    topTaken = false
    size &-= 1
    if size > 0 { Self.siftDown(heap[size], from: 0, count: size, in: heap) }
    checkInvariants()
  }

  /// Removes and returns the earliest event and schedules a new one in a single sift:
  /// the same result as `popMin()` then `schedule(...)`, for an event that reschedules
  /// itself. `time` is in seconds and must not be before the removed event's time.
  ///
  /// - Precondition: the calendar is not empty.
  /// - Complexity: O(log n).
  @inlinable
  public mutating func replaceMin(time: Double, kind: UInt8, a: Int32 = 0, b: Int32 = 0)
    -> SimEvent
  {
    finishTake()
    precondition(size > 0, "replaceMin on an empty calendar")
    let seq = nextSeq
    nextSeq &+= 1
    let event = SimEvent(time: time, seq: seq, kind: kind, a: a, b: b)
    let top = heap[0]
    Self.siftDown(event, from: 0, count: size, in: heap)
    clock = top.time
    #if CCPLAN_INTERNAL_CHECKS
      precondition(time >= now, "event scheduled in the past (time \(time) < now \(now))")
    #endif
    checkInvariants()
    return top
  }

  /// Removes every pending event and resets `now` and the sequence counter to 0, so a
  /// reused calendar replays exactly like a new one; without `keepingCapacity` the buffer
  /// shrinks to its smallest size. Returns nothing.
  public mutating func removeAll(keepingCapacity: Bool = true) {
    size = 0
    topTaken = false
    if !keepingCapacity && capacity > 16 {
      storage.deallocate()
      capacity = 16
      (storage, heap) = Self.allocate(capacity)
    }
    nextSeq = 0
    clock = 0
  }

  /// Moves the hole at `index` up until `event` fits, then stores `event` there.
  @inlinable @inline(__always)
  internal static func siftUp(
    _ event: SimEvent, from index: Int, in heap: UnsafeMutablePointer<SimEvent>
  ) {
    var hole = index
    while hole > 0 {
      let parent = (hole &- 1) &>> 1
      let p = heap[parent]
      if !(event < p) { break }
      heap[hole] = p
      hole = parent
    }
    heap[hole] = event
  }

  /// Moves the hole at `index` down along the smaller child until `event` fits, then
  /// stores `event` there; the heap holds `n` events.
  @inlinable @inline(__always)
  internal static func siftDown(
    _ event: SimEvent, from index: Int, count n: Int, in heap: UnsafeMutablePointer<SimEvent>
  ) {
    // A sentinel past the last event (the buffer always has that slot) stands in for a
    // missing right child, so the smaller child is picked without a bounds branch, and the
    // one-compare key lets it be a conditional move: these picks are 50:50 and were the
    // run's most mispredicted branches.
    heap[n].order = .max
    var hole = index
    while true {
      var child = hole &<< 1 &+ 1
      if child >= n { break }
      child &+= heap[child &+ 1].order < heap[child].order ? 1 : 0
      let c = heap[child]
      if !(c.order < event.order) { break }
      heap[hole] = c
      hole = child
    }
    heap[hole] = event
  }
}
