import Testing

@testable import Queueing

/// Returns whether `m` meets `target`, checked here from the metrics alone (the search's own
/// check is not reused); Erlang C rows must also be stable (n > A).
private func meets(_ m: QueueMetrics, _ target: StaffingTarget, load: Double, model: QueueModel)
  -> Bool
{
  if model == .erlangC && Double(m.agents) <= load { return false }
  if let sl = target.serviceLevel, m.serviceLevel < sl.fraction { return false }
  if let asa = target.maxASASeconds, !(m.asaSeconds <= asa) { return false }
  if let abandon = target.maxAbandonRate, m.abandonRate > abandon { return false }
  if let cap = target.maxOccupancy, m.occupancy > cap { return false }
  return true
}

private let targets: [StaffingTarget] = [
  StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20)),
  StaffingTarget(
    serviceLevel: .init(fraction: 0.9, thresholdSeconds: 15, definition: .answered),
    maxASASeconds: 10),
  StaffingTarget(maxASASeconds: 30),
  StaffingTarget(maxAbandonRate: 0.03),
  StaffingTarget(maxOccupancy: 0.85),
  StaffingTarget(
    serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20, definition: .excludeShortAbandons),
    maxASASeconds: 15, maxAbandonRate: 0.05, maxOccupancy: 0.9),
]

