import ContactCenter
import Foundation
import Planning

extension BenchCases {
  /// Times `staff --method simulation` on the help desk (all cores): iterations, whether it
  /// converged, and the wall time, against the goal of under a minute on 2 cores.
  static func simulationStaffing(quick: Bool, scenarios: String, threads: Int) throws
    -> BenchResult
  {
    let path = URL(fileURLWithPath: scenarios).appendingPathComponent("saas-helpdesk-tiers.json")
      .path
    let scenario = try ScenarioLoader.load(path: path).scenario
    let settings = SimulationStaffingSettings(
      replications: quick ? 4 : scenario.simulation.replications, seed: scenario.simulation.seed,
      threads: threads, maxIterations: quick ? 4 : 40)
    let (result, wall) = try ProcessStats.time { () throws -> SimulationStaffing in
      try SimulationStaffing(scenario: scenario, options: StaffingOptions(), settings: settings)
    }
    return BenchResult(
      name: "simstaff", contacts: 0, wallSeconds: wall, peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: threads,
      extra: [
        ("iterations", .number(Double(result.iterations.count))),
        ("converged", .bool(result.converged)),
        ("replications", .integer(settings.replications)),
      ])
  }
}
