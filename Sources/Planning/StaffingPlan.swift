import ContactCenter

/// An analytic staffing plan: requirements per interval × channel × tier, staffing and cost
/// per pool × interval, and the roll-ups a planner and finance read.
public struct StaffingPlan: Sendable {
  /// Returns the scenario planned (as loaded, before the what-if factors).
  public var scenario: Scenario
  /// Returns the method and what-if factors used.
  public var options: StaffingOptions
  /// Returns one requirement per open interval × channel × tier, interval-major, then
  /// channel in file order, then tier.
  public var requirements: [Requirement]
  /// Returns one plan per pool, in file order.
  public var pools: [PoolPlan]
  /// Returns one summary per channel, in file order.
  public var channels: [ChannelSummary]
  /// Returns cost and hours per tier, lowest tier first.
  public var tiers: [TierCost]
  /// Returns cost and hours per day of the horizon, first day first.
  public var days: [DayCost]
  /// Returns the horizon-wide totals.
  public var totals: PlanTotals
  /// Whether the pools' net agents were corrected by simulation (`SimulationStaffing`);
  /// the requirements then stay the analytic start's.
  public var refinedBySimulation = false

  /// Returns the method as outputs name it: `erlang-c`, or `simulation (from erlang-c)`.
  public var methodName: String {
    refinedBySimulation ? "simulation (from \(options.method.rawValue))" : options.method.rawValue
  }
}

/// How one requirement was computed.
public enum RequirementModel: String, Sendable, CaseIterable {
  /// Erlang C on agents (voice, SMS; any real-time channel without patience).
  case erlangC = "erlang-c"
  /// Erlang A on agents.
  case erlangA = "erlang-a"
  /// Erlang C on chat slots: agents × max concurrency, handle time × the factor at max.
  case erlangCSlots = "erlang-c-slots"
  /// Erlang A on chat slots.
  case erlangASlots = "erlang-a-slots"
  /// The fluid earliest-deadline-first schedule of `DeferrableSchedule` (email, social).
  case fluidEDF = "fluid-edf"
}

/// What one channel needs from one pool in one open interval.
public struct Requirement: Sendable, Equatable {
  /// Returns the open interval, 0-based over the horizon.
  public var interval: Int
  /// Returns the channel's index in the scenario.
  public var channel: Int
  /// Returns the tier of the pool serving this step (1 for first contacts).
  public var tier: Int
  /// Returns the serving pool's index in the scenario.
  public var pool: Int
  /// Returns the model used.
  public var model: RequirementModel
  /// Returns the contacts offered in the interval (after deflection; escalations at tiers
  /// above 1; the initial backlog in the first interval), in contacts.
  public var offeredContacts: Double
  /// Returns the mean handle time used (× what-if factor × pool factor, × the chat factor at
  /// full concurrency), in seconds.
  public var handleSeconds: Double
  /// Returns the offered load, in Erlangs (contacts × handle time ÷ interval length); for
  /// chat, in slots.
  public var loadErlangs: Double
  /// Returns the net agents required on line, in agents.
  public var netAgents: Int
  /// Returns the expected service level at `netAgents`, a fraction under the channel's
  /// definition (deferrable: the share of the interval's arrivals answered on time).
  public var serviceLevel: Double
  /// Returns the expected average speed of answer, in seconds (deferrable: mean wait).
  public var asaSeconds: Double
  /// Returns the expected share of offered contacts that abandon, a fraction (0 unless
  /// Erlang A).
  public var abandonRate: Double
  /// Returns the expected occupancy of the agents (chat: of the slots), a fraction.
  public var occupancy: Double
  /// Returns the contacts handled (offered − abandoned; deferrable: completed in the
  /// interval), in contacts.
  public var handledContacts: Double
}

/// Staffing and cost of one pool over the horizon.
public struct PoolPlan: Sendable, Equatable {
  /// Returns the pool's index in the scenario.
  public var pool: Int
  /// Returns the net agents on line required per open interval, in agents.
  public var netAgents: [Int]
  /// Returns the scheduled headcount per open interval, ⌈net ÷ (1 − shrinkage)⌉ in exact
  /// basis points, in agents.
  public var scheduledHeadcount: [Int]
  /// Returns the paid hours per open interval (scheduled × interval length), in hours.
  public var paidHours: [Double]
  /// Returns the cost per open interval (paid hours × hourly cost × (1 + overhead)), in the
  /// scenario's currency.
  public var cost: [Double]
  /// Returns the total paid hours, in hours.
  public var totalPaidHours: Double
  /// Returns the full-time equivalents: paid hours per week (hours × 7 ÷ days) ÷ hours per
  /// FTE per week, in FTE.
  public var fte: Double
  /// Returns the total cost, in the scenario's currency.
  public var totalCost: Double
  /// Returns the share of the pool's cost carried by each channel (by workload), in the
  /// scenario's currency, indexed by channel.
  public var costByChannel: [Double]
}

