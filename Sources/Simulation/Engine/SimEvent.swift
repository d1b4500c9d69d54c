// SimEvent: the value-type entry of the event calendar.

/// One scheduled event: a time in seconds, an insertion sequence number that breaks
/// ties, a model-defined kind and two model-defined integer payloads.
///
/// The engine gives `kind`, `a` and `b` no meaning: a model declares its own
/// `enum ...: UInt8` of event kinds and uses the payloads for entity indices (a contact,
/// an agent, a pool). The struct is trivial (no class or `String` field), so moving it
/// costs no reference counting, and its stride is 32 bytes.
///
/// Events are ordered by `(time, seq)`: the earlier time first, and at equal times the
/// event scheduled first (lower `seq`) first — first in, first out, as in SimPy and SSJ.
public struct SimEvent: Sendable, Hashable, Comparable {
  /// The simulated time at which the event happens, in seconds.
  public var time: Double
  /// The insertion sequence number assigned by `EventCalendar.schedule`; breaks time ties.
  public var seq: UInt64
  /// The model-defined event kind (typically the raw value of the model's kind enum).
  public var kind: UInt8
  /// The first model-defined payload (for example an entity index).
  public var a: Int32
  /// The second model-defined payload (for example an entity index).
  public var b: Int32

  /// Returns an event with the given fields (`time` in seconds).
  @inlinable
  public init(time: Double, seq: UInt64, kind: UInt8, a: Int32, b: Int32) {
    self.time = time
    self.seq = seq
    self.kind = kind
    self.a = a
    self.b = b
  }

  /// Returns whether `lhs` comes before `rhs`: earlier time, or equal time and lower `seq`.
  @inlinable @inline(__always)
  public static func < (lhs: SimEvent, rhs: SimEvent) -> Bool {
    lhs.time < rhs.time || (lhs.time == rhs.time && lhs.seq < rhs.seq)
  }
}
