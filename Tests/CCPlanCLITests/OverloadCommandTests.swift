import Foundation
import Testing

@testable import CCPlanCLI

/// Issue 16 item 3: an overloaded scenario with no patience grew ~150 MB/s until killed.
@Suite("simulate: an overloaded scenario stops at the contact limit")
struct OverloadCommandTests {
  /// 1,000,000 voice contacts a day, no agents, no patience: the system holds about
  /// 1e6·t contacts after t days, so it passes 2,097,152 on day 3.
  static let overloaded = """
    { "name": "overloaded", "horizon": { "intervalLength": "1h", "days": 366 },
      "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": 1000000 },
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } } ],
      "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 0, "hourlyCost": 30 } ],
      "simulation": { "replications": 1, "seed": 3, "warmupDays": 0 } }
    """

  @Test("exit 1 with the queue, the limit, the day and the fix; no result file")
  func stopsWithAClearError() throws {
    let file = try temporaryFile("overloaded.json", Self.overloaded)
    let out = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("out")
    let (status, stdout, stderr) = runCLI(["simulate", file, "--out", out.path])
    #expect(status == 1)
    #expect(stdout.isEmpty)
    #expect(
      stderr
        == "Error: voice's queue passed 2,097,152 contacts on day 3: demand exceeds capacity; staff it or give customers patience\n"
    )
    let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
    #expect(written.isEmpty)
  }
}
