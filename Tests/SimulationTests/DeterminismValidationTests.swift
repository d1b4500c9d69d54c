import ContactCenter
import Testing

@testable import Simulation

extension ValidationCases {
  static let determinismName = "Determinism"

  /// Returns the names of the fields in which two replication results differ.
  static func differences(_ a: ReplicationResult, _ b: ReplicationResult) -> [String] {
    var fields: [String] = []
    if a.tiers != b.tiers { fields.append("tiers") }
    if a.journeys != b.journeys { fields.append("journeys") }
    if a.pools != b.pools { fields.append("pools") }
    if a.waits != b.waits { fields.append("waits") }
    if a.inSystemAtEnd != b.inSystemAtEnd { fields.append("inSystemAtEnd") }
    if a.simulatedContacts != b.simulatedContacts { fields.append("simulatedContacts") }
    return fields
  }

  /// Scenarios for the determinism checks: tiers, chat, email, day factors, closing hours.
  static let determinismFiles = ["saas-helpdesk-tiers.json", "telecom-multichannel.json"]

  /// Returns rows: threads 1 and 2 give identical results (every field of every
  /// replication), and seeds 1 and 2 give different ones.
  static func determinism() throws -> [ValidationRow] {
    var rows: [ValidationRow] = []
    for file in determinismFiles {
      let loaded = try exampleScenario(file)
      let one = try run(loaded, replications: 4, seed: 1, threads: 1)
      let two = try run(loaded, replications: 4, seed: 1, threads: 2)
      let other = try run(loaded, replications: 4, seed: 2, threads: 2)
      let threadDiffs = zip(one.results, two.results).map { differences($0, $1).count }
        .reduce(0, +)
      let seedSame = zip(one.results, other.results).filter { differences($0, $1).isEmpty }
        .count
      rows.append(
        ValidationRow(
          caseName: determinismName, quantity: "\(file): threads 1 vs 2, fields differing",
          simulated: "\(threadDiffs)", exact: "0", score: "—", passes: threadDiffs == 0))
      rows.append(
        ValidationRow(
          caseName: determinismName,
          quantity: "\(file): seed 1 vs 2, replications identical in every field",
          simulated: "\(seedSame) of 4", exact: "0", score: "—", passes: seedSame == 0))
    }
    return rows
  }
}

@Suite("Validation: determinism across thread counts")
struct DeterminismValidationTests {
  @Test("Threads 1 and 2 give identical results; different seeds give different results")
  func determinism() throws {
    for row in try ValidationCases.determinism() {
      #expect(row.passes, "\(row.quantity): \(row.simulated), expected \(row.exact)")
    }
  }

  @Test("Summaries from threads 1 and 2 are identical")
  func summaries() throws {
    let loaded = try exampleScenario("saas-helpdesk-tiers.json")
    let one = try simulate(loaded, replications: 3, seed: 5, threads: 1)
    let two = try simulate(loaded, replications: 3, seed: 5, threads: 2)
    for (a, b) in zip(one.channels, two.channels) {
      #expect(a.offered == b.offered && a.serviceLevel == b.serviceLevel)
      #expect(a.asaSeconds == b.asaSeconds && a.abandonRate == b.abandonRate)
      #expect(a.handled == b.handled && a.escalations == b.escalations)
    }
    for (a, b) in zip(one.pools, two.pools) { #expect(a.occupancy == b.occupancy) }
  }
}
