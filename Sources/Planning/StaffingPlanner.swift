import ContactCenter
import Queueing

/// The analytic staffing planner of DESIGN.md, "Staffing": per open interval × channel ×
/// tier, the net agents meeting the channel's SLA and the occupancy cap; then scheduled
/// headcount, paid hours, FTE and cost per pool.
///
/// Rules, in the order applied:
/// 1. Demand × volume factor, less deflection, is offered at tier 1; a deferrable channel's
///    initial backlog is offered at the first interval (not deflected, not scaled).
/// 2. Routing follows `TierRouting`: one first-contact pool per channel, then escalation.
///    Tier k+1 offered = tier k handled × (1 − fcr of the pool that served it).
/// 3. Handle time = mean × handle-time factor × the serving pool's per-skill factor.
/// 4. Voice and SMS: the smallest agent count meeting the SLA (at every tier; the headline
///    figure is tier 1's) and the occupancy cap, by Erlang C or Erlang A (`StaffingMethod`).
///    Chat: the same on slots = agents × max with the handle time × the factor at max
///    (conservative). Email, social: `DeferrableSchedule`, constant over the open intervals.
///    Each interval is treated as stationary (SIPP). The queue lags the arrival rate by about
///    a handle time, so on a time-varying day the ramp up is over-served and the intervals
///    after the peak, where staffing is cut while the queue carries over, miss (README,
///    "Where the analytic plan is known to fail"); simulation shows and corrects it.
/// 5. A pool's net agents are the sum of its channels' needs (no pooling gain; simulation
///    refines this), scheduled = ⌈net ÷ (1 − shrinkage)⌉ in exact basis points.
/// 6. Cost = scheduled × interval hours × hourly cost × (1 + overhead); a pool's cost is
///    split between its channels by workload (offered Erlangs, chat slots ÷ max).
public enum StaffingPlanner {
  /// Returns the plan for `scenario` under `options`, or throws a `PlanningError` naming the
  /// channel, pool and interval that could not be planned.
  public static func plan(
    _ scenario: Scenario, options: StaffingOptions = StaffingOptions()
  ) throws(PlanningError) -> StaffingPlan {
    try options.validate()
    let uncosted = scenario.pools.filter { $0.hourlyCost == nil }.map(\.id)
    if !uncosted.isEmpty { throw .missingHourlyCost(pools: uncosted) }
    let horizon = scenario.horizon
    let count = horizon.openIntervals
    let calendar = DeferrableSchedule.Calendar(
      openStarts: (0..<count).map { horizon.startSeconds(ofOpenInterval: $0) },
      intervalSeconds: horizon.intervalSeconds,
      cycleSeconds: Double(horizon.days) * Horizon.daySeconds)
    var steps: [[[Requirement]]] = []
    for c in scenario.channels.indices {
      steps.append(
        try channelSteps(c, scenario: scenario, options: options, calendar: calendar))
    }
    var requirements: [Requirement] = []
    requirements.reserveCapacity(count * steps.reduce(0) { $0 + $1.count })
    for i in 0..<count {
      for channel in steps {
        for step in channel { requirements.append(step[i]) }
      }
    }
    return CostRollUp(scenario: scenario, options: options, steps: steps)
      .plan(requirements: requirements)
  }

  /// Returns the requirements of one channel, one array per pool of its chain.
  static func channelSteps(
    _ c: Int, scenario: Scenario, options: StaffingOptions,
    calendar: DeferrableSchedule.Calendar
  ) throws(PlanningError) -> [[Requirement]] {
    let channel = scenario.channels[c]
    var arrivals = channel.demand.map {
      $0 * options.demandFactor(for: scenario) * (1 - channel.deflection)
    }
    var steps: [[Requirement]] = []
    for (k, p) in TierRouting.chain(channel: c, in: scenario).enumerated() {
      let pool = scenario.pools[p]
      let handle =
        channel.handleTime.mean * options.ahtFactor
        * (pool.skill(for: channel.id)?.handleTimeFactor ?? 1)
      let context = StepContext(
        scenario: scenario, channel: c, pool: p, handleSeconds: handle,
        intervalSeconds: calendar.intervalSeconds)
      let rows: [Requirement]
      if channel.kind.isRealTime {
        rows = try realTimeRows(context, arrivals: arrivals, method: options.method)
      } else {
        rows = try deferrableRows(
          context, arrivals: arrivals, backlog: k == 0 ? channel.initialBacklog : 0,
          calendar: calendar)
      }
      steps.append(rows)
      let escalated = 1 - pool.fcr(for: channel.id)
      arrivals = rows.map { $0.handledContacts * escalated }
    }
    return steps
  }

  /// What every requirement of one channel at one pool shares.
  struct StepContext {
    let scenario: Scenario
    let channel: Int
    let pool: Int
    let handleSeconds: Double
    let intervalSeconds: Double

    func empty(_ interval: Int, model: RequirementModel, handle: Double) -> Requirement {
      Requirement(
        interval: interval, channel: channel, tier: scenario.pools[pool].tier, pool: pool,
        model: model, offeredContacts: 0, handleSeconds: handle, loadErlangs: 0, netAgents: 0,
        serviceLevel: 1, asaSeconds: 0, abandonRate: 0, occupancy: 0, handledContacts: 0)
    }
  }

