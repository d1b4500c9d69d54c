/// What a random stream is for: the `purpose` word of a stream key (see `RandomStreams`).
///
/// Raw values are part of the output's definition: changing one changes every run's
/// numbers, and a new purpose must take a new value.
public enum StreamPurpose: UInt64, Sendable, CaseIterable {
  /// A channel's arrival times (index: the channel id's key).
  case arrival = 0
  /// Whether a contact is deflected by self-service (per contact).
  case deflection = 1
  /// A contact's handle time at one visit (per contact and visit).
  case handleTime = 2
  /// A contact's patience at one queue (per contact and visit).
  case patience = 3
  /// A contact's first-contact-resolution draw at one visit (per contact and visit).
  case fcr = 4
  /// The day factors of demand uncertainty (one stream per replication).
  case dayFactor = 5
  /// The base key of a channel's arriving contacts (index: the channel id's key).
  case contact = 6
  /// The base key of a channel's initial backlog (index: the channel id's key).
  case backlog = 7
}

/// One variate a contact drew, recorded when a simulator is asked to (a test hook).
public struct ContactDraw: Sendable, Hashable, Comparable {
  /// The contact's stream key: the same customer has the same key in every variant.
  public var key: UInt64
  /// The queue visit the draw belongs to (0 at first contact).
  public var visit: Int32
  /// What the draw is for.
  public var purpose: UInt64
  /// The value drawn (seconds, or a uniform for deflection and FCR).
  public var value: Double

  /// Returns whether `lhs` sorts before `rhs` by key, visit, purpose, then value.
  public static func < (lhs: ContactDraw, rhs: ContactDraw) -> Bool {
    (lhs.key, lhs.visit, lhs.purpose, lhs.value) < (rhs.key, rhs.visit, rhs.purpose, rhs.value)
  }
}
