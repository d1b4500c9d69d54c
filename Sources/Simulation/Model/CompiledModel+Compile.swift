import ContactCenter

extension CompiledModel {
  /// Returns the scenario compiled for simulation; `scheduledOverride` replaces each pool's
  /// scheduled headcount per open interval of the horizon ([pool][interval]) when given.
  public init(scenario: Scenario, scheduledOverride: [[Int]]? = nil) throws(SamplerError) {
    let horizon = scenario.horizon
    intervalSeconds = horizon.intervalSeconds
    windowDay = horizon.windows.map(\.day)
    windowOpenSlot = horizon.windows.indices.map { horizon.openSlot(ofWindow: $0) }
    windowStart =
      horizon.windows.indices.map { horizon.openIntervals(ofWindow: $0).lowerBound } + [
        horizon.openIntervals
      ]
    days = horizon.days
    warmupDays = scenario.simulation.warmupDays

    let channels = scenario.channels
    channelCount = channels.count
    channelIDs = channels.map(\.id)
    channelKeys = channels.map { RandomStreams.nameKey($0.id) }
    isRealTime = channels.map(\.kind.isRealTime)
    isChat = channels.map { $0.concurrency != nil }
    deflection = channels.map(\.deflection)
    arrivalRate = channels.map { channel in
      channel.demand.map { $0 / horizon.intervalSeconds }
    }
    var handleSamplers: [Sampler] = []
    var patienceSamplers: [Sampler] = []
    for channel in channels {
      handleSamplers.append(try Sampler.make(channel.handleTime))
      if let spec = channel.patience {
        patienceSamplers.append(try Sampler.make(spec))
      } else {
        patienceSamplers.append(try Sampler.deterministic(value: 0))
      }
    }
    handleTime = handleSamplers
    hasPatience = channels.map { $0.patience != nil }
    patience = patienceSamplers
    slaSeconds = channels.map(\.sla.withinSeconds)
    slaDefinition = channels.map(\.sla.definition)
    concurrencyMax = channels.map { $0.concurrency?.max ?? 1 }
    concurrencyFactor = channels.map { $0.concurrency?.handleTimeFactor ?? [1] }
    initialBacklog = channels.map { Int($0.initialBacklog.rounded()) }
    dayFactor =
      scenario.dayFactorCV > 0 ? try Sampler.gamma(mean: 1, cv: scenario.dayFactorCV) : nil

    let pools = scenario.pools
    poolCount = pools.count
    tier = pools.map(\.tier)
    let shrinkage = scenario.shrinkageRule
    onLine = pools.enumerated().map { p, pool in
      // A pool without staffing has none on line; `LoadedScenario.require(.staffing)` refuses it.
      (scheduledOverride?[p] ?? pool.staffing ?? Array(repeating: 0, count: horizon.openIntervals))
        .map { shrinkage.onLine(scheduled: $0) }
    }
    let poolIndex = Dictionary(uniqueKeysWithValues: pools.enumerated().map { ($1.id, $0) })
    let skillFactor = pools.map { pool in
      channels.map { pool.skill(for: $0.id)?.handleTimeFactor ?? 0 }
    }
    let fcr = pools.map { pool in channels.map { pool.fcr(for: $0.id) } }
    self.skillFactor = skillFactor
    self.fcr = fcr
    let realTime = channels.map(\.kind.isRealTime)

    // Queues: first-contact queue per channel, then one per (channel, escalation target).
    var queueChannel = Array(0..<channels.count)
    var queueTier = Array(repeating: 1, count: channels.count)
    var queueServer: [Int?] = Array(repeating: nil, count: channels.count)
    var escalationQueue = Array(
      repeating: Array(repeating: -1, count: channels.count), count: pools.count)
    for (p, pool) in pools.enumerated() {
      guard let targetID = pool.escalateTo, let target = poolIndex[targetID] else { continue }
      for c in 0..<channels.count where skillFactor[p][c] > 0 && fcr[p][c] < 1 {
        if let existing = queueServer.indices.first(where: {
          queueServer[$0] == target && queueChannel[$0] == c
        }) {
          escalationQueue[p][c] = existing
        } else {
          escalationQueue[p][c] = queueChannel.count
          queueChannel.append(c)
          queueTier.append(pools[target].tier)
          queueServer.append(target)
        }
      }
    }
    self.escalationQueue = escalationQueue
    self.queueChannel = queueChannel
    self.queueTier = queueTier
    queueCount = queueChannel.count
    tierCount = queueTier.max() ?? 1

    let priorities = channels.map { $0.priority ?? Int(Int32.max) }
    let queueRank = queueChannel.map { c in (realTime[c] ? 0 : 1) << 32 + priorities[c] }
    self.queueRank = queueRank
    let skillCounts = pools.map(\.skills.count)
    poolRank = pools.indices.map { (pools[$0].tier == 1 ? 0 : 1) << 32 + skillCounts[$0] }
    var queuePools: [[Int]] = []
    for q in 0..<queueCount {
      if let server = queueServer[q] {
        queuePools.append([server])
        continue
      }
      let c = queueChannel[q]
      let eligible = pools.indices.filter { p in
        skillFactor[p][c] > 0 && (pools[p].tier == 1 || pools[p].overflow)
      }
      queuePools.append(
        eligible.sorted { a, b in
          let keyA = (pools[a].tier == 1 ? 0 : 1, skillCounts[a], a)
          let keyB = (pools[b].tier == 1 ? 0 : 1, skillCounts[b], b)
          return keyA < keyB
        })
    }
    self.queuePools = queuePools
    let rank = queueRank
    self.poolQueues = pools.indices.map { p in
      (0..<queueChannel.count).filter { queuePools[$0].contains(p) }.sorted {
        (rank[$0], $0) < (rank[$1], $1)
      }
    }
    // Upstream sources: (pool, real-time channel) pairs whose escalations on that channel
    // reach pool p, directly or through other pools.
    var upstream = Array(repeating: [Int](), count: pools.count)
    for u in pools.indices {
      for c in channels.indices where realTime[c] {
        var current = u
        var steps = 0
        while escalationQueue[current][c] >= 0, steps < pools.count,
          let target = queueServer[escalationQueue[current][c]]
        {
          upstream[target] += [u, c]
          current = target
          steps += 1
        }
      }
    }
    upstreamSources = upstream
  }

  /// Returns the number of open intervals in the counted horizon.
  public var horizonIntervals: Int { windowStart[windowStart.count - 1] }
}

extension Sampler {
  /// Returns the sampler for a scenario distribution (seconds).
  public static func make(_ spec: DistributionSpec) throws(SamplerError) -> Sampler {
    switch spec {
    case .exponential(let mean): return try .exponential(mean: mean)
    case .lognormal(let mean, let cv): return try .lognormal(mean: mean, cv: cv)
    case .gamma(let mean, let cv): return try .gamma(mean: mean, cv: cv)
    case .erlang(let mean, let k): return try .erlang(phases: k, mean: mean)
    case .deterministic(let value): return try .deterministic(value: value)
    case .uniform(let mean, let cv): return try .uniform(mean: mean, cv: cv)
    case .empirical(let values): return try .empirical(values)
    }
  }
}
