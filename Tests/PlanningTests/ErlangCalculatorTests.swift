import Queueing
import Testing

@testable import Planning

@Suite("the erlang calculator")
struct ErlangCalculatorTests {
  static let classic = ErlangCalculator.Input(
    contacts: 100, periodSeconds: 1800, handleSeconds: 180,
    serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20))

  @Test("100 calls per 30 min at 180 s, 80/20: the agent count an exact Erlang C gives")
  func classicExample() throws {
    let result = try ErlangCalculator.compute(Self.classic)
    // 100 ÷ 1800 s × 180 s = 10 Erlangs. The independent recurrence in TestSupport gives
    // SL(13) = 0.796 < 0.8 and SL(14) = 0.888, so 14 agents.
    let reference = referenceErlangC(
      load: 10, handleSeconds: 180, thresholdSeconds: 20, fraction: 0.8)
    #expect(reference.agents == 14)
    #expect(result.loadErlangs == 10)
    #expect(result.recommendedAgents == reference.agents)
    #expect(result.rows.map(\.metrics.agents) == Array(11...17))
    for row in result.rows {
      let sl = referenceServiceLevel(
        agents: row.metrics.agents, load: 10, handleSeconds: 180, thresholdSeconds: 20)
      #expect(abs(row.metrics.serviceLevel - sl) < 1e-12)
    }
  }

  @Test("requested agents join the rows; unstable rows carry a note; shrinkage schedules")
  func unstableAndShrinkage() throws {
    var input = Self.classic
    input.agents = 9
    input.shrinkage = 0.3
    let result = try ErlangCalculator.compute(input)
    #expect(result.rows.first?.metrics.agents == 9)
    #expect(result.rows.first?.note?.contains("unstable") == true)
    #expect(result.rows.first?.metrics.asaSeconds == .infinity)
    // ⌈14 ÷ 0.7⌉ = 20.
    #expect(result.scheduledHeadcount == 20)
  }

  @Test("with patience the model is Erlang A and abandonment is reported")
  func erlangA() throws {
    var input = Self.classic
    input.patienceSeconds = 120
    input.maxAbandonRate = 0.05
    let result = try ErlangCalculator.compute(input)
    #expect(result.model == .erlangA(patienceSeconds: 120))
    let chosen = try #require(result.rows.first { $0.metrics.agents == result.recommendedAgents })
    #expect(chosen.metrics.abandonRate <= 0.05)
    let below = try #require(
      result.rows.first { $0.metrics.agents == result.recommendedAgents - 1 })
    #expect(below.metrics.abandonRate > 0.05 || below.metrics.serviceLevel < 0.8)
  }
}
