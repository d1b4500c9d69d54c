// libFuzzer target: a forecast CSV read through a scenario that takes its voice and email
// demand from it (header, dates, cells, line endings). Built by .ci/fuzz.sh.
import ContactCenter
import Foundation

let forecastDirectory: URL = {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("ccplan-fuzz-forecast-\(getpid())")
  try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}()

let forecastScenario = Array(
  """
  { "name": "fuzz", "horizon": { "intervalLength": "15m", "days": 2 },
    "channels": [
      { "id": "voice", "kind": "voice", "demand": { "csv": "forecast.csv" },
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } },
      { "id": "email", "kind": "email", "demand": { "csv": "forecast.csv", "column": "email" },
        "handleTime": { "distribution": "exponential", "mean": "5m" },
        "sla": { "percent": 90, "within": "8h" } } ],
    "pools": [ { "id": "agents", "tier": 1, "skills": ["voice", "email"], "staffing": 5 } ] }
  """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForecastCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let file = forecastDirectory.appendingPathComponent("forecast.csv")
  guard (try? Data(bytes: data, count: size).write(to: file)) != nil else { return 0 }
  if let scenario = try? ScenarioLoader.decode(
    forecastScenario, file: "fuzz.json", directory: forecastDirectory)
  {
    precondition(scenario.channels.allSatisfy { $0.demand.allSatisfy(\.isFinite) })
  }
  return 0
}
