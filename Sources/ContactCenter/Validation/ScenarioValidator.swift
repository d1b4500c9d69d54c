/// The one validator of a scenario's meaning: value ranges (`ScenarioValidator+Values`) and
/// the checks across fields — references between channels and pools, escalation, and
/// coverage of demand at tier 1. Decoding runs it on what it read; `Scenario.validate()` runs
/// it on a scenario built or edited in code. Problems go to the context, which knows the
/// line and column of each path when the scenario came from a file.
struct ScenarioValidator {
  let context: DecodingContext

  /// Checks every value and reference of a whole scenario.
  func validate(_ scenario: Scenario) {
    validateValues(scenario)
    validateReferences(ReferenceOutline(scenario))
  }

  /// Checks references; a check that needs an entry the outline could not read is skipped,
  /// so a value error never causes a second, invented reference error.
  func validateReferences(_ outline: ReferenceOutline) {
    let channelIDs = outline.channels.compactMap(\.id)
    let allChannelsKnown = channelIDs.count == outline.channels.count
    let pools = outline.pools.compactMap { $0 }
    let allPoolsKnown = pools.count == outline.pools.count
    reportDuplicates(outline.channels.map(\.id), list: "channels")
    reportDuplicates(outline.pools.map { $0?.id }, list: "pools")
    let poolIndex = Self.firstIndex(of: pools)
    for (p, entry) in outline.pools.enumerated() {
      guard let pool = entry else { continue }
      if allChannelsKnown { validateSkills(pool, at: "pools[\(p)]", channelIDs: channelIDs) }
      if allPoolsKnown {
        validateEscalation(pool, at: "pools[\(p)]", pools: pools, index: poolIndex)
      }
    }
    guard allPoolsKnown else { return }
    validateNoCycles(pools, index: poolIndex)
    let servedAtTier1 = Set(pools.lazy.filter { $0.tier == 1 }.flatMap(\.skills))
    for (c, channel) in outline.channels.enumerated() where channel.carriesDemand == true {
      guard let id = channel.id, !servedAtTier1.contains(id) else { continue }
      let servers = pools.filter { $0.serves(id) }.map { "\($0.id) (tier \($0.tier))" }
      let found =
        servers.isEmpty
        ? "no pool serves it" : "it is served only by \(servers.joined(separator: ", "))"
      context.report(
        "channels[\(c)].id",
        "expected a tier-1 pool with the skill '\(id)' to take its first contacts, found that \(found); add '\(id)' to the skills of a tier-1 pool"
      )
    }
  }

  private func reportDuplicates(_ ids: [String?], list: String) {
    var first: [String: Int] = [:]
    for (i, id) in ids.enumerated() {
      guard let id else { continue }
      if let earlier = first[id] {
        context.report(
          "\(list)[\(i)].id",
          "expected a unique id, found '\(id)' again (first at \(list)[\(earlier)])")
      } else {
        first[id] = i
      }
    }
  }

  private func validateSkills(
    _ pool: ReferenceOutline.PoolEntry, at path: String, channelIDs: [String]
  ) {
    var seen = Set<String>()
    for (s, channel) in pool.skills.enumerated() {
      let skillPath = "\(path).skills[\(s)]"
      if !channelIDs.contains(channel) {
        context.report(skillPath, unknownMessage("channel", channel, among: channelIDs))
      }
      if !seen.insert(channel).inserted {
        context.report(
          skillPath, "expected each channel once, found '\(channel)' twice in this pool's skills")
      }
    }
    for channel in pool.fcr.keys.sorted() where !pool.serves(channel) {
      let message =
        channelIDs.contains(channel)
        ? "expected a channel among this pool's skills (\(pool.skills.joined(separator: ", "))), found '\(channel)'"
        : unknownMessage("channel", channel, among: pool.skills)
      context.report("\(path).fcr.\(channel)", message)
    }
  }

  /// Returns each pool id's first position in `pools`, so a reference is one look-up.
  private static func firstIndex(of pools: [ReferenceOutline.PoolEntry]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (p, pool) in pools.enumerated() where index[pool.id] == nil { index[pool.id] = p }
    return index
  }

  private func validateEscalation(
    _ pool: ReferenceOutline.PoolEntry, at path: String, pools: [ReferenceOutline.PoolEntry],
    index: [String: Int]
  ) {
    let escalating = pool.skills.filter { pool.fcr(for: $0) < 1 }
    guard let targetID = pool.escalateTo else {
      if let channel = escalating.first {
        context.report(
          "\(path).fcr.\(channel)",
          "expected 'escalateTo' on pool '\(pool.id)' because its fcr for '\(channel)' is below 1 (\(JSONNode.format(pool.fcr(for: channel)))), found none; name the pool that takes escalations or set fcr to 1"
        )
      }
      return
    }
    guard let t = index[targetID] else {
      context.report(
        "\(path).escalateTo", unknownMessage("pool", targetID, among: pools.map(\.id)))
      return
    }
    let target = pools[t]
    if target.id == pool.id {
      context.report(
        "\(path).escalateTo", "expected another pool, found the pool itself ('\(pool.id)')")
      return
    }
    if target.tier <= pool.tier {
      context.report(
        "\(path).escalateTo",
        "expected a pool at a higher tier than \(pool.tier), found '\(target.id)' at tier \(target.tier)"
      )
    }
    for channel in escalating where !target.serves(channel) {
      context.report(
        "\(path).escalateTo",
        "expected a pool that serves '\(channel)' (escalated with fcr \(JSONNode.format(pool.fcr(for: channel)))), found '\(target.id)' without that skill"
      )
    }
  }

  /// Reports each escalation cycle once, at its first pool in file order. Linear: every
  /// pool is walked once, a walk stopping at the first pool an earlier walk reached.
  private func validateNoCycles(_ pools: [ReferenceOutline.PoolEntry], index: [String: Int]) {
    var walk = [Int](repeating: -1, count: pools.count)  // which walk first reached the pool
    for start in pools.indices where walk[start] < 0 {
      var path: [Int] = []
      var current: Int? = start
      while let p = current, walk[p] < 0 {
        walk[p] = start
        path.append(p)
        current = pools[p].escalateTo.flatMap { index[$0] }
      }
      guard let repeated = current, walk[repeated] == start,
        let entry = path.firstIndex(of: repeated)
      else { continue }
      let cycle = path[entry...]
      let first = cycle.min() ?? repeated
      let from = path.firstIndex(of: first) ?? entry
      let names = (path[from...] + path[entry..<from] + [first]).map { pools[$0].id }
      context.report(
        "pools[\(first)].escalateTo",
        "expected escalation to end, found a cycle: \(names.joined(separator: " → "))")
    }
  }

  private func unknownMessage(_ kind: String, _ id: String, among ids: [String]) -> String {
    var message = "expected the id of a \(kind) (\(ids.joined(separator: ", "))), found '\(id)'"
    if let guess = Suggestion.closest(to: id, among: ids) {
      message += "; did you mean '\(guess)'?"
    }
    return message
  }
}

extension Scenario {
  /// Returns nothing when the scenario is valid; else throws `ScenarioError.invalid` listing
  /// every problem with its JSON path (`pools[0].escalateTo`) and the message decoding gives,
  /// for a scenario built or edited in code. `file` names it in the issues; positions are nil.
  public func validate(file: String = "<scenario>") throws(ScenarioError) {
    let context = DecodingContext(file: file)
    ScenarioValidator(context: context).validate(self)
    if !context.issues.isEmpty { throw .invalid(file: file, issues: context.issues) }
  }
}
