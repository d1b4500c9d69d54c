import ContactCenter
import Foundation

extension BenchCases {
  /// Returns the time to read and validate a 24/7 scenario whose demand and staffing are
  /// one-line arrays of 96 intervals a day, for 30 and for 366 days: the reader must grow
  /// linearly with the file, so the time per day should be about the same for both.
  static func validateScaling(quick: Bool) throws -> BenchResult {
    let repeats = quick ? 2 : 10
    var perDay: [Double] = []
    var total = 0.0
    for days in [30, 366] {
      let text = Array(oneLineScenario(days: days).utf8)
      let (_, seconds) = try ProcessStats.time { () throws -> Int in
        for _ in 0..<repeats {
          _ = try ScenarioLoader.decode(
            text, file: "bench.json", directory: FileManager.default.temporaryDirectory)
        }
        return 0
      }
      total += seconds
      perDay.append(seconds / Double(repeats) / Double(days))
    }
    return BenchResult(
      name: "validate", contacts: 0, wallSeconds: total, peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: 1,
      extra: [
        ("ms_per_day_30", .number((perDay[0] * 1e5).rounded() / 100)),
        ("ms_per_day_366", .number((perDay[1] * 1e5).rounded() / 100)),
        ("growth_per_day_ratio", .number((perDay[1] / perDay[0] * 100).rounded() / 100)),
      ])
  }

  /// Returns a valid 24/7 scenario of `days` days with one-line demand and staffing arrays.
  static func oneLineScenario(days: Int) -> String {
    let demand = (0..<(days * 96)).map { String(20 + $0 % 7) }.joined(separator: ",")
    let staffing = (0..<(days * 96)).map { String(8 + $0 % 3) }.joined(separator: ",")
    return """
      {"name":"long","horizon":{"intervalLength":"15m","days":\(days)},"channels":[{"id":"voice",\
      "kind":"voice","demand":[\(demand)],"handleTime":{"distribution":"exponential","mean":"3m"},\
      "sla":{"percent":80,"within":"20s"}}],"pools":[{"id":"p","tier":1,"skills":["voice"],\
      "staffing":[\(staffing)],"hourlyCost":20}]}
      """
  }
}
