import ContactCenter

/// Turns requirements into pool staffing, cost and the summaries of a `StaffingPlan`.
struct CostRollUp {
  let scenario: Scenario
  let options: StaffingOptions
  /// Requirements per channel, per step of its chain, per open interval.
  let steps: [[[Requirement]]]
  /// Net agents per pool and interval replacing the sum of the requirements (a plan
  /// corrected by simulation), if any.
  var netOverride: [[Int]]? = nil

  func plan(requirements: [Requirement]) -> StaffingPlan {
    let pools = poolPlans()
    let channels = channelSummaries(pools: pools)
    return StaffingPlan(
      scenario: scenario, options: options, requirements: requirements, pools: pools,
      channels: channels, tiers: tierCosts(pools), days: dayCosts(pools),
      totals: totals(pools: pools, channels: channels))
  }

  private var horizon: Horizon { scenario.horizon }
  private var intervalHours: Double { horizon.intervalSeconds / 3600 }

  /// Agent-equivalent workload of a requirement over its interval, in agent-seconds.
  private func workload(_ row: Requirement) -> Double {
    let channel = scenario.channels[row.channel]
    let slots = channel.kind == .chat ? channel.concurrency?.max ?? 1 : 1
    return row.loadErlangs / Double(slots) * horizon.intervalSeconds
  }

  private func poolPlans() -> [PoolPlan] {
    let count = horizon.openIntervals
    let shrinkage = scenario.shrinkageRule
    let markUp = 1 + scenario.costs.overhead
    var net = [[Int]](repeating: [Int](repeating: 0, count: count), count: scenario.pools.count)
    var work = [[Double]](
      repeating: [Double](repeating: 0, count: scenario.channels.count),
      count: scenario.pools.count)
    for channel in steps {
      for step in channel {
        for row in step {
          net[row.pool][row.interval] += row.netAgents
          work[row.pool][row.channel] += workload(row)
        }
      }
    }
    if let netOverride { net = netOverride }
    return scenario.pools.indices.map { p in
      let scheduled = net[p].map { shrinkage.scheduled(net: $0) }
      let hours = scheduled.map { Double($0) * intervalHours }
      let hourlyCost = scenario.pools[p].hourlyCost ?? 0  // the planner checked it is given
      let cost = hours.map { $0 * hourlyCost * markUp }
      let totalHours = hours.reduce(0, +)
      let totalCost = cost.reduce(0, +)
      let totalWork = work[p].reduce(0, +)
      return PoolPlan(
        pool: p, netAgents: net[p], scheduledHeadcount: scheduled, paidHours: hours, cost: cost,
        totalPaidHours: totalHours, fte: fte(totalHours), totalCost: totalCost,
        costByChannel: work[p].map { totalWork > 0 ? totalCost * $0 / totalWork : 0 })
    }
  }

  /// Paid hours over the horizon → FTE: weekly hours (× operating days per week ÷ days) ÷
  /// hours per FTE per week.
  private func fte(_ hours: Double) -> Double {
    hours * scenario.costs.operatingDaysPerWeek / Double(horizon.days)
      / scenario.costs.fteHoursPerWeek
  }

  private func channelSummaries(pools: [PoolPlan]) -> [ChannelSummary] {
    return scenario.channels.indices.map { c in
      let channel = scenario.channels[c]
      let chain = steps[c]
      let first = chain.first ?? []
      let offered = first.reduce(0) { $0 + $1.offeredContacts }
      let abandoned = chain.reduce(0) { total, step in
        step.reduce(total) { $0 + $1.offeredContacts * $1.abandonRate }
      }
      var daySL: [Double?] = []
      for day in 0..<horizon.days {
        let range = horizon.openIntervals(ofDay: day)
        let rows = first[min(first.count, range.lowerBound)..<min(first.count, range.upperBound)]
        daySL.append(weightedServiceLevel(rows))
      }
      let tierCosts = chain.compactMap { step -> ChannelTierCost? in
        guard let row = step.first else { return nil }
        return ChannelTierCost(
          tier: row.tier, pool: row.pool, cost: pools[row.pool].costByChannel[c])
      }
      let deflected =
        channel.demand.reduce(0, +) * options.demandFactor(for: scenario)
        * channel.deflection
      return ChannelSummary(
        channel: c, offeredContacts: offered, deflectedContacts: deflected,
        handledContacts: max(0, offered - abandoned), abandonedContacts: abandoned,
        serviceLevel: weightedServiceLevel(first[...]), dayServiceLevel: daySL,
        costByTier: tierCosts, cost: tierCosts.reduce(0) { $0 + $1.cost })
    }
  }

  /// The service level of `rows` weighted by offered contacts; nil with no contacts.
  private func weightedServiceLevel(_ rows: ArraySlice<Requirement>) -> Double? {
    let offered = rows.reduce(0) { $0 + $1.offeredContacts }
    guard offered > 0 else { return nil }
    return rows.reduce(0) { $0 + $1.offeredContacts * $1.serviceLevel } / offered
  }

  private func tierCosts(_ pools: [PoolPlan]) -> [TierCost] {
    let tiers = Set(scenario.pools.map(\.tier)).sorted()
    return tiers.map { tier in
      let members = pools.filter { scenario.pools[$0.pool].tier == tier }
      return TierCost(
        tier: tier, paidHours: members.reduce(0) { $0 + $1.totalPaidHours },
        cost: members.reduce(0) { $0 + $1.totalCost })
    }
  }

  private func dayCosts(_ pools: [PoolPlan]) -> [DayCost] {
    return (0..<horizon.days).map { day in
      let range = horizon.openIntervals(ofDay: day)
      return DayCost(
        day: day + 1,
        paidHours: pools.reduce(0) { $0 + $1.paidHours[range].reduce(0, +) },
        cost: pools.reduce(0) { $0 + $1.cost[range].reduce(0, +) })
    }
  }

  private func totals(pools: [PoolPlan], channels: [ChannelSummary]) -> PlanTotals {
    let hours = pools.reduce(0) { $0 + $1.totalPaidHours }
    let cost = pools.reduce(0) { $0 + $1.totalCost }
    let handled = channels.reduce(0) { $0 + $1.handledContacts }
    let abandoned = channels.reduce(0) { $0 + $1.abandonedContacts }
    let price = scenario.costs.abandonedContact
    return PlanTotals(
      paidHours: hours, fte: fte(hours), cost: cost, handledContacts: handled,
      abandonedContacts: abandoned, costPerHandledContact: handled > 0 ? cost / handled : nil,
      abandonedCost: price > 0 ? abandoned * price : nil)
  }
}
