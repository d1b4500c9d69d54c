import ContactCenter

/// How much a reduction keeps: the headline figures only (per channel, tier and pool), or
/// also every interval and hour of day.
public enum SummaryDetail: Sendable {
  /// Per channel, tier and pool over the horizon.
  case headline
  /// The headline plus per interval × channel, interval × pool and hour of day × channel.
  case intervals
}

/// Reduces replications one at a time, in replication order, into a `SimulationSummary`:
/// running sums per figure (`Welford` for means, `RatioAccumulator` for ratios), so memory
/// does not grow with the number of replications (only `replications.csv`'s one row per
/// replication and channel does).
public struct SummaryReducer: Sendable {
  let channelIDs: [String]
  let kinds: [ChannelKind]
  let slas: [ServiceLevelTarget]
  let poolIDs: [String]
  let poolTiers: [Int]
  let channels: Int
  let tiers: Int
  let pools: Int
  let intervals: Int
  let intervalSeconds: Double
  let days: Double
  let detail: SummaryDetail
  /// Hours of day in order, and the counted intervals of each (with each day's last).
  let hours: [Int]
  let intervalsOfHour: [[Int]]
  let lastOfHourPerDay: [[Int]]

  var channel: [ChannelAccumulator]
  var tier: [TierAccumulator]
  var pool: [PoolAccumulator]
  var interval: [IntervalAccumulator]
  var poolInterval: [PoolIntervalAccumulator]
  var hour: [IntervalAccumulator]
  var rows: [ReplicationRow] = []
  var daySL: DayServiceLevelCollector
  var simulatedContacts = 0
  /// Replications reduced so far.
  public private(set) var count = 0
  /// The first replication (in order) that stopped at the contact limit, if any.
  public private(set) var overflow: QueueOverflow?

  /// Returns an empty reducer for a scenario and its compiled model.
  public init(scenario: Scenario, model: CompiledModel, detail: SummaryDetail = .intervals) {
    channelIDs = scenario.channels.map(\.id)
    kinds = scenario.channels.map(\.kind)
    slas = scenario.channels.map(\.sla)
    poolIDs = scenario.pools.map(\.id)
    poolTiers = scenario.pools.map(\.tier)
    channels = model.channelCount
    tiers = model.tierCount
    pools = model.poolCount
    intervals = model.horizonIntervals
    intervalSeconds = model.intervalSeconds
    days = Double(scenario.horizon.days)
    self.detail = detail
    var hourList: [Int] = []
    var ofHour: [Int: [Int]] = [:]
    for k in 0..<model.horizonIntervals {
      let start = scenario.horizon.startSeconds(ofOpenInterval: k)
      let hour = Int(start.truncatingRemainder(dividingBy: Horizon.daySeconds) / 3600)
      if ofHour[hour] == nil { hourList.append(hour) }
      ofHour[hour, default: []].append(k)
    }
    hours = hourList.sorted()
    intervalsOfHour = hours.map { ofHour[$0] ?? [] }
    let horizon = scenario.horizon
    lastOfHourPerDay = intervalsOfHour.map { ks in
      var last: [Int: Int] = [:]
      for k in ks { last[horizon.day(ofOpenInterval: k)] = k }
      return last.values.sorted()
    }
    channel = Array(repeating: ChannelAccumulator(), count: channels)
    daySL = DayServiceLevelCollector(
      horizon: scenario.horizon, intervals: model.horizonIntervals, channels: channels)
    tier = Array(repeating: TierAccumulator(), count: channels * tiers)
    pool = Array(repeating: PoolAccumulator(), count: pools)
    let keepIntervals = detail == .intervals
    interval = Array(
      repeating: IntervalAccumulator(), count: keepIntervals ? intervals * channels : 0)
    poolInterval = Array(
      repeating: PoolIntervalAccumulator(), count: keepIntervals ? intervals * pools : 0)
    hour = Array(
      repeating: IntervalAccumulator(), count: keepIntervals ? hours.count * channels : 0)
  }

