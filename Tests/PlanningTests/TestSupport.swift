import ContactCenter
import Foundation

/// Decodes a scenario from JSON text (CSV files would be looked up in the temporary folder).
func scenario(_ json: String) throws -> Scenario {
  try ScenarioLoader.decode(
    Array(json.utf8), file: "test.json", directory: FileManager.default.temporaryDirectory)
}

/// An independent Erlang C reference: the Erlang B recurrence B(k) = A·B(k−1) / (k + A·B(k−1)),
/// then C = n·B / (n − A(1 − B)) and SL = 1 − C·e^{−(n−A)t/h}; returns the smallest n with
/// SL ≥ `fraction` and A/n ≤ `cap`, and the SL there.
func referenceErlangC(
  load: Double, handleSeconds: Double, thresholdSeconds: Double, fraction: Double,
  cap: Double = 1
) -> (agents: Int, serviceLevel: Double) {
  var n = max(1, Int(load.rounded(.down)) + 1)
  while true {
    let sl = referenceServiceLevel(
      agents: n, load: load, handleSeconds: handleSeconds, thresholdSeconds: thresholdSeconds)
    if sl >= fraction && load / Double(n) <= cap { return (n, sl) }
    n += 1
  }
}

/// The Erlang C service level at `agents` (0 when unstable), by the same independent formulas.
func referenceServiceLevel(
  agents n: Int, load: Double, handleSeconds: Double, thresholdSeconds: Double
) -> Double {
  guard Double(n) > load else { return 0 }
  var b = 1.0
  for k in 1...n { b = load * b / (Double(k) + load * b) }
  let c = Double(n) * b / (Double(n) - load * (1 - b))
  return 1 - c * exp(-(Double(n) - load) * thresholdSeconds / handleSeconds)
}
