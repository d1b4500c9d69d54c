import Foundation
import Testing

@testable import Queueing

/// Erlang C references. Exact values come from this one-off script (Python 3.11, mpmath
/// 1.3.0): B and C in exact rationals, the service level's exponential in 50 digits.
///
///     from fractions import Fraction as Fr
///     from mpmath import mp, mpf, exp
///     mp.dps = 50
///     def B(n, A):
///         b = Fr(1)
///         for k in range(1, n + 1): b = A * b / (k + A * b)
///         return b
///     def C(n, A):
///         b = B(n, A); return n * b / (n - A * (1 - b))
///     # SL(t) = 1 - C * exp(-(n - A) t / AHT); ASA = C AHT / (n - A); Lq = C A / (n - A)
struct ErlangCTests {
  /// The worked example used across call-centre training material (e.g. Call Centre
  /// Helper, "Erlang C Formula – Made Simple"): 100 calls per 30 minutes, AHT 180 s, so
  /// A = 10 Erlangs, target 80 % within 20 s; 13 agents miss it (P(wait) ≈ 0.2853) and 14
  /// meet it. Values: the script above.
  @Test(
    "Classic 100 calls per half hour at AHT 180 s",
    arguments: [
      (11, 0.68211820468933237413, 0.38961381172915337724, 122.78127684407982734),
      (12, 0.44938822429827086858, 0.64015804037400657413, 40.444940186844378172),
      (13, 0.28527045303649293634, 0.7955947884177831191, 17.11622718218957618),
      (14, 0.17413193359504984264, 0.88835001917946688425, 7.835937011777242919),
      (15, 0.10204236700798800614, 0.94145284286902232567, 3.6735252122875682209),
    ])
  func classicExample(agents: Int, wait: Double, serviceLevel: Double, asa: Double) throws {
    let c = try ErlangC.waitProbability(agents: agents, offeredLoad: 10)
    let sl = try ErlangC.serviceLevel(
      agents: agents, offeredLoad: 10, handleSeconds: 180, thresholdSeconds: 20)
    let speed = try ErlangC.averageSpeedOfAnswer(
      agents: agents, offeredLoad: 10, handleSeconds: 180)
    let queue = try ErlangC.expectedQueueLength(agents: agents, offeredLoad: 10)
    #expect(isClose(c, wait, 1e-14), "\(report(c, wait))")
    #expect(isClose(sl, serviceLevel, 1e-14), "\(report(sl, serviceLevel))")
    #expect(isClose(speed, asa, 1e-13), "\(report(speed, asa))")
    #expect(isClose(queue, wait * 10 / Double(agents - 10), 1e-14))
  }

  /// Westbay Engineers, "The Erlang-C Formula": 360 calls per half hour, 4-minute calls,
  /// 55 agents, 15 s target: A = 48 Erlangs, P(wait) 0.2387, ASA 8.18 s, SL 84.6 %
  /// (published, rounded). Full digits: the script above.
  @Test("Westbay Engineers' worked example")
  func westbayExample() throws {
    let c = try ErlangC.waitProbability(agents: 55, offeredLoad: 48)
    let sl = try ErlangC.serviceLevel(
      agents: 55, offeredLoad: 48, handleSeconds: 240, thresholdSeconds: 15)
    let asa = try ErlangC.averageSpeedOfAnswer(agents: 55, offeredLoad: 48, handleSeconds: 240)
    #expect(isClose(c, 0.23870093637800921875, 1e-14))
    #expect(isClose(sl, 0.84588309217058033912, 1e-14))
    #expect(isClose(asa, 8.1840321043888875, 1e-13))
    #expect(abs(c - 0.2387) < 5e-5 && abs(asa - 8.18) < 5e-3 && abs(sl - 0.846) < 5e-4)
    #expect(isClose(try ErlangC.occupancy(agents: 55, offeredLoad: 48), 48.0 / 55.0, 1e-15))
  }

