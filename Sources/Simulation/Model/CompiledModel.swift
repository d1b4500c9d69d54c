import ContactCenter

/// A scenario compiled once into dense numeric arrays, so that the event loop never touches
/// strings, dictionaries or optionals of model types.
///
/// Queues: queue `c` (0 ..< channelCount) holds first contacts of channel `c`; queue
/// `channelCount + e` holds contacts of one channel escalated to one pool.
public struct CompiledModel: Sendable {
  // MARK: Horizon
  /// Interval length, seconds.
  public var intervalSeconds: Double
  /// The day of the horizon each open window opens on (0-based), in time order.
  public var windowDay: [Int]
  /// Each window's opening, in intervals after its day's midnight.
  public var windowOpenSlot: [Int]
  /// Each window's first counted interval, then the number of counted intervals (windows + 1).
  public var windowStart: [Int]
  /// Days in the counted horizon.
  public var days: Int
  /// Days simulated before the horizon (its last days, cyclically).
  public var warmupDays: Int

  // MARK: Channels
  /// Number of channels.
  public var channelCount: Int
  /// Channel ids, for messages only.
  public var channelIDs: [String]
  /// Contacts in the system at once (waiting or in service, all channels) at which a
  /// replication stops with a `QueueOverflow`: 2,097,152 keeps a replication's contact
  /// arrays, queues and events under about 250 MB. Values above `Int32.max` act as it.
  public var contactLimit = CompiledModel.defaultContactLimit
  /// The default `contactLimit`, 2²¹ contacts.
  public static let defaultContactLimit = 1 << 21
  /// Stream key of each channel, from its id (`RandomStreams.nameKey`): streams follow the
  /// id, not the position.
  public var channelKeys: [UInt64]
  /// True for voice, chat and SMS.
  public var isRealTime: [Bool]
  /// True for chat channels with concurrency (agents hold several).
  public var isChat: [Bool]
  /// Arrival rate per second per open interval of the horizon, before deflection (each
  /// arrival is then deflected with the channel's probability): [c][k].
  public var arrivalRate: [[Double]]
  /// Share of arrivals deflected.
  public var deflection: [Double]
  /// Handle-time distribution per channel (seconds, before pool and concurrency factors).
  public var handleTime: [Sampler]
  /// Patience per channel; nil-free: `hasPatience[c]` says whether it applies.
  public var patience: [Sampler]
  /// Whether the channel's customers may abandon.
  public var hasPatience: [Bool]
  /// SLA threshold (seconds): real-time answer within, or deferrable response within.
  public var slaSeconds: [Double]
  /// Service-level definition of each channel.
  public var slaDefinition: [ServiceLevelDefinition]
  /// Most chats an agent holds (1 for other channels).
  public var concurrencyMax: [Int]
  /// Handle-time factor per concurrency level, [c][level − 1].
  public var concurrencyFactor: [[Double]]
  /// Contacts waiting when the first counted interval opens.
  public var initialBacklog: [Int]
  /// The demand factor drawn for every simulated day (gamma, mean 1), or nil without
  /// demand uncertainty.
  public var dayFactor: Sampler?

  // MARK: Pools
  /// Number of pools.
  public var poolCount: Int
  /// Tier of each pool.
  public var tier: [Int]
  /// Agents on line per pool and open interval of the horizon, after shrinkage: [p][k].
  public var onLine: [[Int]]
  /// Handle-time factor of pool p for channel c, [p][c] (0 when the pool lacks the skill).
  public var skillFactor: [[Double]]
  /// First-contact resolution of pool p for channel c, [p][c].
  public var fcr: [[Double]]
  /// Escalation queue taken after pool p serves channel c, [p][c] (−1 when none).
  public var escalationQueue: [[Int]]
  /// Where real-time escalations into pool p come from: flattened (pool, channel) pairs.
  public var upstreamSources: [[Int]]

  // MARK: Queues
  /// Number of queues.
  public var queueCount: Int
  /// Channel of each queue.
  public var queueChannel: [Int]
  /// Tier of each queue (1 for first contact, the target pool's tier for escalations).
  public var queueTier: [Int]
  /// Queues each pool serves, in the order a freed agent looks at them (real-time first,
  /// then lower priority number); equal ranks are broken by the earliest queue entry.
  public var poolQueues: [[Int]]
  /// Rank of each queue for freed agents: (real-time ? 0 : 1) × 2³² + priority.
  public var queueRank: [Int]
  /// Pools that serve each queue, in the order arriving contacts look for idle agents:
  /// tier-1 pools before overflow pools, then specialists (fewest skills) first.
  public var queuePools: [[Int]]
  /// Routing rank of each pool for first contacts: (tier 1 ? 0 : 1) × 2³² + its skill count.
  public var poolRank: [Int]
  /// Number of distinct tiers seen in queues (tier index = tier − 1).
  public var tierCount: Int
}
