/// Checks that hold across fields: references between channels and pools, escalation,
/// and coverage of demand at tier 1.
struct ScenarioValidator {
  let context: DecodingContext

  func validate(_ scenario: Scenario) {
    let channelIDs = scenario.channels.map(\.id)
    let poolIDs = scenario.pools.map(\.id)
    reportDuplicates(channelIDs, list: "channels")
    reportDuplicates(poolIDs, list: "pools")
    for (p, pool) in scenario.pools.enumerated() {
      validateSkills(pool, at: "pools[\(p)]", channelIDs: channelIDs)
      validateEscalation(pool, at: "pools[\(p)]", scenario: scenario, poolIDs: poolIDs)
    }
    validateNoCycles(scenario)
    for (c, channel) in scenario.channels.enumerated()
    where channel.totalDemand > 0 || channel.initialBacklog > 0 {
      let servedAtTierOne = scenario.pools.contains {
        $0.tier == 1 && $0.skill(for: channel.id) != nil
      }
      if !servedAtTierOne {
        let servers = scenario.pools.filter { $0.skill(for: channel.id) != nil }.map {
          "\($0.id) (tier \($0.tier))"
        }
        let found =
          servers.isEmpty
          ? "no pool serves it" : "it is served only by \(servers.joined(separator: ", "))"
        context.report(
          "channels[\(c)].id",
          "expected a tier-1 pool with the skill '\(channel.id)' to take its first contacts, found that \(found); add '\(channel.id)' to the skills of a tier-1 pool"
        )
      }
    }
  }

  private func reportDuplicates(_ ids: [String], list: String) {
    var first: [String: Int] = [:]
    for (i, id) in ids.enumerated() {
      if let earlier = first[id] {
        context.report(
          "\(list)[\(i)].id",
          "expected a unique id, found '\(id)' again (first at \(list)[\(earlier)])")
      } else {
        first[id] = i
      }
    }
  }

  private func validateSkills(_ pool: Pool, at path: String, channelIDs: [String]) {
    var seen = Set<String>()
    for (s, skill) in pool.skills.enumerated() {
      let skillPath = "\(path).skills[\(s)]"
      if !channelIDs.contains(skill.channel) {
        context.report(skillPath, unknownMessage("channel", skill.channel, among: channelIDs))
      }
      if !seen.insert(skill.channel).inserted {
        context.report(
          skillPath,
          "expected each channel once, found '\(skill.channel)' twice in this pool's skills")
      }
    }
    for channel in pool.fcr.keys.sorted() where pool.skill(for: channel) == nil {
      let message =
        channelIDs.contains(channel)
        ? "expected a channel among this pool's skills (\(pool.skills.map(\.channel).joined(separator: ", "))), found '\(channel)'"
        : unknownMessage("channel", channel, among: pool.skills.map(\.channel))
      context.report("\(path).fcr.\(channel)", message)
    }
  }

  private func validateEscalation(
    _ pool: Pool, at path: String, scenario: Scenario, poolIDs: [String]
  ) {
    let escalating = pool.skills.map(\.channel).filter { pool.fcr(for: $0) < 1 }
    guard let targetID = pool.escalateTo else {
      if let channel = escalating.first {
        context.report(
          "\(path).fcr.\(channel)",
          "expected 'escalateTo' on pool '\(pool.id)' because its fcr for '\(channel)' is below 1 (\(JSONNode.format(pool.fcr(for: channel)))), found none; name the pool that takes escalations or set fcr to 1"
        )
      }
      return
    }
    guard let target = scenario.pool(targetID) else {
      context.report("\(path).escalateTo", unknownMessage("pool", targetID, among: poolIDs))
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
    for channel in escalating where target.skill(for: channel) == nil {
      context.report(
        "\(path).escalateTo",
        "expected a pool that serves '\(channel)' (escalated with fcr \(JSONNode.format(pool.fcr(for: channel)))), found '\(target.id)' without that skill"
      )
    }
  }

  private func validateNoCycles(_ scenario: Scenario) {
    for (p, pool) in scenario.pools.enumerated() {
      var visited = [pool.id]
      var current = pool
      while let next = current.escalateTo.flatMap({ scenario.pool($0) }) {
        if visited.contains(next.id) {
          if next.id == pool.id {
            context.report(
              "pools[\(p)].escalateTo",
              "expected escalation to end, found a cycle: \((visited + [next.id]).joined(separator: " → "))"
            )
          }
          break
        }
        visited.append(next.id)
        current = next
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
