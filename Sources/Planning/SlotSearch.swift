import Queueing

/// The smallest agent (or chat-slot) count meeting a target in one interval, started from
/// a guess made from the previous interval's answer.
///
/// `StaffingSearch.minimumAgents` brackets Erlang A from ⌈A⌉ on every call (about a dozen
/// evaluations). Staffing follows the square-root rule n ≈ A + β√A with β nearly constant
/// between neighbouring intervals, so β from the previous interval's (load, answer) predicts
/// this one's within a step or two. Every measure improves with the agent count, so walking
/// from the guess (down while n − 1 still meets the target, or up until n does) finds the
/// same smallest count as the bracketing search; a walk longer than `maximumSteps` hands over
/// to `StaffingSearch.minimumAgents`. Erlang C always uses `minimumAgents`, whose single
/// upward recurrence is already cheap.
struct SlotSearch {
  let rate: Double
  let handleSeconds: Double
  let model: QueueModel
  let target: StaffingTarget

  /// Steps walked from a hint before falling back to the bracketing search.
  static let maximumSteps = 8

  /// Returns the measures at `n` agents, for the target's threshold and definition.
  func metrics(_ n: Int) throws(QueueingError) -> QueueMetrics {
    try StaffingSearch.metrics(
      agents: n, arrivalRatePerSecond: rate, handleSeconds: handleSeconds, model: model,
      thresholdSeconds: target.serviceLevel?.thresholdSeconds ?? 0,
      definition: target.serviceLevel?.definition ?? .offered)
  }

  /// Whether `n` agents meet every goal, tested as `StaffingTarget` tests it.
  func meets(_ n: Int) throws(QueueingError) -> Bool {
    guard n >= 1 else { return false }
    let m = try metrics(n)
    guard m.asaSeconds.isFinite else { return false }
    if let goal = target.serviceLevel, m.serviceLevel < goal.fraction { return false }
    if let cap = target.maxOccupancy, m.occupancy > cap { return false }
    if let asa = target.maxASASeconds, m.asaSeconds > asa { return false }
    if let rate = target.maxAbandonRate, m.abandonRate > rate { return false }
    return true
  }

  /// Returns the smallest count meeting the target; under Erlang A, walks from the guess
  /// the previous interval's load (Erlangs) and answer give.
  func minimumSlots(previous: (load: Double, slots: Int)?) throws(QueueingError) -> Int {
    guard case .erlangA = model, let previous, previous.load > 0 else {
      return try bracketing()
    }
    let load = rate * handleSeconds
    let beta = (Double(previous.slots) - previous.load) / previous.load.squareRoot()
    let guess = (load + beta * load.squareRoot()).rounded()
    guard guess.isFinite, guess < 1e9 else { return try bracketing() }
    var n = max(1, Int(guess))
    if try meets(n) {
      for _ in 0..<Self.maximumSteps {
        guard try meets(n - 1) else { return n }
        n -= 1
      }
    } else {
      for _ in 0..<Self.maximumSteps {
        n += 1
        if try meets(n) { return n }
      }
    }
    return try bracketing()
  }

  private func bracketing() throws(QueueingError) -> Int {
    try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: rate, handleSeconds: handleSeconds, model: model, target: target)
  }
}
