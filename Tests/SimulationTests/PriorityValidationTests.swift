import ContactCenter
import Queueing
import Testing

@testable import Simulation

extension ValidationCases {
  static let priorityName =
    "Priorities (100 agents; class 1: 38 Erlangs, class 2: 57 Erlangs; AHT 180 s)"

  /// Two voice channels with the same exponential handle time share one pool of 100 agents;
  /// channel `gold` has priority 1 and `silver` priority 2; service is non-preemptive.
  static let priorityScenario = """
    {
      "name": "priority-validation",
      "description": "Non-preemptive priority M/M/100 with two classes, 38 + 57 Erlangs.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "gold", "kind": "voice", "demand": { "daily": 18240 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" }, "priority": 1 },
        { "id": "silver", "kind": "voice", "demand": { "daily": 27360 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" }, "priority": 2 }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["gold", "silver"], "staffing": 100,
          "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 5, "warmupDays": 1 }
    }
    """

  /// Returns the mean waits (seconds) of each class of a non-preemptive priority M/M/c
  /// queue whose classes share one exponential service rate μ = 1 ÷ `handleSeconds`
  /// (Cobham 1954; Gross, Shortle, Thompson and Harris, *Fundamentals of Queueing Theory*,
  /// 4th ed., § 3.4.1, multiserver nonpreemptive priorities):
  ///
  ///     W_k = W₀ ÷ ((1 − σ_{k−1})·(1 − σ_k)),  W₀ = C(c, A) ÷ (cμ),  σ_k = Σ_{i≤k} λ_i ÷ (cμ)
  ///
  /// Derivation: while anyone waits all c agents are busy and they free up at rate cμ. A
  /// class-k arrival waits for the next free agent if all are busy (mean W₀ by PASTA, C being
  /// Erlang C of the total load, since the number in system is that of FCFS M/M/c), plus one
  /// departure for each contact of class ≤ k already waiting (λ_i·W_i of them, Little) and for
  /// each class < k arrival during its own wait: W_k = W₀ + Σ_{i≤k} ρ_i·W_i + σ_{k−1}·W_k,
  /// which solves by induction to the formula. Check: Σ λ_k·W_k ÷ λ = C ÷ (cμ − λ), the FCFS
  /// Erlang C mean wait (work conservation).
  static func cobhamWaits(agents: Int, loads: [Double], handleSeconds: Double) throws
    -> [Double]
  {
    let total = loads.reduce(0, +)
    let capacity = Double(agents) / handleSeconds
    let w0 = try ErlangC.waitProbability(agents: agents, offeredLoad: total) / capacity
    var sigma = 0.0
    return loads.map { load in
      let previous = sigma
      sigma += load / Double(agents)
      return w0 / ((1 - previous) * (1 - sigma))
    }
  }

  /// The mean wait (ASA; everyone is answered) of each class against Cobham's formula.
  static func priorities() throws -> [ValidationCheck] {
    let simulated = try run(scenario(priorityScenario), replications: 20, seed: 5)
    let waits = try cobhamWaits(agents: 100, loads: [38, 57], handleSeconds: 180)
    return zip(simulated.summary.channels, waits).enumerated().map { k, pair in
      ValidationCheck(
        priorityName, "class \(k + 1) (\(pair.0.id)): mean wait (s)",
        estimate: pair.0.asaSeconds, exact: pair.1, maxHalfWidth: 0.15 * pair.1)
    }
  }
}

extension ValidationCases {
  static let blendingName =
    "Blending (100 agents; voice: 38 Erlangs, email: 57 Erlangs, 24/7; AHT 180 s)"

  /// A voice channel and an email channel (deferrable, 24/7, so never held overnight) share
  /// one pool. Real-time work ranks before deferrable work and service is non-preemptive, so
  /// this is the two-class priority queue again with voice as class 1: Cobham's formula
  /// gives both mean waits. The email's wait runs from its arrival (its first response).
  static let blendingScenario = """
    {
      "name": "blending-validation",
      "description": "Voice before email on one pool: non-preemptive priority M/M/100.",
      "horizon": { "intervalLength": "15m", "days": 7 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 18240 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 80, "within": "20s" } },
        { "id": "email", "kind": "email", "demand": { "daily": 27360 },
          "handleTime": { "distribution": "exponential", "mean": "180s" },
          "sla": { "percent": 90, "within": "1h" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["voice", "email"], "staffing": 100,
          "hourlyCost": 30 }
      ],
      "simulation": { "replications": 20, "seed": 9, "warmupDays": 1 }
    }
    """

  /// Mean waits of voice (class 1) and email (class 2) against Cobham's formula.
  static func blending() throws -> [ValidationCheck] {
    let simulated = try run(scenario(blendingScenario), replications: 20, seed: 9)
    let waits = try cobhamWaits(agents: 100, loads: [38, 57], handleSeconds: 180)
    return zip(simulated.summary.channels, waits).map { channel, wait in
      ValidationCheck(
        blendingName, "\(channel.id): mean wait (s)", estimate: channel.asaSeconds, exact: wait,
        maxHalfWidth: 0.15 * wait)
    }
  }
}

@Suite("Validation: non-preemptive priorities against Cobham's formula")
struct PriorityValidationTests {
  @Test("Cobham's waits average to the FCFS Erlang C wait (work conservation)")
  func cobhamConservesWork() throws {
    let waits = try ValidationCases.cobhamWaits(agents: 100, loads: [38, 57], handleSeconds: 180)
    let fcfs = try ErlangC.averageSpeedOfAnswer(agents: 100, offeredLoad: 95, handleSeconds: 180)
    #expect(abs((38 * waits[0] + 57 * waits[1]) / 95 - fcfs) < 1e-9 * fcfs)
  }

  @Test("Mean waits per class within 4 standard errors of Cobham's formula")
  func priorities() throws {
    expectAll(try ValidationCases.priorities())
  }

  @Test("Email blended behind voice waits as the low-priority class of Cobham's formula")
  func blending() throws {
    expectAll(try ValidationCases.blending())
  }
}
