import Testing

@testable import CCPlanCLI

@Suite("bench")
struct BenchTests {
  @Test("a child's JSON line reads back into the same result")
  func roundTrip() throws {
    let result = BenchResult(
      name: "mmc", contacts: 1_000, wallSeconds: 0.5, peakRSSBytes: 2_048, threads: 1,
      extra: [("replications", .integer(3))])
    let text = "[" + result.json.rendered(pretty: false) + "]"
    let back = try #require(BenchResult(childOutput: text))
    #expect(back.name == "mmc")
    #expect(back.contacts == 1_000)
    #expect(back.contactsPerSecond == 2_000)
    #expect(back.peakRSSBytes == 2_048)
    #expect(back.extra.first?.0 == "replications")
  }

  @Test("an unknown case is a usage error naming the choices")
  func unknownCase() {
    let (status, _, err) = runCLI(["bench", "--case", "mcc"])
    #expect(status == 2)
    #expect(err.contains("expected one of mmc, tiers"))
  }

  @Test("scaling a scenario multiplies demand and staffing")
  func scaling() throws {
    let scenario = try ScenarioFixtures.mmc()
    let scaled = BenchCases.scaled(scenario, by: 100)
    #expect(scaled.channels[0].demand[0] == 47_500)
    #expect(scaled.pools[0].staffing?[0] == 10_000)
  }
}
