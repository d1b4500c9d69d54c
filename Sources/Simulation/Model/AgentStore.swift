/// Agents of every pool, as struct-of-arrays, with per-pool lists of available agents.
///
/// List `(pool, k)` holds the pool's present agents holding exactly `k` contacts that may
/// take more: `k = 0` is the idle list (longest idle at the head); `k ≥ 1` only chat agents.
/// Lists are intrusive and doubly linked, so moving an agent between lists is O(1).
struct AgentStore {
  let levels: Int
  /// Pool of each agent.
  let pool: RawArray<Int32>
  /// Contacts each agent holds.
  let held: RawArray<Int32>
  /// Whether the agent's contacts are chats.
  let holdsChats: RawArray<Bool>
  /// The most chats the agent may hold now: the lowest `max` among the chat channels it has
  /// held since it was last empty (so mixing channels never exceeds either's limit).
  let chatLimit: RawArray<Int32>
  /// When the agent joined its current list (seconds): the longest in a list goes first.
  let since: RawArray<Double>
  /// List membership: index into heads/tails, or −1.
  let list: RawArray<Int32>
  let prev: RawArray<Int32>
  let next: RawArray<Int32>
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
    pool = arena.array(repeating: 0, count: total)
    absent = arena.array(repeating: 0, count: total)
    absentStart = arena.array(repeating: 0, count: capacityPerPool.count)
    absentCount = arena.array(repeating: 0, count: capacityPerPool.count)
    var next = 0
    for (p, capacity) in capacityPerPool.enumerated() {
      absentStart[p] = next
      absentCount[p] = capacity
      for i in 0..<capacity {
        pool[next + i] = Int32(p)
        absent[next + i] = Int32(next + capacity - 1 - i)
      }
      next += capacity
    }
    held = arena.array(repeating: 0, count: total)
    holdsChats = arena.array(repeating: false, count: total)
    chatLimit = arena.array(repeating: 0, count: total)
    since = arena.array(repeating: 0, count: total)
    list = arena.array(repeating: -1, count: total)
    prev = arena.array(repeating: -1, count: total)
    self.next = arena.array(repeating: -1, count: total)
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
    since[a] = time
    let l = Int(pool[a]) &* levels &+ k
    let tail = tails[l]
    let id = Int32(truncatingIfNeeded: a)
    list[a] = Int32(truncatingIfNeeded: l)
    prev[a] = tail
    next[a] = -1
    if tail >= 0 { next[Int(tail)] = id } else { heads[l] = id }
    tails[l] = id
  }

  /// Removes an agent from the list it is in (no effect when in none).
  @inline(__always)
  func unlink(_ a: Int) {
    let l = Int(list[a])
    guard l >= 0 else { return }
    let before = prev[a]
    let after = next[a]
    if before >= 0 { next[Int(before)] = after } else { heads[l] = after }
    if after >= 0 { prev[Int(after)] = before } else { tails[l] = before }
    list[a] = -1
  }

  /// Returns the agent indices of pool p (its agents are contiguous).
  @inline(__always)
  func range(pool p: Int) -> Range<Int> {
    let start = absentStart[p]
    let end = p + 1 < absentStart.count ? absentStart[p + 1] : pool.count
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
    let p = Int(pool[a])
    absent[absentStart[p] + absentCount[p]] = Int32(a)
    absentCount[p] += 1
  }
}
