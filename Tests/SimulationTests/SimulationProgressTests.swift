import ContactCenter
import Foundation
import Testing

@testable import Simulation

/// The progress counter: one count per open interval of the warm-up and horizon days, per
/// replication, and no effect on the results.
@Suite struct SimulationProgressTests {
  /// bank-24x7 is open 24 hours in 15-minute intervals (96 a day) for 7 days after 1 warm-up
  /// day: 768 intervals a replication; 3 replications count 2,304 on any thread count.
  /// The help desk opens 08:00–20:00 (48 intervals) for 5 days after 1 warm-up day: 288.
  @Test(arguments: [("bank-24x7.json", 3, 2_304), ("saas-helpdesk-tiers.json", 2, 576)])
  func countsOpenIntervals(file: String, replications: Int, expected: Int) throws {
    let scenario = try exampleScenario(file)
    let variant = try ExperimentVariant(name: file, scenario: scenario)
    for threads in [1, 2] {
      let counter = SimulationProgress()
      _ = try Experiment.run(
        variant,
        settings: ExperimentSettings(
          seed: 7, replications: replications, threads: threads, progress: counter))
      #expect(counter.intervalsSimulated == expected)
    }
  }

  /// Counting progress does not change a figure: the same seed gives the same estimates.
  @Test func leavesResultsUnchanged() throws {
    let scenario = try exampleScenario("saas-helpdesk-tiers.json")
    let variant = try ExperimentVariant(name: "helpdesk", scenario: scenario)
    let plain = try Experiment.run(
      variant, settings: ExperimentSettings(seed: 3, replications: 2, threads: 2))
    let counted = try Experiment.run(
      variant,
      settings: ExperimentSettings(
        seed: 3, replications: 2, threads: 2, progress: SimulationProgress()))
    #expect(plain.channels.map(\.offered) == counted.channels.map(\.offered))
    #expect(plain.channels.map(\.handled) == counted.channels.map(\.handled))
    #expect(plain.channels.map(\.serviceLevel) == counted.channels.map(\.serviceLevel))
  }
}
