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
/// Both are packed into one 128-bit key (the time's bits made order-preserving above the
/// sequence number), so comparing two events is one unsigned comparison without a branch,
/// which lets the calendar's sift pick a child with a conditional move: the heap's
/// child comparisons are the simulator's least predictable branches.
public struct SimEvent: Sendable, Hashable, Comparable {
  /// The order key: `orderedBits(time)` in the high 64 bits, `seq` in the low 64.
  @usableFromInline
  internal var order: UInt128
  /// The model-defined event kind (typically the raw value of the model's kind enum).
  public var kind: UInt8
  /// The first model-defined payload (for example an entity index).
  public var a: Int32
  /// The second model-defined payload (for example an entity index).
  public var b: Int32

  /// Returns an event with the given fields (`time` in seconds, not NaN).
  @inlinable @inline(__always)
  public init(time: Double, seq: UInt64, kind: UInt8, a: Int32, b: Int32) {
    order = UInt128(Self.orderedBits(time)) &<< 64 | UInt128(seq)
    self.kind = kind
    self.a = a
    self.b = b
  }

  /// The simulated time at which the event happens, in seconds.
  @inlinable
  public var time: Double { Self.time(orderedBits: UInt64(truncatingIfNeeded: order &>> 64)) }

  /// The insertion sequence number assigned by `EventCalendar.schedule`; breaks time ties.
  @inlinable
  public var seq: UInt64 { UInt64(truncatingIfNeeded: order) }

  /// Returns whether `lhs` comes before `rhs`: earlier time, or equal time and lower `seq`.
  @inlinable @inline(__always)
  public static func < (lhs: SimEvent, rhs: SimEvent) -> Bool {
    lhs.order < rhs.order
  }

  /// Returns the time's bits mapped so that unsigned order is the numeric order (−0 as +0):
  /// a non-negative time has its sign bit set, a negative one all its bits flipped.
  @inlinable @inline(__always)
  public static func orderedBits(_ time: Double) -> UInt64 {
    let bits = (time + 0).bitPattern
    let mask = UInt64(bitPattern: Int64(bitPattern: bits) &>> 63) | (1 &<< 63)
    return bits ^ mask
  }

  /// Returns the time whose `orderedBits` are `bits`, in seconds.
  @inlinable @inline(__always)
  internal static func time(orderedBits bits: UInt64) -> Double {
    let mask = (bits &>> 63 == 1) ? UInt64(1) &<< 63 : ~UInt64(0)
    return Double(bitPattern: bits ^ mask)
  }
}