  static func realTimeRows(
    _ context: StepContext, arrivals: [Double], method: StaffingMethod
  ) throws(PlanningError) -> [Requirement] {
    let scenario = context.scenario
    let channel = scenario.channels[context.channel]
    let concurrency = channel.kind == .chat ? channel.concurrency : nil
    let slotsPerAgent = concurrency?.max ?? 1
    let handle = context.handleSeconds * (concurrency?.handleTimeFactor.last ?? 1)
    var queueModel = QueueModel.erlangC
    if method == .erlangA, let patience = channel.patience {
      queueModel = .erlangA(patienceSeconds: patience.mean)
    }
    let model: RequirementModel
    switch (queueModel, concurrency) {
    case (.erlangC, nil): model = .erlangC
    case (.erlangC, _): model = .erlangCSlots
    case (.erlangA, nil): model = .erlangA
    case (.erlangA, _): model = .erlangASlots
    }
    let definition = queueingDefinition(channel.sla.definition)
    let target = StaffingTarget(
      serviceLevel: .init(
        fraction: channel.sla.percent / 100, thresholdSeconds: channel.sla.withinSeconds,
        definition: definition),
      maxOccupancy: scenario.occupancyCap)
    var rows: [Requirement] = []
    rows.reserveCapacity(arrivals.count)
    var previous: (load: Double, slots: Int)? = nil
    // Lagged SIPP staffs each interval for the mean infinite-server load, as the arrival
    // rate λ = load ÷ handle time that Erlang C is then given.
    let lagged: [Double]? =
      method == .laggedSIPP
      ? LaggedLoad.meanLoad(arrivals: arrivals, handleSeconds: handle, horizon: scenario.horizon)
      : nil
    for (i, offered) in arrivals.enumerated() {
      var row = context.empty(i, model: model, handle: handle)
      guard offered > 0 || (lagged?[i] ?? 0) > 0 else {
        rows.append(row)
        continue
      }
      let rate = lagged.map { $0[i] / handle } ?? offered / context.intervalSeconds
      do {
        let search = SlotSearch(
          rate: rate, handleSeconds: handle, model: queueModel, target: target)
        let slots = try search.minimumSlots(previous: previous)
        previous = (rate * handle, slots)
        let agents = (slots + slotsPerAgent - 1) / slotsPerAgent
        let metrics = try search.metrics(agents * slotsPerAgent)
        row.offeredContacts = offered
        row.loadErlangs = rate * handle
        row.netAgents = agents
        row.serviceLevel = metrics.serviceLevel
        row.asaSeconds = metrics.asaSeconds
        row.abandonRate = metrics.abandonRate
        row.occupancy = metrics.occupancy
        row.handledContacts = offered * (1 - metrics.abandonRate)
      } catch {
        throw .queueing(
          channel: channel.id, pool: scenario.pools[context.pool].id,
          interval: scenario.horizon.label(ofOpenInterval: i), error)
      }
      rows.append(row)
    }
    return rows
  }

  static func deferrableRows(
    _ context: StepContext, arrivals: [Double], backlog: Double,
    calendar: DeferrableSchedule.Calendar
  ) throws(PlanningError) -> [Requirement] {
    let scenario = context.scenario
    let channel = scenario.channels[context.channel]
    let handle = context.handleSeconds
    let outcome: DeferrableSchedule.Outcome
    do {
      outcome = try DeferrableSchedule.minimumAgents(
        arrivals: arrivals, initialBacklog: backlog, handleSeconds: handle,
        deadlineSeconds: channel.sla.withinSeconds, targetShare: channel.sla.percent / 100,
        occupancyCap: scenario.occupancyCap, calendar: calendar)
    } catch {
      throw .deferrableUnreachable(
        channel: channel.id, pool: scenario.pools[context.pool].id,
        searchedUpTo: error.searchedUpTo)
    }
    let capacity = Double(outcome.agents) * context.intervalSeconds
    return arrivals.indices.map { i in
      var row = context.empty(i, model: .fluidEDF, handle: handle)
      let offered = arrivals[i] + (i == 0 ? backlog : 0)
      row.offeredContacts = offered
      row.loadErlangs = offered * handle / context.intervalSeconds
      row.netAgents = outcome.agents
      row.serviceLevel = outcome.intervalOnTimeShare[i]
      row.asaSeconds = outcome.intervalMeanWaitSeconds[i]
      row.occupancy = capacity > 0 ? min(1, outcome.completions[i] * handle / capacity) : 0
      row.handledContacts = outcome.completions[i]
      return row
    }
  }

  /// Returns the Queueing module's definition with the same meaning as the scenario's.
  static func queueingDefinition(
    _ definition: ContactCenter.ServiceLevelDefinition
  ) -> Queueing.ServiceLevelDefinition {
    switch definition {
    case .offered: return .offered
    case .answered: return .answered
    case .excludeShortAbandons: return .excludeShortAbandons
    }
  }
}
