import Foundation
import Testing

@testable import ContactCenter

@Suite("Example scenarios")
struct ExampleScenarioTests {
  static let files = [
    "retail-customer-service.json", "saas-helpdesk-tiers.json", "bank-24x7.json",
    "telecom-multichannel.json", "mmc-validation.json",
  ]

  @Test("every example scenario decodes and validates", arguments: files)
  func decodes(file: String) throws {
    let loaded = try ScenarioLoader.load(path: scenariosDirectory.appendingPathComponent(file).path)
    #expect(loaded.scenario.name + ".json" == file)
    for channel in loaded.scenario.channels {
      #expect(channel.demand.count == loaded.scenario.horizon.openIntervals)
    }
    for pool in loaded.scenario.pools {
      #expect(pool.staffing?.count == loaded.scenario.horizon.openIntervals)
    }
  }

  @Test("mmc-validation is the M/M/100 model at 95 Erlangs")
  func mmcValidation() throws {
    let scenario = try ScenarioLoader.load(
      path: scenariosDirectory.appendingPathComponent("mmc-validation.json").path
    )
    .scenario
    #expect(scenario.horizon.isAlwaysOpen)
    #expect(scenario.horizon.days == 7)
    #expect(scenario.simulation.warmupDays == 1)
    let voice = try #require(scenario.channel("voice"))
    #expect(voice.handleTime == .exponential(mean: 180))
    #expect(voice.patience == nil)
    // 1,900 calls per hour = 475 per 15-minute interval; load = 1900 × 180 / 3600 = 95 Erlangs.
    #expect(voice.demand.allSatisfy { abs($0 - 475) < 1e-9 })
    #expect(scenario.pools[0].staffing?.allSatisfy { $0 == 100 } == true)
  }

  @Test("saas-helpdesk-tiers follows the DESIGN.md sketch: tiers, costs, forecast CSV")
  func saasTiers() throws {
    let scenario = try ScenarioLoader.load(
      path: scenariosDirectory.appendingPathComponent("saas-helpdesk-tiers.json").path
    ).scenario
    #expect(scenario.pools.map(\.tier) == [1, 2, 3])
    #expect(scenario.pools[2].hourlyCost == 2 * (scenario.pools[0].hourlyCost ?? 0))
    #expect(scenario.pools[1].skill(for: "voice")?.handleTimeFactor == 1.6)
    #expect(
      scenario.channel("chat")?.concurrency
        == Concurrency(max: 3, handleTimeFactor: [1, 1.25, 1.6]))
    #expect(scenario.shrinkage == 0.3)
    // The email forecast has one day of 48 rows, repeated for the 5 days.
    let email = try #require(scenario.channel("email"))
    #expect(email.demand.count == 240)
    #expect(Array(email.demand[0..<48]) == Array(email.demand[192..<240]))
    #expect(abs(email.demand[0..<48].reduce(0, +) - 900) < 0.5)
  }
}
