import ContactCenter

extension SimulationSummary {
  /// Returns the summary of replications of a scenario, reduced in replication order.
  public init(scenario: Scenario, model: CompiledModel, results: [ReplicationResult]) {
    let channelCount = model.channelCount
    let tierCount = model.tierCount
    let intervalCount = model.horizonIntervals
    let poolCount = model.poolCount

    func tierTotals(_ r: ReplicationResult, _ c: Int, _ t: Int) -> TierCounters {
      var total = TierCounters()
      for k in 0..<intervalCount { total.add(r.tiers[(k * channelCount + c) * tierCount + t]) }
      return total
    }
    func journeyTotals(_ r: ReplicationResult, _ c: Int) -> JourneyCounters {
      var total = JourneyCounters()
      for k in 0..<intervalCount { total.add(r.journeys[k * channelCount + c]) }
      return total
    }

    var channels: [ChannelSummary] = []
    var tiers: [TierSummary] = []
    var rows: [ReplicationRow] = []
    for (c, channel) in scenario.channels.enumerated() {
      let first = results.map { tierTotals($0, c, 0) }
      let journeys = results.map { journeyTotals($0, c) }
      var byDefinition: [ServiceLevelDefinition: Estimate] = [:]
      for definition in ServiceLevelDefinition.allCases {
        byDefinition[definition] = Self.serviceLevel(first, definition)
      }
      var pooled = WaitHistogram()
      for r in results { pooled.merge(r.waits[c * tierCount]) }
      let escalations = results.map { r in
        (0..<tierCount).reduce(0.0) { $0 + tierTotals(r, c, $1).escalated }
      }
      channels.append(
        ChannelSummary(
          id: channel.id, kind: channel.kind, sla: channel.sla,
          offered: .mean(first.map(\.offered)),
          deflected: .mean(journeys.map(\.deflected)),
          handled: .mean(journeys.map(\.handled)),
          abandoned: .mean(journeys.map(\.abandoned)),
          inSystemAtEnd: .mean(results.map { $0.inSystemAtEnd[c] }),
          serviceLevel: byDefinition[channel.sla.definition] ?? nil,
          serviceLevelBy: byDefinition,
          asaSeconds: .ratio(first.map(\.waitSum), first.map(\.answered)),
          abandonRate: .ratio(journeys.map(\.abandoned), first.map(\.offered)),
          ahtSeconds: .ratio(first.map(\.handleSum), first.map(\.served)),
          escalations: .mean(escalations),
          waitPercentiles: [0.5, 0.9, 0.99].map { pooled.quantile($0) }))
      for t in 0..<tierCount {
        let counters = results.map { tierTotals($0, c, t) }
        guard counters.contains(where: { $0.offered > 0 }) else { continue }
        tiers.append(
          TierSummary(
            channel: channel.id, tier: t + 1, offered: .mean(counters.map(\.offered)),
            abandoned: .mean(counters.map(\.abandoned)),
            serviceLevel: Self.serviceLevel(counters, channel.sla.definition),
            asaSeconds: .ratio(counters.map(\.waitSum), counters.map(\.answered)),
            ahtSeconds: .ratio(counters.map(\.handleSum), counters.map(\.served)),
            escalated: .mean(counters.map(\.escalated))))
      }
      for (r, counters) in first.enumerated() {
        rows.append(
          ReplicationRow(
            replication: r, channel: channel.id, offered: counters.offered,
            handled: journeys[r].handled,
            abandoned: journeys[r].abandoned, answeredWithinT: counters.answeredWithinT,
            totalWaitSeconds: counters.waitSum))
      }
    }

    var pools: [PoolSummary] = []
    for (p, pool) in scenario.pools.enumerated() {
      let totals = results.map { r in
        (0..<intervalCount).reduce(into: PoolCounters()) { $0.add(r.pools[$1 * poolCount + p]) }
      }
      pools.append(
        PoolSummary(
          id: pool.id, tier: pool.tier,
          occupancy: .ratio(totals.map(\.busySeconds), totals.map(\.presentSeconds)),
          slotOccupancy: .ratio(totals.map(\.heldSeconds), totals.map(\.slotSeconds)),
          agentHours: .mean(totals.map { $0.presentSeconds / 3600 })))
    }

    var intervals: [IntervalSummary] = []
    var poolIntervals: [PoolIntervalSummary] = []
    for k in 0..<intervalCount {
      for (c, channel) in scenario.channels.enumerated() {
        let counters = results.map { $0.tiers[(k * channelCount + c) * tierCount] }
        let journeys = results.map { $0.journeys[k * channelCount + c] }
        intervals.append(
          IntervalSummary(
            interval: k, channel: channel.id, offered: .mean(counters.map(\.offered)),
            handled: .mean(journeys.map(\.handled)), abandoned: .mean(journeys.map(\.abandoned)),
            serviceLevel: Self.serviceLevel(counters, channel.sla.definition),
            asaSeconds: .ratio(counters.map(\.waitSum), counters.map(\.answered)),
            ahtSeconds: .ratio(counters.map(\.handleSum), counters.map(\.served)),
            backlogAtEnd: .mean(journeys.map(\.backlogAtEnd)),
            oldestAgeSeconds: .mean(journeys.map(\.oldestAgeAtEnd))))
      }
      for (p, pool) in scenario.pools.enumerated() {
        let counters = results.map { $0.pools[k * poolCount + p] }
        poolIntervals.append(
          PoolIntervalSummary(
            interval: k, pool: pool.id,
            agentsOnLine: .mean(counters.map { $0.presentSeconds / model.intervalSeconds }),
            occupancy: .ratio(counters.map(\.busySeconds), counters.map(\.presentSeconds))))
      }
    }
    self.init(
      channels: channels, tiers: tiers, pools: pools, intervals: intervals,
      poolIntervals: poolIntervals,
      hourOfDay: Self.hourOfDay(scenario: scenario, model: model, results: results),
      replications: rows, simulatedContacts: results.reduce(0) { $0 + $1.simulatedContacts })
  }

  /// Returns the service level of counters under a definition: answered within T ÷ offered,
  /// ÷ answered, or ÷ (offered − abandons before T).
  static func serviceLevel(_ counters: [TierCounters], _ definition: ServiceLevelDefinition)
    -> Estimate?
  {
    let numerators = counters.map(\.answeredWithinT)
    switch definition {
    case .offered: return .ratio(numerators, counters.map(\.offered))
    case .answered: return .ratio(numerators, counters.map(\.answered))
    case .excludeShortAbandons:
      return .ratio(numerators, counters.map { $0.offered - $0.shortAbandoned })
    }
  }
}

/// Runs replications of a compiled model on several threads.
public enum SimulationRunner {
  /// Returns one result per replication, in replication order: the same bytes whatever
  /// the number of threads, since replication r always uses the streams of (seed, r).
  public static func run(
    model: CompiledModel, seed: UInt64, replications: Int, threads: Int,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [ReplicationResult] {
    ParallelReplications.run(count: replications, threads: max(1, threads)) { r in
      var simulator = ContactCenterSimulator(
        model: model, seed: seed, replication: r)
      let result = simulator.run()
      progress?(r)
      return result
    }
  }
}
