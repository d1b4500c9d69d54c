import ContactCenter

/// How the analytic plan sends each channel's contacts through the pools.
///
/// - A channel's first contacts go to one pool: the first tier-1 pool serving it in routing
///   order, which is fewest skills first (specialists, as the simulator's router prefers
///   them), then file order. Pools above tier 1 with `overflow` get no first contacts in the
///   analytic plan; simulation shares the work between pools.
/// - After service at a pool, the share 1 − fcr of the handled contacts goes to the pool's
///   `escalateTo` pool, in the same interval, with that pool's handle-time factor for the
///   channel. The chain ends at a pool whose fcr for the channel is 1 or that escalates
///   nowhere.
public enum TierRouting {
  /// Returns pool indices in routing order: fewest skills first, then file order.
  public static func routingOrder(_ scenario: Scenario) -> [Int] {
    scenario.pools.indices.sorted {
      let (a, b) = (scenario.pools[$0].skills.count, scenario.pools[$1].skills.count)
      return a != b ? a < b : $0 < $1
    }
  }

  /// Returns the pool indices a channel's contacts visit, first contact first (empty when no
  /// tier-1 pool serves the channel, which validation rules out).
  public static func chain(channel: Int, in scenario: Scenario) -> [Int] {
    let id = scenario.channels[channel].id
    guard
      let first = routingOrder(scenario).first(where: {
        scenario.pools[$0].tier == 1 && scenario.pools[$0].skill(for: id) != nil
      })
    else { return [] }
    var chain = [first]
    var current = scenario.pools[first]
    while current.fcr(for: id) < 1, let target = current.escalateTo,
      let next = scenario.pools.firstIndex(where: { $0.id == target }),
      scenario.pools[next].skill(for: id) != nil, !chain.contains(next)
    {
      chain.append(next)
      current = scenario.pools[next]
    }
    return chain
  }
}
