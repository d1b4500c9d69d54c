/// The contacts in the system, as struct-of-arrays indexed by a reusable contact id.
///
/// Ids are recycled through a free list, so nothing is allocated per contact once the
/// arrays have grown to the largest number in the system at once. A generation number per
/// id tells a stale event or queue entry from the contact now holding the id.
struct ContactStore {
  /// Channel index.
  var channel: ContiguousArray<Int32> = []
  /// Arrival time at the center (seconds); deferrable deadlines run from here.
  var arrival: ContiguousArray<Double> = []
  /// Time the contact entered its current queue (seconds).
  var entry: ContiguousArray<Double> = []
  /// Time service started (seconds).
  var serviceStart: ContiguousArray<Double> = []
  /// Counted horizon interval of the arrival, or −1 when not counted.
  var arrivalInterval: ContiguousArray<Int32> = []
  /// Counted horizon interval of the current queue entry (−1 when not counted).
  var entryInterval: ContiguousArray<Int32> = []
  /// Tier index (tier − 1) of the current queue.
  var tierIndex: ContiguousArray<Int32> = []
  /// Current queue.
  var queue: ContiguousArray<Int32> = []
  /// Generation of the id, bumped on every release.
  var generation: ContiguousArray<Int32> = []
  /// 0 = free, 1 = waiting, 2 = in service.
  var state: ContiguousArray<UInt8> = []
  private var free: ContiguousArray<Int32> = []

  static let released: UInt8 = 0
  static let waiting: UInt8 = 1
  static let inService: UInt8 = 2

  init(capacity: Int) {
    reserve(capacity)
  }

  private mutating func reserve(_ capacity: Int) {
    channel.reserveCapacity(capacity)
    arrival.reserveCapacity(capacity)
    entry.reserveCapacity(capacity)
    serviceStart.reserveCapacity(capacity)
    arrivalInterval.reserveCapacity(capacity)
    entryInterval.reserveCapacity(capacity)
    tierIndex.reserveCapacity(capacity)
    queue.reserveCapacity(capacity)
    generation.reserveCapacity(capacity)
    state.reserveCapacity(capacity)
    free.reserveCapacity(capacity)
  }

  /// Returns the id of a new contact of `channel` arriving at `time`.
  @inline(__always)
  mutating func allocate(channel c: Int, time: Double, interval: Int32) -> Int {
    let id: Int
    if let reused = free.popLast() {
      id = Int(reused)
      channel[id] = Int32(truncatingIfNeeded: c)
      arrival[id] = time
      entry[id] = time
      arrivalInterval[id] = interval
      entryInterval[id] = interval
      tierIndex[id] = 0
      queue[id] = Int32(truncatingIfNeeded: c)
      state[id] = ContactStore.waiting
    } else {
      id = channel.count
      channel.append(Int32(truncatingIfNeeded: c))
      arrival.append(time)
      entry.append(time)
      serviceStart.append(time)
      arrivalInterval.append(interval)
      entryInterval.append(interval)
      tierIndex.append(0)
      queue.append(Int32(truncatingIfNeeded: c))
      generation.append(0)
      state.append(ContactStore.waiting)
    }
    return id
  }

  /// Releases a contact's id for reuse.
  @inline(__always)
  mutating func release(_ id: Int) {
    state[id] = ContactStore.released
    generation[id] &+= 1
    free.append(Int32(truncatingIfNeeded: id))
  }

  /// Returns the number of contacts ever held at once (the arrays' size).
  var highWater: Int { channel.count }
}

/// One entry in a queue: a contact id with the generation it had when it joined.
struct QueueEntry {
  var id: Int32
  var generation: Int32
}

/// A first-in-first-out ring buffer of contact ids that grows by doubling.
///
/// Abandoning contacts stay in the buffer as stale entries (their generation or state no
/// longer matches) and are skipped when they reach the head.
struct ContactQueue {
  private var buffer: ContiguousArray<QueueEntry>
  private var head = 0
  /// Entries in the buffer, live or stale.
  private(set) var stored = 0
  /// Live contacts waiting.
  var live = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity { size <<= 1 }
    buffer = ContiguousArray(repeating: QueueEntry(id: 0, generation: 0), count: size)
  }

  /// Appends a contact at the tail.
  @inline(__always)
  mutating func push(_ entry: QueueEntry) {
    if stored == buffer.count { grow() }
    buffer[(head + stored) & (buffer.count - 1)] = entry
    stored += 1
    live += 1
  }

  /// Returns the head entry without removing it (nil when empty).
  @inline(__always)
  func peek() -> QueueEntry? {
    stored > 0 ? buffer[head] : nil
  }

  /// Removes the head entry.
  @inline(__always)
  mutating func dropHead() {
    head = (head + 1) & (buffer.count - 1)
    stored -= 1
  }

  private mutating func grow() {
    var bigger = ContiguousArray(
      repeating: QueueEntry(id: 0, generation: 0), count: buffer.count * 2)
    for i in 0..<stored { bigger[i] = buffer[(head + i) & (buffer.count - 1)] }
    buffer = bigger
    head = 0
  }
}
