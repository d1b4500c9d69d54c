import Testing

@testable import Queueing

/// Every measure stays a number over the planning range (1 to 100,000 agents, 0.01 to
/// 100,000 Erlangs), and the measures move the right way as agents are added.
struct NumericalRangeTests {
  static let agentCounts = [1, 10, 1_000, 100_000]
  static let loads = [0.01, 1, 10, 1_000, 100_000]

  @Test("Erlang B and C: no NaN or infinity except an unstable ASA", arguments: agentCounts, loads)
  func erlangC(agents: Int, load: Double) throws {
    let b = try ErlangB.blockingProbability(agents: agents, offeredLoad: load)
    let c = try ErlangC.waitProbability(agents: agents, offeredLoad: load)
    let sl = try ErlangC.serviceLevel(
      agents: agents, offeredLoad: load, handleSeconds: 180, thresholdSeconds: 20)
    let asa = try ErlangC.averageSpeedOfAnswer(
      agents: agents, offeredLoad: load, handleSeconds: 180)
    for value in [b, c, sl] { #expect(value >= 0 && value <= 1) }
    #expect(Double(agents) > load ? asa.isFinite && asa >= 0 : asa == .infinity)
  }

  @Test("Erlang A: every measure finite and in range", arguments: agentCounts, loads)
  func erlangA(agents: Int, load: Double) throws {
    for patience in [30.0, 600] {
      let p = try ErlangA.performance(
        agents: agents, offeredLoad: load, handleSeconds: 180, patienceSeconds: patience,
        thresholdSeconds: 20)
      let fractions = [
        p.waitProbability, p.abandonProbability, p.answeredWithinThreshold,
        p.abandonedWithinThreshold, p.occupancy, p.answeredProbability,
      ]
      for value in fractions { #expect(value >= 0 && value <= 1, "\(p)") }
      for definition in ServiceLevelDefinition.allCases {
        let sl = p.serviceLevel(definition)
        #expect(sl >= 0 && sl <= 1, "\(definition) \(p)")
      }
      #expect(p.asaSeconds.isFinite && p.asaSeconds >= 0, "\(p)")
      #expect(p.expectedQueueLength.isFinite && p.expectedQueueLength >= 0, "\(p)")
      #expect(isClose(p.answeredProbability, 1 - p.abandonProbability, 1e-12))
    }
  }

  @Test("Erlang C: service level rises and ASA falls with agents")
  func erlangCMonotone() throws {
    for (load, range) in [(40.0, 41...90), (10_000.0, 10_001...10_400)] {
      var previous = (sl: -1.0, asa: Double.infinity)
      for n in range {
        let sl = try ErlangC.serviceLevel(
          agents: n, offeredLoad: load, handleSeconds: 180, thresholdSeconds: 20)
        let asa = try ErlangC.averageSpeedOfAnswer(agents: n, offeredLoad: load, handleSeconds: 180)
        #expect(sl >= previous.sl && asa <= previous.asa, "n \(n) A \(load)")
        previous = (sl, asa)
      }
    }
  }

  @Test("Erlang A: each service level rises, ASA and abandonment fall with agents")
  func erlangAMonotone() throws {
    for (load, range) in [
      (50.0, Array(1...90)), (10_000.0, Array(stride(from: 9_000, to: 10_400, by: 25))),
    ] {
      for patience in [60.0, 600] {
        var previousSL = [Double](repeating: -1, count: 3)
        var previousASA = Double.infinity
        var previousAbandon = 2.0
        for n in range {
          let p = try ErlangA.performance(
            agents: n, offeredLoad: load, handleSeconds: 180, patienceSeconds: patience,
            thresholdSeconds: 20)
          for (index, definition) in ServiceLevelDefinition.allCases.enumerated() {
            let sl = p.serviceLevel(definition)
            // Absolute accuracy is about 1e-13 where the level is near 0 or 1 (a difference
            // of two probabilities), so only larger drops count.
            #expect(sl >= previousSL[index] - 1e-12, "\(definition) n \(n) A \(load) P \(patience)")
            previousSL[index] = sl
          }
          #expect(p.asaSeconds <= previousASA * (1 + 1e-14), "ASA n \(n) A \(load)")
          #expect(p.abandonProbability <= previousAbandon, "abandon n \(n) A \(load)")
          previousASA = p.asaSeconds
          previousAbandon = p.abandonProbability
        }
      }
    }
  }
}
