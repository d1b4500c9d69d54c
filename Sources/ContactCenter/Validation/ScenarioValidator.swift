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
    for (p, entry) in outline.pools.enumerated() {
      guard let pool = entry else { continue }
      if allChannelsKnown { validateSkills(pool, at: "pools[\(p)]", channelIDs: channelIDs) }
      if allPoolsKnown { validateEscalation(pool, at: "pools[\(p)]", pools: pools) }
    }
    guard allPoolsKnown else { return }
    validateNoCycles(pools)
    for (c, channel) in outline.channels.enumerated() where channel.carriesDemand == true {
      guard let id = channel.id else { continue }
      guard !pools.contains(where: { $0.tier == 1 && $0.serves(id) }) else { continue }
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

  private func validateEscalation(
    _ pool: ReferenceOutline.PoolEntry, at path: String, pools: [ReferenceOutline.PoolEntry]
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
    guard let target = pools.first(where: { $0.id == targetID }) else {
      context.report(
        "\(path).escalateTo", unknownMessage("pool", targetID, among: pools.map(\.id)))
      return
    }
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

  private func validateNoCycles(_ pools: [ReferenceOutline.PoolEntry]) {
    func next(_ pool: ReferenceOutline.PoolEntry) -> ReferenceOutline.PoolEntry? {
      pool.escalateTo.flatMap { id in pools.first { $0.id == id } }
    }
    for (p, pool) in pools.enumerated() {
      var visited = [pool.id]
      var current = pool
      while let following = next(current) {
        if visited.contains(following.id) {
          if following.id == pool.id {
            context.report(
              "pools[\(p)].escalateTo",
              "expected escalation to end, found a cycle: \((visited + [following.id]).joined(separator: " → "))"
            )
          }
          break
        }
        visited.append(following.id)
        current = following
      }
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
