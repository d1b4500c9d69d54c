// libFuzzer target: scenario decoding, validation and compilation. Built by .ci/fuzz.sh.
// Any input must decode or throw ScenarioError; a decoded scenario must validate again
// (decoding and `Scenario.validate()` share one validator) and compile for simulation.
import ContactCenter
import Foundation
import Simulation

let scenarioDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard
    let scenario = try? ScenarioLoader.decode(
      bytes, file: "fuzz.json", directory: scenarioDirectory)
  else { return 0 }
  do {
    try scenario.validate(file: "fuzz.json")
  } catch {
    fatalError("decoded, but validate() refuses it: \(error)")
  }
  _ = try? CompiledModel(scenario: scenario)
  return 0
}
