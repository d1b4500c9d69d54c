/// One contact's state, laid out in one 64-byte cache line: a completion, a service start
/// or a queue-head check reads several fields of one contact, and with thousands of
/// contacts in the system a field per array cost a cache miss per field (measured: 12 L1
/// misses per completion in the multichannel bench case).
struct ContactRecord {
  /// Arrival time at the center (seconds); deferrable deadlines run from here.
  var arrival = 0.0
  /// Time the contact entered its current queue (seconds).
  var entry = 0.0
  /// Time service started (seconds).
  var serviceStart = 0.0
  /// The contact's own stream key (common random numbers): its variates are drawn from
  /// generators derived from this key, its visit number and a purpose.
  var key: UInt64 = 0
  /// Channel index.
  var channel: Int32 = 0
  /// Counted horizon interval of the arrival, or −1 when not counted.
  var arrivalInterval: Int32 = 0
  /// Counted horizon interval of the current queue entry (−1 when not counted).
  var entryInterval: Int32 = 0
  /// Current queue.
  var queue: Int32 = 0
  /// Generation of the id, bumped on every release.
  var generation: Int32 = 0
  /// Agent serving the contact (valid while in service).
  var agent: Int32 = -1
  /// Queues the contact has entered before its current one (0 at first contact).
  var visit: Int32 = 0
  /// Tier index (tier − 1) of the current queue (tiers are 1 to 3, DESIGN.md).
  var tierIndex: Int16 = 0
  /// Where the contact is in its journey.
  var state = ContactState.released
}

/// The contacts in the system, one `ContactRecord` per reusable contact id.
///
/// Ids are recycled through a free list, so nothing is allocated per contact once the
/// array has grown to the largest number in the system at once. A generation number per
/// id tells a stale event or queue entry from the contact now holding the id.
struct ContactStore {
  let arena: RawArena
  /// The contacts, indexed by id (each record starts a cache line: the arena aligns);
  /// records past `highWater` are uninitialised, so untouched memory stays unresident.
  var records: RawArray<ContactRecord>
  private var free: RawArray<Int32>
  private var freeCount = 0
  /// Ids handed out so far (the array's used length).
  private(set) var highWater = 0
  /// True when every id handed out is in use (the next contact takes a new one).
  var isFull: Bool { freeCount == 0 }

  init(arena: RawArena, capacity: Int) {
    self.arena = arena
    records = arena.uninitializedArray(count: capacity)
    free = arena.array(repeating: 0, count: capacity)
  }

  /// Returns the id of a new contact of `channel` arriving at `time`, waiting in queue `c`,
  /// drawing its variates from stream key `key`.
  @inline(__always)
  mutating func allocate(channel c: Int, time: Double, interval: Int32, key: UInt64) -> Int {
    let id: Int
    if freeCount > 0 {
      freeCount &-= 1
      id = Int(free[freeCount])
    } else {
      if highWater == records.count { grow() }
      id = highWater
      highWater &+= 1
      records[id] = ContactRecord()
    }
    records[id].channel = Int32(truncatingIfNeeded: c)
    records[id].arrival = time
    records[id].entry = time
    records[id].arrivalInterval = interval
    records[id].entryInterval = interval
    records[id].tierIndex = 0
    records[id].queue = Int32(truncatingIfNeeded: c)
    records[id].state = .waiting
    records[id].key = key
    records[id].visit = 0
    return id
  }

  /// Releases a contact's id for reuse.
  @inline(__always)
  mutating func release(_ id: Int) {
    records[id].state = .released
    records[id].generation &+= 1
    free[freeCount] = Int32(truncatingIfNeeded: id)
    freeCount &+= 1
  }

  private mutating func grow() {
    let size = records.count * 2
    records = arena.grow(records, to: size, keeping: highWater)
    free = arena.grow(free, to: size, filling: 0)
  }
}

/// Where a contact is in its journey: its id is free, it waits in a queue, or it is served.
enum ContactState: UInt8 {
  /// The id is free for reuse.
  case released
  /// Waiting in `queue`.
  case waiting
  /// Being served by `agent`.
  case inService
}

/// One entry in a queue: a contact id with the generation it had when it joined.
struct QueueEntry {
  var id: Int32
  var generation: Int32
}

