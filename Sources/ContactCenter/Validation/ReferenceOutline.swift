/// What the checks across channels and pools read: ids, tiers, skills, FCR and escalation,
/// index-aligned with `channels[]` and `pools[]`. Decoding builds it even when some values
/// are wrong, so reference errors are reported together with value errors.
struct ReferenceOutline {
  /// One channel: its id (nil when unreadable) and whether it has contacts to serve (nil
  /// when its demand or backlog is unreadable).
  struct ChannelEntry {
    var id: String?
    var carriesDemand: Bool?
  }

  /// One pool's references, all readable.
  struct PoolEntry {
    var id: String
    var tier: Int
    var skills: [String]
    var fcr: [String: Double]
    var escalateTo: String?

    /// Returns the FCR share for a channel (1 when not given).
    func fcr(for channel: String) -> Double { fcr[channel] ?? 1 }
    /// Returns whether the pool serves the channel.
    func serves(_ channel: String) -> Bool { skills.contains(channel) }
  }

  /// The channels, in file order.
  var channels: [ChannelEntry]
  /// The pools, in file order; nil where one of the pool's references is unreadable.
  var pools: [PoolEntry?]

  /// Returns the outline of a whole scenario (every entry readable).
  init(_ scenario: Scenario) {
    channels = scenario.channels.map {
      ChannelEntry(id: $0.id, carriesDemand: $0.totalDemand > 0 || $0.initialBacklog > 0)
    }
    pools = scenario.pools.map {
      PoolEntry(
        id: $0.id, tier: $0.tier, skills: $0.skills.map(\.channel), fcr: $0.fcr,
        escalateTo: $0.escalateTo)
    }
  }

  /// Returns an outline from entries decoded one by one.
  init(channels: [ChannelEntry], pools: [PoolEntry?]) {
    self.channels = channels
    self.pools = pools
  }
}
