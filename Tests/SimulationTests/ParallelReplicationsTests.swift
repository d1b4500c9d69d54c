import Testing

@testable import Simulation

@Suite("ParallelReplications")
struct ParallelReplicationsTests {
  /// A stand-in replication: draws from its own stream and returns a summary.
  private static func replication(_ index: Int) -> [Double] {
    var rng = RandomStreams(seed: 77, replication: UInt64(index)).stream(purpose: 0)
    let sampler = try! Sampler.gamma(mean: 10, cv: 0.5)
    var stats = Welford()
    for _ in 0..<(1_000 + 37 * index) { stats.add(sampler.sample(&rng)) }
    return [Double(index), stats.mean, stats.variance!]
  }

  @Test("Results are identical, in index order, for 1, 2, 4 and 64 threads")
  func identicalAcrossThreadCounts() {
    let one = ParallelReplications.run(count: 23, threads: 1, body: Self.replication)
    #expect(one.map { Int($0[0]) } == Array(0..<23))
    for threads in [2, 4, 64] {
      let many = ParallelReplications.run(count: 23, threads: threads, body: Self.replication)
      #expect(many == one, "threads = \(threads)")
    }
    #expect(Set(one.map { $0[1] }).count == 23)  // different replications differ
  }

  @Test("No replications give an empty array; one runs inline")
  func smallCounts() {
    #expect(ParallelReplications.run(count: 0, threads: 4) { $0 }.isEmpty)
    #expect(ParallelReplications.run(count: 1, threads: 4) { $0 * 10 } == [0])
  }
}
