/// The kind of a channel, which decides how its customers wait.
public enum ChannelKind: String, Sendable, CaseIterable {
  /// Phone: real-time, one contact per agent.
  case voice
  /// Live chat: real-time, several conversations per agent.
  case chat
  /// Text messages: real-time.
  case sms
  /// Email: deferrable, answered within an SLA of hours.
  case email
  /// Social media messages: deferrable.
  case social

  /// Returns true for channels where a customer waits in a queue and may abandon.
  public var isRealTime: Bool { self == .voice || self == .chat || self == .sms }
}

/// How a channel's service level is computed (see README, "Service level").
public enum ServiceLevelDefinition: String, Sendable, CaseIterable {
  /// Answered within T ÷ offered (abandons count against); the default.
  case offered
  /// Answered within T ÷ answered.
  case answered
  /// Answered within T ÷ (offered − abandons before T).
  case excludeShortAbandons
}

/// A service-level target: `percent` of contacts answered within `withinSeconds`.
public struct ServiceLevelTarget: Sendable, Equatable {
  /// Target share answered in time, as a percentage in (0, 100].
  public var percent: Double
  /// Threshold, in seconds.
  public var withinSeconds: Double
  /// Which denominator the service level uses.
  public var definition: ServiceLevelDefinition
}

/// Chat concurrency: an agent holds up to `max` chats; handle time is stretched by
/// `handleTimeFactor[k − 1]` when the chat is the k-th the agent holds.
public struct Concurrency: Sendable, Equatable {
  /// The most chats one agent holds at once.
  public var max: Int
  /// Handle-time factor per level, `max` entries (1-based level k at index k − 1).
  public var handleTimeFactor: [Double]
}

/// A channel's demand as written in the scenario, before resolution to intervals.
public enum DemandSpec: Sendable, Equatable {
  /// Contacts per open interval: one day (repeated) or the whole horizon.
  case perInterval([Double])
  /// Contacts per day (one value, or one per day) spread by profile weights per open interval.
  case daily(totals: [Double], profile: [Double]?)
  /// Contacts per day spread by a profile per day of the week (Monday first; nil where the
  /// scenario gives none, which must be a closed day).
  case dailyByWeekday(totals: [Double], profiles: [[Double]?])
  /// A forecast CSV file (relative to the scenario) and the column to read.
  case csv(file: String, column: String)
}

/// One channel of demand.
public struct Channel: Sendable, Equatable {
  /// Unique identifier, used in skills and outputs.
  public var id: String
  /// Voice, chat, SMS, email or social.
  public var kind: ChannelKind
  /// The demand as written.
  public var demandSpec: DemandSpec
  /// Contacts arriving per open interval over the whole horizon, before deflection.
  public var demand: [Double]
  /// Handle time distribution (seconds).
  public var handleTime: DistributionSpec
  /// Patience distribution (seconds) for real-time channels; nil means nobody abandons.
  public var patience: DistributionSpec?
  /// Chat concurrency; nil means one contact at a time.
  public var concurrency: Concurrency?
  /// The service-level target.
  public var sla: ServiceLevelTarget
  /// Share of demand resolved by self-service before reaching an agent, in [0, 1].
  public var deflection: Double
  /// Priority, 1 highest; nil ranks last.
  public var priority: Int?
  /// Contacts waiting when the first counted interval opens (deferrable channels).
  public var initialBacklog: Double

  /// Returns the total demand over the horizon (contacts, before deflection).
  public var totalDemand: Double { demand.reduce(0, +) }
}
