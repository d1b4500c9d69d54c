// libFuzzer target: a staffing.csv replayed against a two-pool scenario (what
// `simulate --staffing` and `compare` read). Built by .ci/fuzz.sh.
import ContactCenter
import Foundation
import Planning

let staffingScenario: Scenario = {
  let text = """
    { "name": "fuzz", "horizon": { "intervalLength": "1h", "open": "08:00", "close": "12:00",
        "days": 2 },
      "channels": [ { "id": "voice", "kind": "voice", "demand": [10, 20, 30, 40],
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } } ],
      "pools": [ { "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 5,
          "fcr": { "voice": 0.8 }, "escalateTo": "t2" },
        { "id": "t2", "tier": 2, "skills": ["voice"], "staffing": 2 } ] }
    """
  do {
    return try ScenarioLoader.decode(
      Array(text.utf8), file: "fuzz.json", directory: URL(fileURLWithPath: "/"))
  } catch {
    fatalError("the fuzz target's scenario is invalid: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStaffingCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let rows = try? StaffingCSV.parse(text: text, scenario: staffingScenario) {
    precondition(rows.allSatisfy { $0.allSatisfy { (0...1_000_000).contains($0) } })
  }
  return 0
}