/// First-in-first-out ring buffers of contact ids, one per queue, that grow by doubling.
///
/// Abandoning contacts stay in the buffer as stale entries (their generation or state no
/// longer matches) and are skipped when they reach the head.
struct ContactQueues {
  let arena: RawArena
  private var buffers: RawArray<RawArray<QueueEntry>>
  private let head: RawArray<Int>
  /// Entries stored per queue, live or stale.
  private let stored: RawArray<Int>
  /// Live contacts waiting per queue.
  let live: RawArray<Int>
  /// One word: bit `min(q, 63)` is set while queue q has a live contact (bit 63, shared by
  /// queues 63 and up, is never cleared), so an agent whose queues are all empty learns it
  /// from one AND (`mask(of:)`) instead of a scan.
  let waitingMask: RawArray<UInt64>

  init(arena: RawArena, queues: Int, capacity: Int = 64) {
    self.arena = arena
    var size = 16
    while size < capacity { size <<= 1 }
    let empty = arena.array(repeating: QueueEntry(id: 0, generation: 0), count: 0)
    buffers = arena.array(repeating: empty, count: queues)
    for q in 0..<queues {
      buffers[q] = arena.array(repeating: QueueEntry(id: 0, generation: 0), count: size)
    }
    head = arena.array(repeating: 0, count: queues)
    stored = arena.array(repeating: 0, count: queues)
    live = arena.array(repeating: 0, count: queues)
    waitingMask = arena.array(repeating: 0, count: 1)
  }

  /// Returns queue q's bit in `waitingMask`.
  @inline(__always)
  static func mask(of q: Int) -> UInt64 { 1 &<< UInt64(Swift.min(q, 63)) }

  /// Appends a contact at the tail of queue q; the buffer must have room (see `isFull`).
  @inline(__always)
  func push(_ q: Int, _ entry: QueueEntry) {
    let buffer = buffers[q]
    buffer[(head[q] &+ stored[q]) & (buffer.count &- 1)] = entry
    stored[q] &+= 1
    live[q] &+= 1
    waitingMask[0] |= Self.mask(of: q)
  }

  /// Counts one live contact of queue q gone (served or abandoned; its entry may stay).
  @inline(__always)
  func removeLive(_ q: Int) {
    let left = live[q] &- 1
    live[q] = left
    if left == 0 && q < 63 { waitingMask[0] &= ~Self.mask(of: q) }
  }

  /// Returns whether queue q's buffer is full, so a push must first make room.
  @inline(__always)
  func isFull(_ q: Int) -> Bool { stored[q] == buffers[q].count }

  /// Makes room in queue q's full buffer: one that is mostly stale entries (abandons nobody
  /// has dequeued, as in a queue no agent serves) is compacted instead of grown, so memory
  /// stays flat. Out of line and apart from `push`, so the hot path passes no `ContactStore`
  /// (a 200-byte copy on every push).
  @inline(never)
  func makeRoom(_ q: Int, contacts: borrowing ContactStore) {
    _ = live[q] * 2 <= stored[q] ? compact(q, contacts: contacts) : grow(q)
  }

  /// Returns the head entry of queue q without removing it (nil when empty).
  @inline(__always)
  func peek(_ q: Int) -> QueueEntry? {
    stored[q] > 0 ? buffers[q][head[q]] : nil
  }

  /// Removes the head entry of queue q.
  @inline(__always)
  func dropHead(_ q: Int) {
    head[q] = (head[q] &+ 1) & (buffers[q].count &- 1)
    stored[q] &-= 1
  }

  /// Drops the stale entries of queue q, keeping the live ones in order; returns its buffer.
  private func compact(_ q: Int, contacts: borrowing ContactStore) -> RawArray<QueueEntry> {
    let buffer = buffers[q]
    var kept = 0
    for i in 0..<stored[q] {
      let entry = buffer[(head[q] + i) & (buffer.count - 1)]
      let id = Int(entry.id)
      if contacts.records[id].generation == entry.generation
        && contacts.records[id].state == .waiting && Int(contacts.records[id].queue) == q
      {
        buffer[(head[q] + kept) & (buffer.count - 1)] = entry
        kept += 1
      }
    }
    stored[q] = kept
    return kept == buffer.count ? grow(q) : buffer
  }

  private func grow(_ q: Int) -> RawArray<QueueEntry> {
    let old = buffers[q]
    let bigger = arena.array(repeating: QueueEntry(id: 0, generation: 0), count: old.count * 2)
    for i in 0..<stored[q] { bigger[i] = old[(head[q] + i) & (old.count - 1)] }
    buffers[q] = bigger
    head[q] = 0
    return bigger
  }
}