  /// Adds the next replication (results must come in replication order for the output
  /// to be the same bytes whatever the thread count); returns nothing.
  public mutating func add(_ r: ReplicationResult) {
    let replication = count
    count += 1
    overflow = overflow ?? r.overflow
    simulatedContacts += r.simulatedContacts
    for c in 0..<channels {
      var tierTotals = Array(repeating: TierCounters(), count: tiers)
      var journey = JourneyCounters()
      for k in 0..<intervals {
        for t in 0..<tiers { tierTotals[t].add(r.tiers[(k * channels + c) * tiers + t]) }
        journey.add(r.journeys[k * channels + c])
      }
      let first = tierTotals[0]
      daySL.add(channel: c, definition: slas[c].definition) { k in
        r.tiers[(k * channels + c) * tiers]
      }
      let escalations = tierTotals.reduce(0.0) { $0 + $1.escalated }
      channel[c].add(
        first: first, journey: journey, escalations: escalations,
        inSystem: r.inSystemAtEnd[c], waits: r.waits[c * tiers],
        horizonSeconds: Double(intervals) * intervalSeconds)
      for t in 0..<tiers {
        tier[c * tiers + t].add(tierTotals[t], definition: slas[c].definition)
      }
      rows.append(
        ReplicationRow(
          replication: replication, channel: channelIDs[c], offered: first.offered,
          handled: journey.handled, abandoned: journey.abandoned,
          answeredWithinT: first.answeredWithinT, totalWaitSeconds: first.waitSum))
    }
    for p in 0..<pools {
      var total = PoolCounters()
      for k in 0..<intervals { total.add(r.pools[k * pools + p]) }
      pool[p].add(total)
    }
    guard detail == .intervals else { return }
    for k in 0..<intervals {
      for c in 0..<channels {
        interval[k * channels + c].add(
          r.tiers[(k * channels + c) * tiers], r.journeys[k * channels + c],
          definition: slas[c].definition, perDay: 1, queueSeconds: intervalSeconds)
      }
      for p in 0..<pools {
        poolInterval[k * pools + p].add(r.pools[k * pools + p], intervalSeconds: intervalSeconds)
      }
    }
    for (h, ks) in intervalsOfHour.enumerated() {
      let ends = lastOfHourPerDay[h]
      for c in 0..<channels {
        var counters = TierCounters()
        var journeys = JourneyCounters()
        for k in ks {
          counters.add(r.tiers[(k * channels + c) * tiers])
          journeys.add(r.journeys[k * channels + c])
        }
        // Backlog is a level: the hour's last interval of each day, averaged over days.
        var backlog = 0.0
        var oldest = 0.0
        for k in ends {
          backlog += r.journeys[k * channels + c].backlogAtEnd
          oldest += r.journeys[k * channels + c].oldestAgeAtEnd
        }
        let dayCount = Double(max(ends.count, 1))
        journeys.backlogAtEnd = backlog / dayCount
        journeys.oldestAgeAtEnd = oldest / dayCount
        hour[h * channels + c].add(
          counters, journeys, definition: slas[c].definition, perDay: days,
          queueSeconds: Double(ks.count) * intervalSeconds)
      }
    }
  }

  /// Returns the summary of the replications added so far.
  public func summary() -> SimulationSummary {
    var channelSummaries: [ChannelSummary] = []
    var tierSummaries: [TierSummary] = []
    for c in 0..<channels {
      var summary = channel[c].summary(id: channelIDs[c], kind: kinds[c], sla: slas[c])
      summary.dayServiceLevels = DayServiceLevels(
        values: daySL.values[c], target: slas[c].percent / 100)
      channelSummaries.append(summary)
      for t in 0..<tiers where tier[c * tiers + t].reached {
        tierSummaries.append(tier[c * tiers + t].summary(channel: channelIDs[c], tier: t + 1))
      }
    }
    let poolSummaries = (0..<pools).map { pool[$0].summary(id: poolIDs[$0], tier: poolTiers[$0]) }
    var intervalSummaries: [IntervalSummary] = []
    var poolIntervalSummaries: [PoolIntervalSummary] = []
    var hourSummaries: [IntervalSummary] = []
    if detail == .intervals {
      for k in 0..<intervals {
        for c in 0..<channels {
          intervalSummaries.append(
            interval[k * channels + c].summary(interval: k, channel: channelIDs[c]))
        }
        for p in 0..<pools {
          poolIntervalSummaries.append(
            poolInterval[k * pools + p].summary(interval: k, pool: poolIDs[p]))
        }
      }
      for (h, hourOfDay) in hours.enumerated() {
        for c in 0..<channels {
          hourSummaries.append(
            hour[h * channels + c].summary(interval: hourOfDay, channel: channelIDs[c]))
        }
      }
    }
    return SimulationSummary(
      channels: channelSummaries, tiers: tierSummaries, pools: poolSummaries,
      intervals: intervalSummaries, poolIntervals: poolIntervalSummaries,
      hourOfDay: hourSummaries, replications: rows, simulatedContacts: simulatedContacts)
  }
}

