import Testing

@testable import Simulation

/// The engine's parts together — calendar, streams, samplers, replications, delta-method
/// estimates — on the one queue whose answer is known in closed form.
@Suite("Engine integration")
struct EngineIntegrationTests {
  private enum Kind: UInt8 {
    case arrival = 0
    case departure = 1
  }

  /// One M/M/1 replication; returns (total wait in queue in seconds, customers served).
  private static func mm1(replication: Int, rho: Double, customers: Int) -> [Double] {
    let streams = RandomStreams(seed: 2_024, replication: UInt64(replication))
    var arrivalRNG = streams.stream(purpose: 0)
    var serviceRNG = streams.stream(purpose: 1)
    let interarrival = try! Sampler.exponential(mean: 1 / rho)
    let service = try! Sampler.exponential(mean: 1)
    var calendar = EventCalendar(minimumCapacity: 4)
    var waiting: [Double] = []
    var head = 0
    var busy = false
    var arrived = 1
    var served = 0
    var totalWait = 0.0
    calendar.schedule(time: interarrival.sample(&arrivalRNG), kind: Kind.arrival.rawValue)
    while let event = calendar.popMin() {
      let now = event.time
      switch Kind(rawValue: event.kind)! {
      case .arrival:
        if arrived < customers {
          calendar.schedule(
            time: now + interarrival.sample(&arrivalRNG), kind: Kind.arrival.rawValue)
          arrived += 1
        }
        if busy {
          waiting.append(now)
        } else {
          busy = true
          calendar.schedule(time: now + service.sample(&serviceRNG), kind: Kind.departure.rawValue)
        }
      case .departure:
        served += 1
        if head < waiting.count {
          totalWait += now - waiting[head]
          head += 1
          calendar.schedule(time: now + service.sample(&serviceRNG), kind: Kind.departure.rawValue)
        } else {
          busy = false
        }
      }
    }
    return [totalWait, Double(served)]
  }

  @Test("M/M/1 at ρ = 0.8: mean wait within 4 standard errors of ρ/(μ(1 − ρ)) = 4 s")
  func mm1MeanWait() throws {
    let results = ParallelReplications.run(count: 20, threads: 2) {
      Self.mm1(replication: $0, rho: 0.8, customers: 40_000)
    }
    #expect(results.allSatisfy { $0[1] == 40_000 })
    let estimate = try #require(
      ReplicationEstimate.ratio(
        numerators: results.map { $0[0] }, denominators: results.map { $0[1] }))
    let standardError = estimate.halfWidth! / ReplicationEstimate.tMultiplier(replications: 20)
    #expect(abs(estimate.estimate - 4) < 4 * standardError, "\(estimate)")
    #expect(standardError < 0.2)  // the test has power: 4 SE is under 20 % of the answer
  }
}
