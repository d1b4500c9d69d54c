/// Why a queueing computation refused its input; every message names the parameter and the
/// value found, in the units the planner typed.
///
/// Payloads are the offending values as given, so `Equatable` compares them exactly (a NaN
/// payload is never equal to itself; match NaN cases with `if case`).
public enum QueueingError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The offered load (Erlangs) was negative, NaN or infinite.
  case invalidOfferedLoad(Double)
  /// The arrival rate (contacts per second) was negative, NaN or infinite.
  case invalidArrivalRate(Double)
  /// The agent count was below the smallest meaningful value (`minimum`, 0 or 1).
  case invalidAgents(Int, minimum: Int)
  /// The average handle time (seconds) was zero, negative, NaN or infinite.
  case invalidHandleTime(Double)
  /// The average patience (seconds) was negative, NaN or infinite.
  case invalidPatience(Double)
  /// The service-level threshold (seconds) was negative, NaN or infinite.
  case invalidThreshold(Double)
  /// The service-level target fraction was outside (0, 1].
  case invalidServiceLevelTarget(Double)
  /// The maximum average speed of answer (seconds) was negative or NaN.
  case invalidMaxASA(Double)
  /// The maximum abandonment rate (fraction) was outside [0, 1].
  case invalidMaxAbandonRate(Double)
  /// The occupancy cap (fraction) was outside (0, 1].
  case invalidMaxOccupancy(Double)
  /// No agent count up to `searchedUpTo` met every target (for example an ASA of 0 s).
  case unreachableTarget(searchedUpTo: Int)
  /// The offered load (Erlangs) exceeds `maximum`, the largest the staffing search handles.
  case loadTooLarge(Double, maximum: Double)

  /// The planner-readable message for this error, one sentence.
  public var description: String {
    switch self {
    case .invalidOfferedLoad(let value):
      return "offered load must be a finite number of Erlangs >= 0, found \(value)"
    case .invalidArrivalRate(let value):
      return "arrival rate must be a finite number of contacts per second >= 0, found \(value)"
    case .invalidAgents(let value, let minimum):
      return "agents must be at least \(minimum), found \(value)"
    case .invalidHandleTime(let value):
      return "average handle time must be a finite number of seconds > 0, found \(value)"
    case .invalidPatience(let value):
      return "average patience must be a finite number of seconds >= 0, found \(value)"
    case .invalidThreshold(let value):
      return
        "service-level threshold must be a finite number of seconds >= 0, found \(value)"
    case .invalidServiceLevelTarget(let value):
      return "service-level target must be a fraction in (0, 1] (e.g. 0.8 for 80%), "
        + "found \(value)"
    case .invalidMaxASA(let value):
      return "maximum average speed of answer must be a number of seconds >= 0, found \(value)"
    case .invalidMaxAbandonRate(let value):
      return "maximum abandonment rate must be a fraction in [0, 1], found \(value)"
    case .invalidMaxOccupancy(let value):
      return "maximum occupancy must be a fraction in (0, 1] (e.g. 0.85 for 85%), "
        + "found \(value)"
    case .unreachableTarget(let limit):
      return "no agent count up to \(limit) meets every target; relax the targets"
    case .loadTooLarge(let value, let maximum):
      return "offered load of \(value) Erlangs is above the \(maximum) Erlangs "
        + "the staffing search handles; check the arrival rate and handle time units"
    }
  }
}