extension ServiceLevelDefinition {
  /// Returns the denominator of the service level under this definition: offered,
  /// answered, or offered − abandons strictly before T.
  func denominator(_ counters: TierCounters) -> Double {
    switch self {
    case .offered: return counters.offered
    case .answered: return counters.answered
    case .excludeShortAbandons: return counters.offered - counters.shortAbandoned
    }
  }
}

/// Running sums of one channel over the horizon (first contact and whole journeys).
struct ChannelAccumulator: Sendable {
  var offered = Welford()
  var deflected = Welford()
  var handled = Welford()
  var abandoned = Welford()
  var inSystem = Welford()
  var escalations = Welford()
  var queueLength = Welford()
  var serviceLevel = Array(repeating: RatioAccumulator(), count: 3)
  var asa = RatioAccumulator()
  var abandonRate = RatioAccumulator()
  var aht = RatioAccumulator()
  var pWait = RatioAccumulator()
  var percentiles = Array(repeating: Welford(), count: 3)

  mutating func add(
    first: TierCounters, journey: JourneyCounters, escalations count: Double, inSystem: Double,
    waits histogram: WaitHistogram, horizonSeconds: Double
  ) {
    offered.add(first.offered)
    deflected.add(journey.deflected)
    handled.add(journey.handled)
    abandoned.add(journey.abandoned)
    self.inSystem.add(inSystem)
    escalations.add(count)
    queueLength.add(journey.queueSeconds / horizonSeconds)
    for (i, definition) in ServiceLevelDefinition.allCases.enumerated() {
      serviceLevel[i].add(first.answeredWithinT, definition.denominator(first))
    }
    asa.add(first.waitSum, first.answered)
    abandonRate.add(journey.abandoned, first.offered)
    aht.add(first.handleSum, first.served)
    pWait.add(first.offered - first.answeredAtOnce, first.offered)
    for (i, p) in ChannelSummary.percentileLevels.enumerated() {
      if let value = histogram.quantile(p) { percentiles[i].add(value) }
    }
  }

  func summary(id: String, kind: ChannelKind, sla: ServiceLevelTarget) -> ChannelSummary {
    var byDefinition: [ServiceLevelDefinition: Estimate] = [:]
    for (i, definition) in ServiceLevelDefinition.allCases.enumerated() {
      byDefinition[definition] = serviceLevel[i].estimate
    }
    return ChannelSummary(
      id: id, kind: kind, sla: sla, offered: offered.estimate, deflected: deflected.estimate,
      handled: handled.estimate, abandoned: abandoned.estimate, inSystemAtEnd: inSystem.estimate,
      serviceLevel: byDefinition[sla.definition] ?? nil, serviceLevelBy: byDefinition,
      asaSeconds: asa.estimate, abandonRate: abandonRate.estimate, ahtSeconds: aht.estimate,
      escalations: escalations.estimate,
      waitPercentiles: percentiles.map { $0.count > 0 ? $0.estimate : nil },
      waitProbability: pWait.estimate, meanQueueLength: queueLength.estimate)
  }
}

/// Running sums of one channel at one tier over the horizon.
struct TierAccumulator: Sendable {
  var reached = false
  var offered = Welford()
  var abandoned = Welford()
  var escalated = Welford()
  var serviceLevel = RatioAccumulator()
  var asa = RatioAccumulator()
  var aht = RatioAccumulator()

