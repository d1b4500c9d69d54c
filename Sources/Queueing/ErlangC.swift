import Foundation

/// Erlang C (M/M/n, first come first served, no abandonment): waiting probability, service
/// level, average speed of answer, queue length and occupancy.
///
/// Assumptions: Poisson arrivals, exponential handle times with mean `handleSeconds`, `n`
/// identical agents, infinitely patient contacts; load A = arrival rate × handle time, in
/// Erlangs. Times are in seconds. C is obtained from Erlang B by the identity
/// C = n·B / (n − A·(1 − B)), so nothing overflows at any size.
///
/// Unstable systems (A ≥ n): the queue grows without bound, so the waiting probability is 1,
/// the service level 0, and the ASA and queue length are `.infinity` (never NaN).
public enum ErlangC {
  /// Returns the probability in [0, 1] that an arriving contact waits (all agents busy):
  /// Erlang's C formula; 1 when `offeredLoad ≥ agents`, 0 when the load is 0.
  public static func waitProbability(
    agents: Int, offeredLoad: Double
  ) throws(QueueingError) -> Double {
    try validate(agents: agents, load: offeredLoad)
    return wait(agents: agents, load: offeredLoad)
  }

  /// Returns the service level P(wait ≤ `thresholdSeconds`) in [0, 1]:
  /// 1 − C·exp(−(n − A)·t / AHT); 0 when unstable.
  public static func serviceLevel(
    agents: Int, offeredLoad: Double, handleSeconds: Double, thresholdSeconds: Double
  ) throws(QueueingError) -> Double {
    try validate(agents: agents, load: offeredLoad)
    try InputValidation.handleTime(handleSeconds)
    try InputValidation.threshold(thresholdSeconds)
    let c = wait(agents: agents, load: offeredLoad)
    return serviceLevel(
      agents: agents, load: offeredLoad, wait: c, handleSeconds: handleSeconds,
      thresholdSeconds: thresholdSeconds)
  }

  /// Returns the average speed of answer in seconds over all contacts (zero waits
  /// included): C·AHT / (n − A); `.infinity` when unstable.
  public static func averageSpeedOfAnswer(
    agents: Int, offeredLoad: Double, handleSeconds: Double
  ) throws(QueueingError) -> Double {
    try validate(agents: agents, load: offeredLoad)
    try InputValidation.handleTime(handleSeconds)
    let c = wait(agents: agents, load: offeredLoad)
    return averageSpeedOfAnswer(
      agents: agents, load: offeredLoad, wait: c, handleSeconds: handleSeconds)
  }

  /// Returns the expected number of contacts waiting (not in service): C·A / (n − A);
  /// `.infinity` when unstable.
  public static func expectedQueueLength(
    agents: Int, offeredLoad: Double
  ) throws(QueueingError) -> Double {
    try validate(agents: agents, load: offeredLoad)
    let c = wait(agents: agents, load: offeredLoad)
    return queueLength(agents: agents, load: offeredLoad, wait: c)
  }

  /// Returns the agents' occupancy, the fraction of agent time spent handling: A / n,
  /// capped at 1 (an unstable system keeps every agent busy).
  public static func occupancy(agents: Int, offeredLoad: Double) throws(QueueingError) -> Double {
    try validate(agents: agents, load: offeredLoad)
    return occupancy(agents: agents, load: offeredLoad)
  }

  // MARK: - Validated kernels, shared with the staffing search

  static func validate(agents: Int, load: Double) throws(QueueingError) {
    try InputValidation.agents(agents, minimum: 1)
    try InputValidation.offeredLoad(load)
  }

  /// C from Erlang B `blocking` at the same n and A.
  static func wait(agents: Int, load: Double, blocking b: Double) -> Double {
    if load == 0 { return 0 }
    let n = Double(agents)
    guard load < n else { return 1 }
    return min(1, n * b / (n - load * (1 - b)))
  }

  static func wait(agents: Int, load: Double) -> Double {
    if load == 0 { return 0 }
    guard load < Double(agents) else { return 1 }
    return wait(agents: agents, load: load, blocking: ErlangB.blocking(agents: agents, load: load))
  }

  static func serviceLevel(
    agents: Int, load: Double, wait c: Double, handleSeconds: Double, thresholdSeconds: Double
  ) -> Double {
    let gap = Double(agents) - load
    guard gap > 0 else { return 0 }
    return max(0, 1 - c * exp(-gap * thresholdSeconds / handleSeconds))
  }

  static func averageSpeedOfAnswer(
    agents: Int, load: Double, wait c: Double, handleSeconds: Double
  ) -> Double {
    let gap = Double(agents) - load
    guard gap > 0 else { return .infinity }
    return c * handleSeconds / gap
  }

  static func queueLength(agents: Int, load: Double, wait c: Double) -> Double {
    let gap = Double(agents) - load
    guard gap > 0 else { return .infinity }
    return c * load / gap
  }

  static func occupancy(agents: Int, load: Double) -> Double {
    min(1, load / Double(agents))
  }
}
