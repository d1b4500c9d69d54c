import ContactCenter
import Foundation
import Queueing
import Simulation
import Testing

@testable import Planning

/// Staffing for a share of days under the gamma day factor (`--confidence`): the plan is
/// the smallest meeting the target on the quantile day, and in simulation the target holds
/// on at least that share of days, where the plan for the forecast as written does not.
@Suite("forecast risk")
struct ForecastRiskTests {
  /// A 24/7 day of 1-hour intervals, 20 Erlangs of voice (5,760 calls at 300 s), 80/20, with
  /// a day factor of cv `cv`.
  static func text(cv: Double, days: Int = 1) -> String {
    """
    { "name": "risk", "horizon": { "intervalLength": "1h", "days": \(days) },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": { "daily": 5760 },
          "handleTime": { "distribution": "exponential", "mean": "300s" },
          "sla": { "percent": 80, "within": "20s" } } ],
      "pools": [ { "id": "p", "tier": 1, "skills": ["voice"], "hourlyCost": 20 } ],
      "occupancyCap": "100%", "demandUncertainty": { "dayFactorCV": \(cv) },
      "simulation": { "replications": 20, "seed": 11, "warmupDays": 1 } }
    """
  }

  @Test("The plan for the 90% day is Erlang C's smallest staffing at the day factor's 90% quantile")
  func quantileDayPlan() throws {
    let scenario = try scenario(Self.text(cv: 0.2))
    let options = StaffingOptions(confidence: 0.9)
    // The 90% point of gamma(shape 25, scale 0.04): χ²(50) at 0.90 is 63.167121 (A&S 26.8),
    // and the mean-one variate is χ²/50.
    #expect(abs(options.riskFactor(for: scenario) - 63.167121 / 50) <= 1e-6)
    let load = 20 * options.riskFactor(for: scenario)
    let plan = try StaffingPlanner.plan(scenario, options: options)
    let expected = referenceErlangC(
      load: load, handleSeconds: 300, thresholdSeconds: 20, fraction: 0.8)
    #expect(plan.pools[0].netAgents.allSatisfy { $0 == expected.agents })
    let asWritten = try StaffingPlanner.plan(scenario)
    #expect(asWritten.pools[0].netAgents.allSatisfy { $0 < expected.agents })
  }

  @Test("Without uncertainty a confidence changes nothing; out-of-range values are refused")
  func edges() throws {
    let scenario = try scenario(Self.text(cv: 0))
    #expect(StaffingOptions(confidence: 0.99).riskFactor(for: scenario) == 1)
    #expect(StaffingOptions(confidence: 0.9, forecastCV: 0.2).dayFactorCV(of: scenario) == 0.2)
    #expect(throws: PlanningError.self) { try StaffingOptions(confidence: 1).validate() }
    #expect(throws: PlanningError.self) { try StaffingOptions(forecastCV: 1.5).validate() }
  }

  @Test(
    "Simulated on random days, the 90% plan meets 80/20 on at least 90% of days; the plan as written on far fewer"
  )
  func shareOfDays() throws {
    let scenario = try scenario(Self.text(cv: 0.2, days: 3))
    let settings = ExperimentSettings(seed: 5, replications: 100, threads: 2, detail: .headline)
    func share(_ options: StaffingOptions) throws -> DayServiceLevels {
      let plan = try StaffingPlanner.plan(scenario, options: options)
      let variant = try ExperimentVariant(
        name: "plan", scenario: scenario, staffing: plan.pools.map(\.scheduledHeadcount))
      return try #require(
        try Experiment.run(variant, settings: settings).channels[0].dayServiceLevels)
    }
    let risk = try share(StaffingOptions(confidence: 0.9))
    let asWritten = try share(StaffingOptions())
    #expect(risk.days == 300 && asWritten.days == 300)
    // Binomial standard error of a share over 300 days, at most √(0.25/300) ≈ 0.029.
    let se = (0.25 / 300.0).squareRoot()
    #expect(risk.shareMeetingTarget >= 0.9 - 4 * (0.09 / 300.0).squareRoot(), "\(risk)")
    #expect(asWritten.shareMeetingTarget < risk.shareMeetingTarget - 4 * se, "\(asWritten)")
    // Nearest rank: the 10th percentile (the 30th smallest day) meets the target exactly
    // when fewer than 30 days miss it.
    #expect((risk.p10 >= 0.8 - 1e-12) == (risk.shareMeetingTarget > 0.9), "\(risk)")
  }
}