  mutating func add(_ counters: TierCounters, definition: ServiceLevelDefinition) {
    if counters.offered > 0 { reached = true }
    offered.add(counters.offered)
    abandoned.add(counters.abandoned)
    escalated.add(counters.escalated)
    serviceLevel.add(counters.answeredWithinT, definition.denominator(counters))
    asa.add(counters.waitSum, counters.answered)
    aht.add(counters.handleSum, counters.served)
  }

  func summary(channel: String, tier: Int) -> TierSummary {
    TierSummary(
      channel: channel, tier: tier, offered: offered.estimate, abandoned: abandoned.estimate,
      serviceLevel: serviceLevel.estimate, asaSeconds: asa.estimate, ahtSeconds: aht.estimate,
      escalated: escalated.estimate)
  }
}

/// Running sums of one pool over the horizon.
struct PoolAccumulator: Sendable {
  var occupancy = RatioAccumulator()
  var slotOccupancy = RatioAccumulator()
  var agentHours = Welford()

  mutating func add(_ counters: PoolCounters) {
    occupancy.add(counters.busySeconds, counters.presentSeconds)
    slotOccupancy.add(counters.heldSeconds, counters.slotSeconds)
    agentHours.add(counters.presentSeconds / 3600)
  }

  func summary(id: String, tier: Int) -> PoolSummary {
    PoolSummary(
      id: id, tier: tier, occupancy: occupancy.estimate, slotOccupancy: slotOccupancy.estimate,
      agentHours: agentHours.estimate)
  }
}

/// Running sums of one channel's first contacts in one interval (or one hour of day).
struct IntervalAccumulator: Sendable {
  var offered = Welford()
  var handled = Welford()
  var abandoned = Welford()
  var backlog = Welford()
  var oldest = Welford()
  var queueLength = Welford()
  var serviceLevel = RatioAccumulator()
  var asa = RatioAccumulator()
  var aht = RatioAccumulator()
  var pWait = RatioAccumulator()

  /// Adds one replication's counters; counts are divided by `perDay` (the days pooled)
  /// and the queue integral by `queueSeconds` (the time it covers).
  mutating func add(
    _ counters: TierCounters, _ journeys: JourneyCounters, definition: ServiceLevelDefinition,
    perDay: Double, queueSeconds: Double
  ) {
    offered.add(counters.offered / perDay)
    handled.add(journeys.handled / perDay)
    abandoned.add(journeys.abandoned / perDay)
    backlog.add(journeys.backlogAtEnd)
    oldest.add(journeys.oldestAgeAtEnd)
    queueLength.add(journeys.queueSeconds / queueSeconds)
    serviceLevel.add(counters.answeredWithinT, definition.denominator(counters))
    asa.add(counters.waitSum, counters.answered)
    aht.add(counters.handleSum, counters.served)
    pWait.add(counters.offered - counters.answeredAtOnce, counters.offered)
  }

  func summary(interval: Int, channel: String) -> IntervalSummary {
    IntervalSummary(
      interval: interval, channel: channel, offered: offered.estimate,
      handled: handled.estimate, abandoned: abandoned.estimate,
      serviceLevel: serviceLevel.estimate, asaSeconds: asa.estimate, ahtSeconds: aht.estimate,
      backlogAtEnd: backlog.estimate, oldestAgeSeconds: oldest.estimate,
      waitProbability: pWait.estimate, meanQueueLength: queueLength.estimate)
  }
}

/// Running sums of one pool in one interval.
struct PoolIntervalAccumulator: Sendable {
  var agentsOnLine = Welford()
  var occupancy = RatioAccumulator()

  mutating func add(_ counters: PoolCounters, intervalSeconds: Double) {
    agentsOnLine.add(counters.presentSeconds / intervalSeconds)
    occupancy.add(counters.busySeconds, counters.presentSeconds)
  }

  func summary(interval: Int, pool: String) -> PoolIntervalSummary {
    PoolIntervalSummary(
      interval: interval, pool: pool, agentsOnLine: agentsOnLine.estimate,
      occupancy: occupancy.estimate)
  }
}
