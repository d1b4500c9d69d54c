/// Counts for one counted interval × channel × tier, by queue-entry time.
public struct TierCounters: Sendable, Equatable {
  /// Contacts that entered the queue.
  public var offered = 0.0
  /// Contacts whose service started (answered).
  public var answered = 0.0
  /// Answered within the SLA threshold (a wait of exactly T counts; deferrable: from arrival).
  public var answeredWithinT = 0.0
  /// Answered with no wait at all (P(wait) = 1 − this ÷ offered).
  public var answeredAtOnce = 0.0
  /// Contacts that abandoned from this queue.
  public var abandoned = 0.0
  /// Abandons strictly before the SLA threshold.
  public var shortAbandoned = 0.0
  /// Sum of waits of answered contacts, seconds.
  public var waitSum = 0.0
  /// Services completed.
  public var served = 0.0
  /// Sum of handle times of completed services, seconds.
  public var handleSum = 0.0
  /// Contacts escalated after service here.
  public var escalated = 0.0

  /// Creates zero counters.
  public init() {}

  /// Adds another set of counters.
  public mutating func add(_ other: TierCounters) {
    offered += other.offered
    answered += other.answered
    answeredWithinT += other.answeredWithinT
    answeredAtOnce += other.answeredAtOnce
    abandoned += other.abandoned
    shortAbandoned += other.shortAbandoned
    waitSum += other.waitSum
    served += other.served
    handleSum += other.handleSum
    escalated += other.escalated
  }
}

/// Journey counts for one counted interval × channel, by original arrival time.
public struct JourneyCounters: Sendable, Equatable {
  /// Contacts resolved by self-service before reaching an agent.
  public var deflected = 0.0
  /// Journeys that ended in service, at whatever tier.
  public var handled = 0.0
  /// Journeys that ended in an abandon, at whatever tier.
  public var abandoned = 0.0
  /// Contacts waiting at the end of the interval (deferrable backlog included).
  public var backlogAtEnd = 0.0
  /// Age of the oldest waiting contact at the end of the interval, seconds.
  public var oldestAgeAtEnd = 0.0
  /// Time integral of the channel's waiting contacts (all its queues) over the interval,
  /// contact-seconds (time after closing counts in the day's last open interval).
  public var queueSeconds = 0.0

  /// Creates zero counters.
  public init() {}

  /// Adds another set of counters.
  public mutating func add(_ other: JourneyCounters) {
    deflected += other.deflected
    handled += other.handled
    abandoned += other.abandoned
    backlogAtEnd += other.backlogAtEnd
    oldestAgeAtEnd += other.oldestAgeAtEnd
    queueSeconds += other.queueSeconds
  }
}

/// Time integrals for one counted interval × pool.
public struct PoolCounters: Sendable, Equatable {
  /// Agent-seconds on line (including agents staying on to finish after a drop).
  public var presentSeconds = 0.0
  /// Agent-seconds holding at least one contact.
  public var busySeconds = 0.0
  /// Contact-seconds held (chats count one each).
  public var heldSeconds = 0.0
  /// Slot-seconds available: agent-seconds × the most contacts an agent may hold.
  public var slotSeconds = 0.0

  /// Creates zero counters.
  public init() {}

  /// Adds another set of counters.
  public mutating func add(_ other: PoolCounters) {
    presentSeconds += other.presentSeconds
    busySeconds += other.busySeconds
    heldSeconds += other.heldSeconds
    slotSeconds += other.slotSeconds
  }
}
