import Foundation
import Testing

@testable import ContactCenter

/// The help desk example, whose ids (voice, chat, email; tier1, tier2, tier3) the paths use.
func helpdesk() throws -> Scenario {
  try ScenarioLoader.load(
    path: scenariosDirectory.appendingPathComponent("saas-helpdesk-tiers.json").path
  )
  .scenario
}

/// Returns `scenario` with the override of `path` applied and validated.
func overriding(
  _ scenario: Scenario, _ path: String, _ operation: ScenarioOverride.Operation
) throws -> Scenario {
  let parsed = try ScenarioPath.parse(path, in: scenario)
  return try ScenarioOverride.apply(
    [ScenarioOverride(path: parsed, operation: operation)], to: scenario)
}

@Suite("Path-based scenario overrides")
struct ScenarioOverrideTests {
  @Test("handleTime.mean set keeps the cv; scale multiplies the mean")
  func handleTime() throws {
    let base = try helpdesk()
    let set = try overriding(base, "channels[voice].handleTime.mean", .set(300))
    #expect(set.channel("voice")?.handleTime.mean == 300)
    #expect(set.channel("voice")?.handleTime.cv == base.channel("voice")?.handleTime.cv)
    #expect(set.channel("chat") == base.channel("chat"))
    let scaled = try overriding(base, "channels[chat].handleTime.mean", .scale(1.5))
    #expect(scaled.channel("chat")?.handleTime.mean == 8 * 60 * 1.5)
  }

  @Test("concurrency.max cuts or extends the handle-time factors")
  func concurrency() throws {
    let base = try helpdesk()
    let two = try overriding(base, "channels[chat].concurrency.max", .set(2))
    #expect(two.channel("chat")?.concurrency == Concurrency(max: 2, handleTimeFactor: [1.0, 1.25]))
    let four = try overriding(base, "channels[chat].concurrency.max", .set(4))
    let factors = try #require(four.channel("chat")?.concurrency?.handleTimeFactor)
    #expect(factors.count == 4)
    #expect(abs(factors[3] - (1.6 + 0.35)) < 1e-12)
  }

  @Test("demand and staffing scale every element; staffing set is one number everywhere")
  func arrays() throws {
    let base = try helpdesk()
    let demand = try overriding(base, "channels[voice].demand", .scale(1.1))
    let before = try #require(base.channel("voice")).demand
    let after = try #require(demand.channel("voice")).demand
    #expect(after.count == before.count)
    #expect(zip(after, before).allSatisfy { abs($0 - $1 * 1.1) < 1e-9 })
    let scaled = try overriding(base, "pools[tier1].staffing", .scale(1.1))
    let rows = try #require(base.pool("tier1")?.staffing)
    // 62 × 1.1 = 68.2 → 68; 85 × 1.1 = 93.5 → 94 (rounded half away from zero).
    #expect(scaled.pool("tier1")?.staffing?[0] == 68)
    #expect(scaled.pool("tier1")?.staffing?[5] == 94)
    #expect(scaled.pool("tier1")?.staffing?.count == rows.count)
    let set = try overriding(base, "pools[tier3].staffing", .set(4))
    #expect(set.pool("tier3")?.staffing == Array(repeating: 4, count: rows.count))
  }

  @Test("patience, deflection, sla, costs, fcr, shrinkage, occupancy cap, day factor")
  func scalars() throws {
    let base = try helpdesk()
    #expect(
      try overriding(base, "channels[voice].patience.mean", .set(90)).channel("voice")?
        .patience?.mean == 90)
    #expect(
      try overriding(base, "channels[chat].deflection", .set(0.3)).channel("chat")?.deflection
        == 0.3)
    #expect(
      try overriding(base, "channels[voice].sla.percent", .set(90)).channel("voice")?.sla
        .percent == 90)
    #expect(
      try overriding(base, "pools[tier1].hourlyCost", .scale(2)).pool("tier1")?.hourlyCost == 56)
    #expect(
      try overriding(base, "pools[tier1].fcr.voice", .set(0.8)).pool("tier1")?.fcr(for: "voice")
        == 0.8)
    #expect(try overriding(base, "shrinkage", .set(0.25)).shrinkage == 0.25)
    #expect(try overriding(base, "occupancyCap", .set(0.9)).occupancyCap == 0.9)
    #expect(try overriding(base, "costs.overhead", .set(0.3)).costs.overhead == 0.3)
    #expect(try overriding(base, "demandUncertainty.dayFactorCV", .set(0)).dayFactorCV == 0)
  }

  @Test("an unknown id or field names the path and suggests the closest name")
  func badPaths() throws {
    let base = try helpdesk()
    let cases: [(String, String)] = [
      ("channels[voic].handleTime.mean", "did you mean 'voice'?"),
      ("channels[voice].handleTim.mean", "did you mean 'handleTime.mean'?"),
      ("pools[tier4].staffing", "did you mean 'tier1'?"),
      ("pools[tier1].stafing", "did you mean 'staffing'?"),
      ("pools[tier1].fcr.vioce", "did you mean 'voice'?"),
      ("shrinkge", "did you mean 'shrinkage'?"),
      ("chanels[voice].demand", "did you mean 'channels[<id>]'?"),
    ]
    for (path, suggestion) in cases {
      #expect(throws: ScenarioPathError.self, "\(path)") { try ScenarioPath.parse(path, in: base) }
      do {
        _ = try ScenarioPath.parse(path, in: base)
      } catch {
        #expect(error.path == path)
        #expect(error.message.contains(suggestion), "\(error)")
      }
    }
  }

  @Test("an invalid result is an error naming the override and the invalid field")
  func invalidResult() throws {
    let base = try helpdesk()
    do {
      _ = try overriding(base, "channels[chat].concurrency.max", .set(60))
      Issue.record("a concurrency of 60 was accepted")
    } catch let error as ScenarioPathError {
      #expect(error.path == "channels[chat].concurrency.max = 60")
      #expect(error.message.contains("channels[1].concurrency.max"), "\(error)")
    }
    #expect(throws: ScenarioPathError.self) {
      try overriding(base, "channels[voice].deflection", .set(1.5))
    }
    #expect(throws: ScenarioPathError.self) {
      try overriding(base, "channels[voice].demand", .set(10))
    }
    #expect(throws: ScenarioPathError.self) {
      try overriding(base, "channels[email].patience.mean", .set(60))
    }
  }
}
