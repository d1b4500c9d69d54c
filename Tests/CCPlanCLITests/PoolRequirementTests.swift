import Foundation
import Testing

@testable import CCPlanCLI

/// `hourlyCost` is required where cost is reported (`staff`); `staffing` where it is replayed
/// (`simulate`, unless a staffing file is given); neither is required by the other command.
@Suite("pool keys each command needs")
struct PoolRequirementTests {
  /// A one-day, two-pool scenario; `pools` is spliced in.
  static func scenario(pools: String) -> String {
    """
    { "name": "needs", "horizon": { "intervalLength": "1h", "open": "09:00", "close": "11:00" },
      "channels": [ { "id": "voice", "kind": "voice", "demand": [60, 90],
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } } ],
      "pools": [ \(pools) ],
      "simulation": { "replications": 2, "seed": 1 } }
    """
  }

  @Test("staff refuses a pool without hourlyCost, naming the file, path and the fix")
  func staffNeedsCost() throws {
    let costed = "{ \"id\": \"a\", \"tier\": 1, \"skills\": [\"voice\"], \"hourlyCost\": 20 }"
    let uncosted = "{ \"id\": \"b\", \"tier\": 1, \"skills\": [\"voice\"], \"staffing\": 6 }"
    let text = Self.scenario(pools: costed + ", " + uncosted)
    let file = try temporaryFile("uncosted.json", text)
    let (status, out, err) = runCLI(["staff", file, "--out", file + "-out"])
    #expect(status == 1)
    #expect(out.isEmpty)
    #expect(err.contains("\(file):5:"), "\(err)")
    #expect(err.contains("pools[1].hourlyCost: missing 'hourlyCost' on pool 'b'"), "\(err)")
    #expect(err.contains("\"hourlyCost\": 0 to leave it uncosted"))
    #expect(!err.contains("pools[0]"))
    #expect(!FileManager.default.fileExists(atPath: file + "-out/staffing.csv"))
  }

  @Test("staff accepts an explicit hourlyCost of 0 and needs no staffing")
  func staffWithZeroCostAndNoStaffing() throws {
    let pool = "{ \"id\": \"a\", \"tier\": 1, \"skills\": [\"voice\"], \"hourlyCost\": 0 }"
    let file = try temporaryFile("free.json", Self.scenario(pools: pool))
    let (status, out, err) = runCLI(["staff", file, "--out", file + "-out"])
    #expect(status == 0, "\(err)")
    #expect(out.contains("Cost by pool"))
  }

  @Test("simulate refuses a pool without staffing unless a staffing file is given")
  func simulateNeedsStaffing() throws {
    let pool = "{ \"id\": \"a\", \"tier\": 1, \"skills\": [\"voice\"], \"hourlyCost\": 20 }"
    let file = try temporaryFile("unstaffed.json", Self.scenario(pools: pool))
    let (status, _, err) = runCLI(["simulate", file, "--no-files"])
    #expect(status == 1)
    #expect(err.contains("\(file):5:"), "\(err)")
    #expect(err.contains("pools[0].staffing: missing 'staffing' on pool 'a'"), "\(err)")
    #expect(err.contains("--staffing FILE"))

    let out = file + "-plan"
    let (planned, _, planErr) = runCLI(["staff", file, "--out", out])
    #expect(planned == 0, "\(planErr)")
    let (replayed, _, replayErr) = runCLI([
      "simulate", file, "--staffing", out + "/staffing.csv", "--no-files",
    ])
    #expect(replayed == 0, "\(replayErr)")
  }

  @Test("a dated scenario's plan labels intervals with dates, and simulate replays it")
  func datedLabels() throws {
    let pool = "{ \"id\": \"a\", \"tier\": 1, \"skills\": [\"voice\"], \"hourlyCost\": 20 }"
    let text = Self.scenario(pools: pool).replacingOccurrences(
      of: "\"close\": \"11:00\"",
      with: "\"close\": \"11:00\", \"days\": 2, \"startDate\": \"2027-02-28\"")
    let file = try temporaryFile("dated.json", text)
    let out = file + "-plan"
    let (status, csv, err) = runCLI(["staff", file, "--out", out, "--format", "csv"])
    #expect(status == 0, "\(err)")
    let labels = csv.split(separator: "\n").dropFirst(2).map { $0.prefix(16) }
    #expect(
      labels == ["2027-02-28 09:00", "2027-02-28 10:00", "2027-03-01 09:00", "2027-03-01 10:00"])
    let (replayed, _, replayErr) = runCLI([
      "simulate", file, "--staffing", out + "/staffing.csv", "--no-files",
    ])
    #expect(replayed == 0, "\(replayErr)")
  }
}
