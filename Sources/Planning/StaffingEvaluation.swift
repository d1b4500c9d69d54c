import ContactCenter
import Queueing

/// The analytic service of a *given* staffing (what `compare --method analytic` shows):
/// per channel the first-contact service level, ASA and abandonment, per pool occupancy.
///
/// **Method** (an approximation; `--method simulation` measures instead). The analytic
/// plan of the scenario gives, per interval, each (channel, tier) step's load and the net
/// agents it needs from its pool. A pool's agents on line in the interval (scheduled after
/// shrinkage) are split among its steps in proportion to those needs (no pooling gain,
/// as the planner assumes), floored to whole agents, and each real-time step is evaluated
/// by the plan's own model (Erlang C or A; chat on slots at full concurrency). A channel's
/// service level and ASA are the offered-weighted means over intervals at first contact;
/// deferrable channels (email, social) get no analytic service figure here, and occupy
/// their load's worth of agents (at most their share). Pool occupancy is busy agent-time ÷
/// on-line agent-time.
public struct StaffingEvaluation: Sendable {
  /// One channel's analytic service.
  public struct ChannelService: Sendable, Equatable {
    /// Channel index in the scenario.
    public var channel: Int
    /// First-contact service level under the channel's definition (nil: deferrable).
    public var serviceLevel: Double?
    /// First-contact ASA, in seconds (nil: deferrable, or infinite in an overloaded interval).
    public var asaSeconds: Double?
    /// Share of offered contacts that abandon, at any tier (nil: deferrable).
    public var abandonRate: Double?
    /// Contacts offered at first contact over the horizon.
    public var offered: Double
    /// Contacts abandoning at any tier over the horizon.
    public var abandoned: Double
    /// Contacts escalated (offered above the first tier) over the horizon.
    public var escalations: Double
  }

  /// Per channel, in scenario order.
  public var channels: [ChannelService]
  /// Per pool: busy agent-time ÷ on-line agent-time (nil with nobody on line).
  public var poolOccupancy: [Double?]

