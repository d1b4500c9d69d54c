/// Agents of every pool, as struct-of-arrays, with per-pool lists of available agents.
///
/// List `(pool, k)` holds the pool's present agents holding exactly `k` contacts that may
/// take more: `k = 0` is the idle list (longest idle at the head); `k ≥ 1` only chat agents.
/// Lists are intrusive and doubly linked, so moving an agent between lists is O(1).
struct AgentStore {
  let levels: Int
  /// Pool of each agent.
  var pool: ContiguousArray<Int32>
  /// Contacts each agent holds.
  var held: ContiguousArray<Int32>
  /// List membership: index into heads/tails, or −1.
  var list: ContiguousArray<Int32>
  var prev: ContiguousArray<Int32>
  var next: ContiguousArray<Int32>
  /// Heads and tails of lists, indexed pool × levels + k.
  var heads: ContiguousArray<Int32>
  var tails: ContiguousArray<Int32>
  /// Absent agents of each pool, ready to come on line.
  var absent: [ContiguousArray<Int32>]

  init(capacityPerPool: [Int], levels: Int) {
    self.levels = levels
    let total = capacityPerPool.reduce(0, +)
    pool = []
    pool.reserveCapacity(total)
    absent = []
    for (p, capacity) in capacityPerPool.enumerated() {
      var ids = ContiguousArray<Int32>()
      for _ in 0..<capacity {
        ids.append(Int32(pool.count))
        pool.append(Int32(p))
      }
      absent.append(ContiguousArray(ids.reversed()))
    }
    held = ContiguousArray(repeating: 0, count: total)
    list = ContiguousArray(repeating: -1, count: total)
    prev = ContiguousArray(repeating: -1, count: total)
    next = ContiguousArray(repeating: -1, count: total)
    heads = ContiguousArray(repeating: -1, count: capacityPerPool.count * levels)
    tails = ContiguousArray(repeating: -1, count: capacityPerPool.count * levels)
  }

  /// Returns the head of list (pool, k), or −1.
  @inline(__always)
  func first(pool p: Int, level k: Int) -> Int {
    Int(heads[p * levels + k])
  }

  /// Appends an agent at the tail of list (its pool, k).
  @inline(__always)
  mutating func append(_ a: Int, level k: Int) {
    let l = Int(pool[a]) * levels + k
    let tail = tails[l]
    list[a] = Int32(l)
    prev[a] = tail
    next[a] = -1
    if tail >= 0 { next[Int(tail)] = Int32(a) } else { heads[l] = Int32(a) }
    tails[l] = Int32(a)
  }

  /// Removes an agent from the list it is in (no effect when in none).
  @inline(__always)
  mutating func unlink(_ a: Int) {
    let l = Int(list[a])
    guard l >= 0 else { return }
    let before = prev[a]
    let after = next[a]
    if before >= 0 { next[Int(before)] = after } else { heads[l] = after }
    if after >= 0 { prev[Int(after)] = before } else { tails[l] = before }
    list[a] = -1
  }

  /// Takes an absent agent of pool p on line (nil when none is left).
  mutating func arrive(pool p: Int) -> Int? {
    absent[p].popLast().map(Int.init)
  }

  /// Sends an agent home.
  mutating func depart(_ a: Int) {
    unlink(a)
    absent[Int(pool[a])].append(Int32(a))
  }
}
