import ContactCenter
import Foundation

@testable import Simulation

/// The repository's scenarios folder, found relative to this file.
let scenariosDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios")

/// Loads an example scenario by file name.
func exampleScenario(_ file: String) throws -> Scenario {
  try ScenarioLoader.load(path: scenariosDirectory.appendingPathComponent(file).path).scenario
}

/// Decodes a scenario from JSON text.
func scenario(_ text: String) throws -> Scenario {
  try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: scenariosDirectory)
}

/// Simulates a scenario and returns its summary.
func simulate(_ scenario: Scenario, replications: Int, seed: UInt64 = 1, threads: Int = 2) throws
  -> SimulationSummary
{
  let model = try CompiledModel(scenario: scenario)
  let results = SimulationRunner.run(
    model: model, seed: seed, replications: replications, threads: threads,
    dayFactorCV: scenario.dayFactorCV)
  return SimulationSummary(scenario: scenario, model: model, results: results)
}
