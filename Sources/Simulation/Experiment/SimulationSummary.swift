import ContactCenter

/// A figure estimated over replications: the mean (or ratio of sums) and its 95 % half-width.
public struct Estimate: Sendable, Equatable {
  /// The point estimate.
  public var mean: Double
  /// Half-width of the 95 % confidence interval (Student t over replications; delta method
  /// for ratios); nil with one replication or no data.
  public var ci95: Double?

  /// Creates an estimate.
  public init(mean: Double, ci95: Double?) {
    self.mean = mean
    self.ci95 = ci95
  }

  /// Returns the plain mean ± t·s/√R of per-replication values.
  public static func mean(_ values: [Double]) -> Estimate {
    guard let estimate = ReplicationEstimate.mean(of: values) else {
      return Estimate(mean: 0, ci95: nil)
    }
    return Estimate(mean: estimate.estimate, ci95: estimate.halfWidth)
  }

  /// Returns ΣX ÷ ΣY with a delta-method half-width, or nil when ΣY = 0.
  public static func ratio(_ x: [Double], _ y: [Double]) -> Estimate? {
    ReplicationEstimate.ratio(numerators: x, denominators: y).map {
      Estimate(mean: $0.estimate, ci95: $0.halfWidth)
    }
  }
}

/// Service figures of one channel over the horizon.
public struct ChannelSummary: Sendable {
  /// Channel id.
  public var id: String
  /// Channel kind.
  public var kind: ChannelKind
  /// The SLA target.
  public var sla: ServiceLevelTarget
  /// Contacts reaching an agent queue (after deflection, initial backlog included).
  public var offered: Estimate
  /// Contacts resolved by self-service.
  public var deflected: Estimate
  /// Journeys ended in service, at whatever tier.
  public var handled: Estimate
  /// Journeys ended in an abandon, at whatever tier.
  public var abandoned: Estimate
  /// Counted contacts still in the system when the run stopped.
  public var inSystemAtEnd: Estimate
  /// Service level at first contact under the channel's own definition.
  public var serviceLevel: Estimate?
  /// Service level at first contact under each definition.
  public var serviceLevelBy: [ServiceLevelDefinition: Estimate]
  /// Average speed of answer at first contact, seconds.
  public var asaSeconds: Estimate?
  /// Abandoned ÷ offered.
  public var abandonRate: Estimate?
  /// Average handle time at first contact, seconds.
  public var ahtSeconds: Estimate?
  /// Escalations from any tier.
  public var escalations: Estimate
  /// Wait percentiles at first contact (p50, p90, p99, `percentileLevels`), seconds: the
  /// mean over replications of each replication's percentile, with its t interval (nil
  /// when no contact was answered).
  public var waitPercentiles: [Estimate?]
  /// Share of offered first contacts that were not answered at once (waited, or
  /// abandoned), P(wait) = 1 − SL at 0 s.
  public var waitProbability: Estimate?
  /// Time-average number of the channel's contacts waiting (all its queues) over the
  /// horizon's open time, contacts.
  public var meanQueueLength: Estimate
  /// How the channel's SL varied across simulated days (nil when no day had a contact).
  public var dayServiceLevels: DayServiceLevels? = nil

  /// The percentile levels of `waitPercentiles`.
  public static let percentileLevels = [0.5, 0.9, 0.99]
}

/// Service figures of one channel at one tier, by queue-entry time.
public struct TierSummary: Sendable {
  /// Channel id.
  public var channel: String
  /// Tier number.
  public var tier: Int
  /// Contacts entering the queue.
  public var offered: Estimate
  /// Contacts that abandoned at this tier.
  public var abandoned: Estimate
  /// Service level at this tier (the channel's definition; deferrable: from arrival).
  public var serviceLevel: Estimate?
  /// Average speed of answer at this tier, seconds.
  public var asaSeconds: Estimate?
  /// Average handle time at this tier, seconds.
  public var ahtSeconds: Estimate?
  /// Contacts escalated after service at this tier.
  public var escalated: Estimate
}

/// Occupancy of one pool.
public struct PoolSummary: Sendable {
  /// Pool id.
  public var id: String
  /// Tier.
  public var tier: Int
  /// Busy agent time ÷ on-line agent time.
  public var occupancy: Estimate?
  /// Held contacts ÷ slots (agents × most chats); equals occupancy for one-at-a-time work.
  public var slotOccupancy: Estimate?
  /// Agent-hours on line.
  public var agentHours: Estimate
}

/// First-contact figures of one channel in one interval.
public struct IntervalSummary: Sendable {
  /// Open interval index over the horizon.
  public var interval: Int
  /// Channel id.
  public var channel: String
  /// Contacts offered.
  public var offered: Estimate
  /// Journeys ended in service.
  public var handled: Estimate
  /// Journeys ended in an abandon.
  public var abandoned: Estimate
  /// Service level (channel definition).
  public var serviceLevel: Estimate?
  /// Average speed of answer, seconds.
  public var asaSeconds: Estimate?
  /// Average handle time at first contact, seconds.
  public var ahtSeconds: Estimate?
  /// Contacts waiting at the interval's end.
  public var backlogAtEnd: Estimate
  /// Age of the oldest waiting contact at the interval's end, seconds.
  public var oldestAgeSeconds: Estimate
  /// Share of offered contacts not answered at once, P(wait).
  public var waitProbability: Estimate?
  /// Time-average number of the channel's contacts waiting in the interval, contacts.
  public var meanQueueLength: Estimate
}

/// Occupancy of one pool in one interval.
public struct PoolIntervalSummary: Sendable {
  /// Open interval index over the horizon.
  public var interval: Int
  /// Pool id.
  public var pool: String
  /// Average agents on line.
  public var agentsOnLine: Estimate
  /// Busy ÷ on-line time.
  public var occupancy: Estimate?
}

/// One replication's totals for one channel (the researchers' raw material).
public struct ReplicationRow: Sendable {
  /// Replication index, from 0.
  public var replication: Int
  /// Channel id.
  public var channel: String
  /// Contacts offered.
  public var offered: Double
  /// Journeys ended in service.
  public var handled: Double
  /// Journeys ended in an abandon.
  public var abandoned: Double
  /// Answered within the SLA threshold at first contact.
  public var answeredWithinT: Double
  /// Sum of first-contact waits of answered contacts, seconds.
  public var totalWaitSeconds: Double
}

/// Everything a simulation run reports.
public struct SimulationSummary: Sendable {
  /// Per channel.
  public var channels: [ChannelSummary]
  /// Per channel and tier (only tiers the channel reaches).
  public var tiers: [TierSummary]
  /// Per pool.
  public var pools: [PoolSummary]
  /// Per interval and channel.
  public var intervals: [IntervalSummary]
  /// Per interval and pool.
  public var poolIntervals: [PoolIntervalSummary]
  /// Per hour of day and channel, over all days (`interval` is the hour, 0-23; counts are
  /// per day).
  public var hourOfDay: [IntervalSummary]
  /// Per replication and channel.
  public var replications: [ReplicationRow]
  /// Contacts simulated in all replications (warm-up and wrap-up included).
  public var simulatedContacts: Int
}