/// A channel's plan summary: volume, service and cost.
public struct ChannelSummary: Sendable, Equatable {
  /// Returns the channel's index in the scenario.
  public var channel: Int
  /// Returns the contacts offered at first contact (after deflection, backlog included), in
  /// contacts.
  public var offeredContacts: Double
  /// Returns the contacts deflected by self-service, in contacts.
  public var deflectedContacts: Double
  /// Returns the contacts whose journey ends in service, at any tier, in contacts.
  public var handledContacts: Double
  /// Returns the expected contacts abandoning, at any tier, in contacts.
  public var abandonedContacts: Double
  /// Returns the first-contact service level over the horizon, weighted by volume, a
  /// fraction (nil without contacts).
  public var serviceLevel: Double?
  /// Returns the first-contact service level per day, weighted by volume (nil for a day
  /// without contacts), fractions.
  public var dayServiceLevel: [Double?]
  /// Returns the cost carried by this channel at each tier it reaches, lowest tier first.
  public var costByTier: [ChannelTierCost]
  /// Returns the channel's total cost (pool costs split by workload), in the currency.
  public var cost: Double

}

/// The cost one channel carries at one tier (its share of the serving pool's cost).
public struct ChannelTierCost: Sendable, Equatable {
  /// Returns the tier number.
  public var tier: Int
  /// Returns the serving pool's index in the scenario.
  public var pool: Int
  /// Returns the cost, in the scenario's currency.
  public var cost: Double
}

/// Cost and paid hours of one tier.
public struct TierCost: Sendable, Equatable {
  /// Returns the tier number.
  public var tier: Int
  /// Returns the paid hours, in hours.
  public var paidHours: Double
  /// Returns the cost, in the scenario's currency.
  public var cost: Double
}

/// Cost and paid hours of one day.
public struct DayCost: Sendable, Equatable {
  /// Returns the day, 1-based.
  public var day: Int
  /// Returns the paid hours, in hours.
  public var paidHours: Double
  /// Returns the cost, in the scenario's currency.
  public var cost: Double
}

/// Horizon-wide totals of a plan.
public struct PlanTotals: Sendable, Equatable {
  /// Returns the paid hours, in hours.
  public var paidHours: Double
  /// Returns the full-time equivalents, in FTE.
  public var fte: Double
  /// Returns the total cost with overhead, in the scenario's currency.
  public var cost: Double
  /// Returns the contacts handled at any tier, in contacts.
  public var handledContacts: Double
  /// Returns the expected abandoned contacts, in contacts.
  public var abandonedContacts: Double
  /// Returns the cost per handled contact (nil with none handled), in the currency.
  public var costPerHandledContact: Double?
  /// Returns the expected cost of abandoned contacts (nil when the scenario prices none),
  /// in the currency.
  public var abandonedCost: Double?
}

extension StaffingPlan {
  /// Returns the tier of channel c's first step, where its first contacts are answered
  /// (its headline service level is measured there).
  public func firstContactTier(of c: Int) -> Int {
    channels[c].costByTier.first?.tier ?? 1
  }

  /// Returns this plan with the pools' net agents replaced by `net` ([pool][interval]) and
  /// every cost and roll-up recomputed from them (requirements unchanged).
  public func replacingNetAgents(_ net: [[Int]]) -> StaffingPlan {
    // Requirements run interval-major, then channel, then chain step: the j-th row of a
    // channel in an interval belongs to step j of its chain.
    var steps: [[[Requirement]]] = scenario.channels.map { _ in [] }
    var seen: [Int] = scenario.channels.map { _ in 0 }
    var interval = -1
    for row in requirements {
      if row.interval != interval {
        interval = row.interval
        seen = seen.map { _ in 0 }
      }
      let j = seen[row.channel]
      seen[row.channel] += 1
      if j == steps[row.channel].count { steps[row.channel].append([]) }
      steps[row.channel][j].append(row)
    }
    var rollUp = CostRollUp(scenario: scenario, options: options, steps: steps)
    rollUp.netOverride = net
    var plan = rollUp.plan(requirements: requirements)
    plan.refinedBySimulation = true
    return plan
  }
}
