import Testing

@testable import Queueing

/// Erlang B references: exact rational arithmetic with Python's `fractions.Fraction`
/// (B(0) = 1, B(k) = A·B/(k + A·B) in exact rationals, printed to 20 digits with mpmath);
/// the script is reproduced in ErlangCTests.swift. (10 circuits, 4.461 Erlangs) is the 1 %
/// column of the classic Erlang B traffic table.
struct ErlangBTests {
  @Test(
    "Erlang B against exact rational values",
    arguments: [
      (1, 1.0, 0.5),
      (5, 2.0, 0.036697247706422018349),
      (10, 5.0, 0.018384570336648133137),
      (10, 10.0, 0.21458234310734734063),
      (10, 4.461, 0.0099977866879027624576),
      (20, 15.0, 0.04559321558981183873),
      (100, 95.0, 0.048804206178677821302),
      (50, 40.53, 0.021473220500375282689),
    ])
  func tabulated(agents: Int, load: Double, expected: Double) throws {
    let b = try ErlangB.blockingProbability(agents: agents, offeredLoad: load)
    #expect(isClose(b, expected, 1e-14), "\(report(b, expected))")
  }

  @Test("The recurrence start skipped at large loads changes nothing measurable")
  func skippedStartMatchesFullRecurrence() throws {
    for load in [150.0, 1_000, 12_345.6, 100_000] {
      for agents in [Int(load * 0.5), Int(load) - 3, Int(load) + 1, Int(load * 1.1)] {
        var full = 1.0
        for k in 1...agents { full = load * full / (Double(k) + load * full) }
        let fast = try ErlangB.blockingProbability(agents: agents, offeredLoad: load)
        #expect(isClose(fast, full, 1e-13), "n \(agents) A \(load): \(report(fast, full))")
      }
    }
  }

  @Test("Edge cases: no agents, no load, huge counts")
  func edges() throws {
    #expect(try ErlangB.blockingProbability(agents: 0, offeredLoad: 3) == 1)
    #expect(try ErlangB.blockingProbability(agents: 5, offeredLoad: 0) == 0)
    #expect(try ErlangB.blockingProbability(agents: 100_000, offeredLoad: 0.01) == 0)
    let overloaded = try ErlangB.blockingProbability(agents: 1, offeredLoad: 100_000)
    #expect(isClose(overloaded, 100_000.0 / 100_001.0, 1e-15))
  }

  @Test("Invalid input throws a typed error naming the value")
  func invalid() {
    #expect(throws: QueueingError.invalidAgents(-1, minimum: 0)) {
      try ErlangB.blockingProbability(agents: -1, offeredLoad: 1)
    }
    #expect(throws: QueueingError.invalidOfferedLoad(-2)) {
      try ErlangB.blockingProbability(agents: 1, offeredLoad: -2)
    }
    #expect(throws: QueueingError.invalidOfferedLoad(.infinity)) {
      try ErlangB.blockingProbability(agents: 1, offeredLoad: .infinity)
    }
    #expect(throws: QueueingError.self) {
      try ErlangB.blockingProbability(agents: 1, offeredLoad: .nan)
    }
    #expect(QueueingError.invalidOfferedLoad(-2).description.contains("-2.0"))
  }
}
