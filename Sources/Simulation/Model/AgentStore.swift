/// One agent's state in 32 bytes, two to a cache line: a service start or end reads
/// several fields of one agent, and with thousands of agents a field per array cost a
/// cache miss per field.
struct AgentRecord {
  /// When the agent joined its current list (seconds): the longest in a list goes first.
  var since = 0.0
  /// Pool of the agent.
  var pool: Int32 = 0
  /// Contacts the agent holds.
  var held: Int32 = 0
  /// List membership: index into heads/tails, or −1.
  var list: Int32 = -1
  /// The previous and next agent in its list (−1 at an end).
  var prev: Int32 = -1
  var next: Int32 = -1
  /// The most chats the agent may hold now: the lowest `max` among the chat channels it has
  /// held since it was last empty (so mixing channels never exceeds either's limit).
  var chatLimit: Int16 = 0
  /// Whether the agent's contacts are chats.
  var holdsChats = false
  /// Designated to leave after a staffing drop (or at closing) while busy: it finishes
  /// what it holds, takes no new work and leaves.
  var leaving = false
}

/// Agents of every pool, one `AgentRecord` each, with per-pool lists of available agents.
///
/// List `(pool, k)` holds the pool's present agents holding exactly `k` contacts that may
/// take more: `k = 0` is the idle list (longest idle at the head); `k ≥ 1` only chat agents.
/// Lists are intrusive and doubly linked, so moving an agent between lists is O(1).
struct AgentStore {
  let levels: Int
  /// The agents, pool by pool (a pool's agents are contiguous).
  let records: RawArray<AgentRecord>
  /// Heads and tails of lists, indexed pool × levels + k.
  let heads: RawArray<Int32>
  let tails: RawArray<Int32>
  /// Absent agents of each pool, ready to come on line: a stack per pool.
  private let absent: RawArray<Int32>
  private let absentStart: RawArray<Int>
  private let absentCount: RawArray<Int>

  init(arena: RawArena, capacityPerPool: [Int], levels: Int) {
    self.levels = levels
    let total = capacityPerPool.reduce(0, +)
    records = arena.array(repeating: AgentRecord(), count: total)
    absent = arena.array(repeating: 0, count: total)
    absentStart = arena.array(repeating: 0, count: capacityPerPool.count)
    absentCount = arena.array(repeating: 0, count: capacityPerPool.count)
    var next = 0
    for (p, capacity) in capacityPerPool.enumerated() {
      absentStart[p] = next
      absentCount[p] = capacity
      for i in 0..<capacity {
        records[next + i].pool = Int32(p)
        absent[next + i] = Int32(next + capacity - 1 - i)
      }
      next += capacity
    }
    heads = arena.array(repeating: -1, count: capacityPerPool.count * levels)
    tails = arena.array(repeating: -1, count: capacityPerPool.count * levels)
  }

  /// Returns the head of list (pool, k), or −1.
  @inline(__always)
  func first(pool p: Int, level k: Int) -> Int {
    Int(heads[p &* levels &+ k])
  }

  /// Appends an agent at the tail of list (its pool, k), noting the time it joined.
  @inline(__always)
  func append(_ a: Int, level k: Int, at time: Double) {
    records[a].since = time
    let l = Int(records[a].pool) &* levels &+ k
    let tail = tails[l]
    let id = Int32(truncatingIfNeeded: a)
    records[a].list = Int32(truncatingIfNeeded: l)
    records[a].prev = tail
    records[a].next = -1
    if tail >= 0 { records[Int(tail)].next = id } else { heads[l] = id }
    tails[l] = id
  }

  /// Removes an agent from the list it is in (no effect when in none).
  @inline(__always)
  func unlink(_ a: Int) {
    let l = Int(records[a].list)
    guard l >= 0 else { return }
    let before = records[a].prev
    let after = records[a].next
    if before >= 0 { records[Int(before)].next = after } else { heads[l] = after }
    if after >= 0 { records[Int(after)].prev = before } else { tails[l] = before }
    records[a].list = -1
  }

  /// Returns the agent indices of pool p (its agents are contiguous).
  @inline(__always)
  func range(pool p: Int) -> Range<Int> {
    let start = absentStart[p]
    let end = p + 1 < absentStart.count ? absentStart[p + 1] : records.count
    return start..<end
  }

  /// Takes an absent agent of pool p on line (nil when none is left).
  func arrive(pool p: Int) -> Int? {
    guard absentCount[p] > 0 else { return nil }
    absentCount[p] -= 1
    return Int(absent[absentStart[p] + absentCount[p]])
  }

  /// Sends an agent home.
  func depart(_ a: Int) {
    unlink(a)
    let p = Int(records[a].pool)
    absent[absentStart[p] + absentCount[p]] = Int32(a)
    absentCount[p] += 1
  }
}
