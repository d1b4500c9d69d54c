import ContactCenter
import Foundation
import Queueing
import Testing

@testable import Planning

@Suite("warm-started Erlang A search")
struct SlotSearchTests {
  @Test("the walk from the previous interval finds what the bracketing search finds")
  func sameAnswer() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/saas-helpdesk-tiers.json").path
    let scenario = try ScenarioLoader.load(path: file).scenario
    let plan = try StaffingPlanner.plan(scenario, options: StaffingOptions(method: .erlangA))
    var checked = 0
    for row in plan.requirements where row.model == .erlangA || row.model == .erlangASlots {
      guard row.offeredContacts > 0 else { continue }
      let channel = scenario.channels[row.channel]
      let slotsPerAgent = row.model == .erlangASlots ? channel.concurrency?.max ?? 1 : 1
      let direct = try StaffingSearch.minimumAgents(
        arrivalRatePerSecond: row.offeredContacts / scenario.horizon.intervalSeconds,
        handleSeconds: row.handleSeconds,
        model: .erlangA(patienceSeconds: channel.patience?.mean ?? 0),
        target: StaffingTarget(
          serviceLevel: .init(
            fraction: channel.sla.percent / 100, thresholdSeconds: channel.sla.withinSeconds,
            definition: StaffingPlanner.queueingDefinition(channel.sla.definition)),
          maxOccupancy: scenario.occupancyCap))
      #expect(row.netAgents == (direct + slotsPerAgent - 1) / slotsPerAgent)
      checked += 1
    }
    #expect(checked > 500)
  }

  @Test("from any guess, near or far, the walk returns the smallest count")
  func anyGuess() throws {
    let target = StaffingTarget(
      serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20), maxOccupancy: 0.9)
    let search = SlotSearch(
      rate: 1, handleSeconds: 300, model: .erlangA(patienceSeconds: 120), target: target)
    let direct = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: 1, handleSeconds: 300, model: .erlangA(patienceSeconds: 120),
      target: target)
    for previous in [(300.0, direct), (300.0, 1), (10.0, 12), (600.0, 700), (1.0, 1)] {
      #expect(try search.minimumSlots(previous: (previous.0, previous.1)) == direct)
    }
    #expect(try search.minimumSlots(previous: nil) == direct)
  }
}
