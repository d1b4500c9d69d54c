import Foundation

/// The smallest agent count meeting a `StaffingTarget`, and the measures at any count.
///
/// Load A = arrival rate × handle time (Erlangs); times in seconds.
public enum StaffingSearch {
  /// The largest offered load the search accepts, in Erlangs.
  public static let maximumLoad = 1e8
  /// The largest agent count the search considers, in agents.
  public static let maximumAgents = 1_000_000_000

  /// Returns the measures at `agents` agents: service level for `thresholdSeconds` under
  /// `definition`, ASA in seconds, P(wait), abandonment rate, occupancy and queue length.
  public static func metrics(
    agents: Int, arrivalRatePerSecond: Double, handleSeconds: Double, model: QueueModel,
    thresholdSeconds: Double, definition: ServiceLevelDefinition = .offered
  ) throws(QueueingError) -> QueueMetrics {
    try InputValidation.agents(agents, minimum: 1)
    try validate(rate: arrivalRatePerSecond, handleSeconds: handleSeconds, model: model)
    try InputValidation.threshold(thresholdSeconds)
    let load = arrivalRatePerSecond * handleSeconds
    switch model {
    case .erlangC:
      return erlangCMetrics(
        agents: agents, load: load, blocking: ErlangB.blocking(agents: agents, load: load),
        handleSeconds: handleSeconds, thresholdSeconds: thresholdSeconds)
    case .erlangA(let patience):
      return erlangAMetrics(
        agents: agents, load: load, handleSeconds: handleSeconds, patienceSeconds: patience,
        thresholdSeconds: thresholdSeconds, definition: definition)
    }
  }

  /// Returns the smallest number of agents (n ≥ 1; 0 when the arrival rate is 0) meeting
  /// every goal in `target`, in agents.
  ///
  /// Search: Erlang C needs n > A; the occupancy cap needs n ≥ A / cap. From the larger of
  /// the two bounds, one upward pass of the Erlang B recurrence tests each n in O(1) (an
  /// exponential for the service level) and stops at the first n meeting every goal, since
  /// every Erlang C measure improves with n. Erlang A is stable at any n; its measures also
  /// improve with n (service level, ASA and abandonment fall or rise monotonically, as the
  /// chain's death rates grow with n), so the search gallops from ⌈A⌉ (steps 1, 2, 4, …,
  /// down while goals hold, up while they fail) and bisects the bracket: O(log n)
  /// evaluations of `ErlangA`. Throws `unreachableTarget` when nothing up to
  /// A + 100·√A + 1,000 (or A / cap + 1) agents meets the goals, e.g. an ASA of exactly 0.
  public static func minimumAgents(
    arrivalRatePerSecond: Double, handleSeconds: Double, model: QueueModel,
    target: StaffingTarget
  ) throws(QueueingError) -> Int {
    try validate(rate: arrivalRatePerSecond, handleSeconds: handleSeconds, model: model)
    try target.validate()
    let load = arrivalRatePerSecond * handleSeconds
    guard load > 0 else { return 0 }
    guard load <= maximumLoad else { throw .loadTooLarge(load, maximum: maximumLoad) }
    var limit = Int((load + 100 * load.squareRoot() + 1000).rounded(.up))
    let occupancyBound = target.maxOccupancy.map { smallestAgents(load: load, cap: $0) } ?? 1
    guard occupancyBound < maximumAgents else {
      throw .unreachableTarget(searchedUpTo: maximumAgents)
    }
    limit = max(limit, occupancyBound + 1)
    switch model {
    case .erlangC:
      return try searchErlangC(
        load: load, handleSeconds: handleSeconds, target: target,
        from: max(Int(load.rounded(.down)) + 1, occupancyBound), limit: limit)
    case .erlangA(let patience):
      return try searchErlangA(
        load: load, handleSeconds: handleSeconds, patienceSeconds: patience, target: target,
        limit: limit)
    }
  }

  // MARK: - Searches

  private static func searchErlangC(
    load: Double, handleSeconds: Double, target: StaffingTarget, from start: Int, limit: Int
  ) throws(QueueingError) -> Int {
    let threshold = target.serviceLevel?.thresholdSeconds ?? 0
    var blocking = ErlangB.blocking(agents: start, load: load)
    var n = start
    while n <= limit {
      let row = erlangCMetrics(
        agents: n, load: load, blocking: blocking, handleSeconds: handleSeconds,
        thresholdSeconds: threshold)
      if target.isMet(by: row) { return n }
      n += 1
      // The same step as `ErlangB.blocking`, so the values equal `metrics(agents: n …)`.
      let ab = load * blocking
      blocking = ab / (Double(n) + ab)
    }
    throw .unreachableTarget(searchedUpTo: limit)
  }