struct StaffingSearchTests {
  /// 100 calls per 30 min at 180 s, 80/20: 13 agents give 79.56 %, 14 give 88.84 % (exact
  /// values in ErlangCTests), so Erlang C recommends 14.
  @Test("Classic example recommends 14 agents")
  func classic() throws {
    let n = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 100.0 / 1800, handleSeconds: 180, model: .erlangC,
      target: targets[0])
    #expect(n == 14)
  }

  @Test(
    "The answer n meets every target and n − 1 does not",
    arguments: [
      QueueModel.erlangC, .erlangA(patienceSeconds: 120), .erlangA(patienceSeconds: 900),
    ],
    [0.3, 10, 95, 1_000, 10_000])
  func minimality(model: QueueModel, load: Double) throws {
    let handle = 240.0
    let rate = load / handle
    for target in targets {
      let n = try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: rate, handleSeconds: handle, model: model, target: target)
      let threshold = target.serviceLevel?.thresholdSeconds ?? 0
      let definition = target.serviceLevel?.definition ?? .offered
      let at = try StaffingSearch.metrics(
        agents: n, arrivalRatePerSecond: rate, handleSeconds: handle, model: model,
        thresholdSeconds: threshold, definition: definition)
      #expect(meets(at, target, load: load, model: model), "n \(n) should meet \(target)")
      if n > 1 {
        let below = try StaffingSearch.metrics(
          agents: n - 1, arrivalRatePerSecond: rate, handleSeconds: handle, model: model,
          thresholdSeconds: threshold, definition: definition)
        #expect(!meets(below, target, load: load, model: model), "n \(n - 1) meets \(target)")
      }
    }
  }

  @Test("Occupancy cap alone: n ≥ A / cap")
  func occupancyOnly() throws {
    let target = StaffingTarget(maxOccupancy: 0.85)
    let c = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 10.0 / 180, handleSeconds: 180, model: .erlangC, target: target)
    #expect(c == 12)  // 10 / 0.85 = 11.76…
    let exact = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 17.0 / 180, handleSeconds: 180, model: .erlangC,
      target: StaffingTarget(maxOccupancy: 0.5))
    #expect(exact == 34)  // 17 / 34 = 0.5 exactly meets the cap.
    let huge = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 100_000.0 / 180, handleSeconds: 180, model: .erlangC,
      target: StaffingTarget(maxOccupancy: 0.9))
    #expect(huge == 111_112)  // 100,000 / 0.9 = 111,111.1…
  }

  @Test("A cap too small to meet ends the search as unreachable instead of counting for ever")
  func tinyOccupancyCap() {
    for cap in [5e-324, 1e-10, 1e-9] {
      #expect(throws: QueueingError.unreachableTarget(searchedUpTo: StaffingSearch.maximumAgents)) {
        try StaffingSearch.minimumAgents(
          arrivalRatePerSecond: 10.0 / 180, handleSeconds: 180, model: .erlangC,
          target: StaffingTarget(maxOccupancy: cap))
      }
    }
  }

  @Test("No arrivals need no agents; a stable system is the only goal without targets")
  func trivial() throws {
    #expect(
      try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: 0, handleSeconds: 180, model: .erlangC, target: targets[0]) == 0)
    #expect(
      try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: 10.0 / 180, handleSeconds: 180, model: .erlangC,
        target: StaffingTarget()) == 11)
    #expect(
      try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: 10.0 / 180, handleSeconds: 180,
        model: .erlangA(patienceSeconds: 60), target: StaffingTarget()) == 1)
  }

  @Test("metrics() agrees with the Erlang C and Erlang A functions")
  func metricsRow() throws {
    let c = try StaffingSearch.metrics(
      agents: 13, arrivalRatePerSecond: 100.0 / 1800, handleSeconds: 180, model: .erlangC,
      thresholdSeconds: 20)
    #expect(c.waitProbability == (try ErlangC.waitProbability(agents: 13, offeredLoad: 10)))
    #expect(isClose(c.serviceLevel, 0.7955947884177831191, 1e-14))
    #expect(c.abandonRate == 0 && isClose(c.occupancy, 10.0 / 13, 1e-15))
    let a = try StaffingSearch.metrics(
      agents: 100, arrivalRatePerSecond: 95.0 / 180, handleSeconds: 180,
      model: .erlangA(patienceSeconds: 300), thresholdSeconds: 20, definition: .answered)
    let reference = erlangAReferences[3]
    #expect(isClose(a.abandonRate, reference.abandon, 1e-12))
    #expect(isClose(a.serviceLevel, reference.answeredWithin / (1 - reference.abandon), 1e-12))
    #expect(isClose(a.asaSeconds, reference.asa, 1e-12))
  }

  @Test("Invalid targets and inputs throw typed errors")
  func invalid() {
    func solve(_ target: StaffingTarget, rate: Double = 0.1, handle: Double = 180) throws {
      _ = try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: rate, handleSeconds: handle, model: .erlangC, target: target)
    }
    #expect(throws: QueueingError.invalidServiceLevelTarget(0)) {
      try solve(StaffingTarget(serviceLevel: .init(fraction: 0, thresholdSeconds: 20)))
    }
    #expect(throws: QueueingError.invalidServiceLevelTarget(80)) {
      try solve(StaffingTarget(serviceLevel: .init(fraction: 80, thresholdSeconds: 20)))
    }
    #expect(throws: QueueingError.invalidThreshold(-5)) {
      try solve(StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: -5)))
    }
    #expect(throws: QueueingError.invalidMaxASA(-1)) {
      try solve(StaffingTarget(maxASASeconds: -1))
    }
    #expect(throws: QueueingError.invalidMaxAbandonRate(1.5)) {
      try solve(StaffingTarget(maxAbandonRate: 1.5))
    }
    #expect(throws: QueueingError.invalidMaxOccupancy(0)) {
      try solve(StaffingTarget(maxOccupancy: 0))
    }
    #expect(throws: QueueingError.invalidArrivalRate(-0.1)) {
      try solve(StaffingTarget(), rate: -0.1)
    }
    #expect(throws: QueueingError.invalidHandleTime(0)) { try solve(StaffingTarget(), handle: 0) }
    #expect(throws: QueueingError.loadTooLarge(1e9, maximum: StaffingSearch.maximumLoad)) {
      try solve(StaffingTarget(), rate: 1e6, handle: 1_000)
    }
    #expect(throws: QueueingError.invalidPatience(-2)) {
      _ = try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: 1, handleSeconds: 1, model: .erlangA(patienceSeconds: -2),
        target: StaffingTarget())
    }
    #expect(throws: QueueingError.invalidAgents(0, minimum: 1)) {
      _ = try StaffingSearch.metrics(
        agents: 0, arrivalRatePerSecond: 1, handleSeconds: 1, model: .erlangC,
        thresholdSeconds: 20)
    }
  }
}