  /// The 80/20 row every planner knows: 100 agents, 95 Erlangs, AHT 180 s gives 70.94 %.
  @Test("100 agents at 95 Erlangs: SL 0.7094")
  func hundredAgents() throws {
    let sl = try ErlangC.serviceLevel(
      agents: 100, offeredLoad: 95, handleSeconds: 180, thresholdSeconds: 20)
    #expect((sl * 10_000).rounded() == 7094)
    #expect(isClose(sl, 0.70941864761148615707, 1e-14), "\(report(sl, 0.70941864761148615707))")
  }

  /// C = n·B / (n − A(1 − B)) with B from `ErlangB`, and C against its definition summed
  /// directly in the test: (Aⁿ/n!·n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n!·n/(n−A)).
  @Test("Identity with Erlang B and the defining sum")
  func identity() throws {
    for agents in [1, 2, 5, 17, 60, 150] {
      for fraction in [0.05, 0.5, 0.9, 0.99] {
        let load = fraction * Double(agents)
        let b = try ErlangB.blockingProbability(agents: agents, offeredLoad: load)
        let c = try ErlangC.waitProbability(agents: agents, offeredLoad: load)
        let n = Double(agents)
        let viaB = n * b / (n - load * (1 - b))
        var term = 1.0
        var below = 0.0
        for k in 0..<agents {
          below += term
          term *= load / Double(k + 1)
        }
        let top = term * n / (n - load)
        let direct = top / (below + top)
        #expect(isClose(c, viaB, 1e-15), "n \(agents) A \(load): \(report(c, viaB))")
        #expect(isClose(c, direct, 1e-12), "n \(agents) A \(load): \(report(c, direct))")
      }
    }
  }

  @Test("Unstable and empty systems: no NaN")
  func unstableAndEmpty() throws {
    for load in [10.0, 10.5, 1e5] {
      #expect(try ErlangC.waitProbability(agents: 10, offeredLoad: load) == 1)
      #expect(
        try ErlangC.serviceLevel(
          agents: 10, offeredLoad: load, handleSeconds: 180, thresholdSeconds: 20) == 0)
      #expect(
        try ErlangC.averageSpeedOfAnswer(agents: 10, offeredLoad: load, handleSeconds: 180)
          == .infinity)
      #expect(try ErlangC.expectedQueueLength(agents: 10, offeredLoad: load) == .infinity)
      #expect(try ErlangC.occupancy(agents: 10, offeredLoad: load) == 1)
    }
    #expect(try ErlangC.waitProbability(agents: 3, offeredLoad: 0) == 0)
    #expect(
      try ErlangC.serviceLevel(agents: 3, offeredLoad: 0, handleSeconds: 60, thresholdSeconds: 0)
        == 1)
    #expect(try ErlangC.averageSpeedOfAnswer(agents: 3, offeredLoad: 0, handleSeconds: 60) == 0)
  }

  @Test("Invalid input throws typed errors")
  func invalid() {
    #expect(throws: QueueingError.invalidAgents(0, minimum: 1)) {
      try ErlangC.waitProbability(agents: 0, offeredLoad: 1)
    }
    #expect(throws: QueueingError.invalidHandleTime(0)) {
      try ErlangC.averageSpeedOfAnswer(agents: 2, offeredLoad: 1, handleSeconds: 0)
    }
    #expect(throws: QueueingError.invalidThreshold(-1)) {
      try ErlangC.serviceLevel(
        agents: 2, offeredLoad: 1, handleSeconds: 60, thresholdSeconds: -1)
    }
    #expect(throws: QueueingError.invalidOfferedLoad(-0.5)) {
      try ErlangC.occupancy(agents: 2, offeredLoad: -0.5)
    }
    let error = #expect(throws: QueueingError.self) {
      try ErlangC.serviceLevel(
        agents: 2, offeredLoad: 1, handleSeconds: .nan, thresholdSeconds: 20)
    }
    if case .invalidHandleTime(let value)? = error {
      #expect(value.isNaN)
    } else {
      Issue.record("expected invalidHandleTime, got \(String(describing: error))")
    }
  }
}