  private static func searchErlangA(
    load: Double, handleSeconds: Double, patienceSeconds: Double, target: StaffingTarget,
    limit: Int
  ) throws(QueueingError) -> Int {
    let threshold = target.serviceLevel?.thresholdSeconds ?? 0
    let definition = target.serviceLevel?.definition ?? .offered
    func meets(_ n: Int) -> Bool {
      guard n >= 1 else { return false }
      return target.isMet(
        by: erlangAMetrics(
          agents: n, load: load, handleSeconds: handleSeconds, patienceSeconds: patienceSeconds,
          thresholdSeconds: threshold, definition: definition))
    }
    // Bracket (failing, meeting] by galloping from ⌈A⌉, then bisect.
    let guess = min(limit, max(1, Int(load.rounded(.up))))
    var failing: Int
    var meeting: Int
    var step = 1
    if meets(guess) {
      meeting = guess
      failing = guess - step
      while failing >= 1 && meets(failing) {
        meeting = failing
        step *= 2
        failing = max(0, meeting - step)
      }
    } else {
      failing = guess
      meeting = min(limit, guess + step)
      while !meets(meeting) {
        guard meeting < limit else { throw .unreachableTarget(searchedUpTo: limit) }
        failing = meeting
        step *= 2
        meeting = min(limit, failing + step)
      }
    }
    while meeting - failing > 1 {
      let middle = failing + (meeting - failing) / 2
      if meets(middle) { meeting = middle } else { failing = middle }
    }
    return meeting
  }

  // MARK: - Shared rows

  /// Returns the smallest n ≥ 1 with A / n ≤ cap, tested exactly as `occupancy` is computed.
  /// Returns `maximumAgents` (which the caller reports as unreachable) when the cap needs
  /// that many or more, so a tiny cap (5e-324) ends instead of counting up for ever.
  private static func smallestAgents(load: Double, cap: Double) -> Int {
    guard load / cap < Double(maximumAgents) else { return maximumAgents }
    var n = max(1, Int((load / cap).rounded(.up)))
    while n < maximumAgents && ErlangC.occupancy(agents: n, load: load) > cap { n += 1 }
    while n > 1 && ErlangC.occupancy(agents: n - 1, load: load) <= cap { n -= 1 }
    return n
  }

  private static func erlangCMetrics(
    agents: Int, load: Double, blocking: Double, handleSeconds: Double, thresholdSeconds: Double
  ) -> QueueMetrics {
    let c = ErlangC.wait(agents: agents, load: load, blocking: blocking)
    return QueueMetrics(
      agents: agents,
      serviceLevel: ErlangC.serviceLevel(
        agents: agents, load: load, wait: c, handleSeconds: handleSeconds,
        thresholdSeconds: thresholdSeconds),
      asaSeconds: ErlangC.averageSpeedOfAnswer(
        agents: agents, load: load, wait: c, handleSeconds: handleSeconds),
      waitProbability: c, abandonRate: 0,
      occupancy: ErlangC.occupancy(agents: agents, load: load),
      expectedQueueLength: ErlangC.queueLength(agents: agents, load: load, wait: c))
  }

  private static func erlangAMetrics(
    agents: Int, load: Double, handleSeconds: Double, patienceSeconds: Double,
    thresholdSeconds: Double, definition: ServiceLevelDefinition
  ) -> QueueMetrics {
    let p = ErlangA.evaluate(
      agents: agents, load: load, handleSeconds: handleSeconds, patienceSeconds: patienceSeconds,
      thresholdSeconds: thresholdSeconds)
    return QueueMetrics(
      agents: agents, serviceLevel: p.serviceLevel(definition), asaSeconds: p.asaSeconds,
      waitProbability: p.waitProbability, abandonRate: p.abandonProbability,
      occupancy: p.occupancy, expectedQueueLength: p.expectedQueueLength)
  }

  private static func validate(
    rate: Double, handleSeconds: Double, model: QueueModel
  ) throws(QueueingError) {
    try InputValidation.arrivalRate(rate)
    try InputValidation.handleTime(handleSeconds)
    if case .erlangA(let patience) = model { try InputValidation.patience(patience) }
    let load = rate * handleSeconds
    guard load.isFinite else { throw .invalidOfferedLoad(load) }
  }
}