  /// Returns the analytic service of scheduled headcount `scheduled` ([pool][interval])
  /// given the scenario's analytic plan `plan` (its requirements split the agents).
  public init(scenario: Scenario, plan: StaffingPlan, scheduled: [[Int]]) throws(PlanningError) {
    let horizon = scenario.horizon
    let shrinkage = scenario.shrinkageRule
    let intervals = horizon.openIntervals
    var byInterval = [[Requirement]](repeating: [], count: intervals)
    for row in plan.requirements { byInterval[row.interval].append(row) }
    var slWeighted = [Double](repeating: 0, count: scenario.channels.count)
    var asaWeighted = slWeighted
    var offered = slWeighted
    var abandoned = slWeighted
    var escalations = slWeighted
    var asaInfinite = [Bool](repeating: false, count: scenario.channels.count)
    var busy = [Double](repeating: 0, count: scenario.pools.count)
    var onLineTotal = busy
    for k in 0..<intervals {
      let rows = byInterval[k]
      for p in scenario.pools.indices {
        let row = p < scheduled.count && k < scheduled[p].count ? scheduled[p][k] : 0
        onLineTotal[p] += Double(shrinkage.onLine(scheduled: row))
      }
      let split = Self.split(rows, scheduled: scheduled, interval: k, shrinkage: shrinkage)
      for (index, row) in rows.enumerated() where row.offeredContacts > 0 {
        let channel = scenario.channels[row.channel]
        let isFirst = plan.firstContactTier(of: row.channel) == row.tier
        if isFirst {
          offered[row.channel] += row.offeredContacts
        } else {
          escalations[row.channel] += row.offeredContacts
        }
        guard channel.kind.isRealTime else {
          // Deferrable work is done when it can: it occupies its load's worth of agents.
          busy[row.pool] += Swift.min(row.loadErlangs, Double(split[index]))
          continue
        }
        let agents = split[index]
        let slotsPerAgent = channel.kind == .chat ? channel.concurrency?.max ?? 1 : 1
        guard agents > 0 else {
          // Nobody to answer: no one is served within T, and every contact is lost.
          abandoned[row.channel] += row.offeredContacts
          if isFirst { asaInfinite[row.channel] = true }
          continue
        }
        let metrics: QueueMetrics
        do {
          metrics = try StaffingSearch.metrics(
            agents: agents * slotsPerAgent,
            arrivalRatePerSecond: row.offeredContacts / horizon.intervalSeconds,
            handleSeconds: row.handleSeconds, model: Self.model(row.model, channel),
            thresholdSeconds: channel.sla.withinSeconds,
            definition: StaffingPlanner.queueingDefinition(channel.sla.definition))
        } catch {
          throw .queueing(
            channel: channel.id, pool: scenario.pools[row.pool].id,
            interval: horizon.label(ofOpenInterval: k), error)
        }
        if isFirst {
          slWeighted[row.channel] += row.offeredContacts * metrics.serviceLevel
          if metrics.asaSeconds.isFinite {
            asaWeighted[row.channel] += row.offeredContacts * metrics.asaSeconds
          } else {
            asaInfinite[row.channel] = true
          }
        }
        abandoned[row.channel] += row.offeredContacts * metrics.abandonRate
        busy[row.pool] += metrics.occupancy * Double(agents)
      }
    }
    channels = scenario.channels.indices.map { c in
      let realTime = scenario.channels[c].kind.isRealTime
      let volume = offered[c]
      return ChannelService(
        channel: c, serviceLevel: realTime && volume > 0 ? slWeighted[c] / volume : nil,
        asaSeconds: realTime && volume > 0 && !asaInfinite[c] ? asaWeighted[c] / volume : nil,
        abandonRate: realTime && volume > 0 ? abandoned[c] / volume : nil, offered: volume,
        abandoned: abandoned[c], escalations: escalations[c])
    }
    poolOccupancy = scenario.pools.indices.map { p in
      onLineTotal[p] > 0 ? busy[p] / onLineTotal[p] : nil
    }
  }

  /// Returns the whole agents each of `rows` gets from its pool in interval k: the pool's
  /// agents on line split in proportion to the rows' net needs by largest remainders (the
  /// parts add up to the agents on line; equal parts when nobody needed any).
  static func split(
    _ rows: [Requirement], scheduled: [[Int]], interval k: Int, shrinkage: Shrinkage
  ) -> [Int] {
    var result = [Int](repeating: 0, count: rows.count)
    var byPool: [Int: [Int]] = [:]
    for (i, row) in rows.enumerated() where row.offeredContacts > 0 {
      byPool[row.pool, default: []].append(i)
    }
    for (pool, members) in byPool {
      let count = pool < scheduled.count && k < scheduled[pool].count ? scheduled[pool][k] : 0
      let onLine = shrinkage.onLine(scheduled: count)
      let need = members.reduce(0) { $0 + rows[$1].netAgents }
      let shares = members.map { i in
        need > 0
          ? Double(onLine) * Double(rows[i].netAgents) / Double(need)
          : Double(onLine) / Double(members.count)
      }
      var given = 0
      for (j, i) in members.enumerated() {
        result[i] = Int(shares[j].rounded(.down))
        given += result[i]
      }
      let order = members.indices.sorted {
        (shares[$0] - shares[$0].rounded(.down), -$0) > (
          shares[$1] - shares[$1].rounded(.down), -$1
        )
      }
      for j in order.prefix(max(0, onLine - given)) { result[members[j]] += 1 }
    }
    return result
  }

  /// Returns the queueing model behind a requirement's model.
  static func model(_ model: RequirementModel, _ channel: Channel) -> QueueModel {
    switch model {
    case .erlangA, .erlangASlots:
      return .erlangA(patienceSeconds: channel.patience?.mean ?? .infinity)
    case .erlangC, .erlangCSlots, .fluidEDF: return .erlangC
    }
  }
}
