/// Why a replication stopped early: more contacts were in the system at once than the
/// simulator keeps (`CompiledModel.contactLimit`), so demand outruns the agents for good.
///
/// Without the bound an overloaded scenario with no patience grows its queue until the
/// kernel kills the process; with it the run ends within a fixed memory budget.
public struct QueueOverflow: Error, Sendable, Equatable, CustomStringConvertible {
  /// Id of the channel with the most contacts waiting when the limit was reached.
  public var channel: String
  /// The limit passed: contacts in the system at once.
  public var limit: Int
  /// Day of the run, from 1: warm-up days first, then the horizon's.
  public var runDay: Int
  /// Warm-up days before the horizon's first day.
  public var warmupDays: Int

  /// Returns the sentence a planner reads: which queue, when, and what to change.
  public var description: String {
    let day =
      runDay > warmupDays ? "day \(runDay - warmupDays)" : "warm-up day \(runDay)"
    return "\(channel)'s queue passed \(Self.grouped(limit)) contacts on \(day): demand exceeds "
      + "capacity; staff it or give customers patience"
  }

  private static func grouped(_ value: Int) -> String {
    var digits = String(value)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
      index = digits.index(index, offsetBy: -3)
      digits.insert(",", at: index)
    }
    return digits
  }
}
