import Foundation
import Testing

@testable import CCPlanCLI

@Suite("simulate")
struct SimulateCommandTests {
  /// A one-day M/M/10 with abandonment: quick to simulate.
  static let small = """
    { "name": "small", "horizon": { "intervalLength": "1h", "days": 1 },
      "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": 4000 },
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "patience": { "distribution": "exponential", "mean": "2m" },
        "sla": { "percent": 80, "within": "20s" } } ],
      "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 10, "hourlyCost": 30 } ],
      "simulation": { "replications": 6, "seed": 3, "warmupDays": 1 } }
    """

  @Test("the same seed gives byte-identical JSON with 1 and 2 threads; another seed differs")
  func deterministic() throws {
    let file = try temporaryFile("small.json", Self.small)
    let (s1, one, _) = runCLI([
      "simulate", file, "--threads", "1", "--format", "json", "--no-files",
    ])
    let (s2, two, _) = runCLI([
      "simulate", file, "--threads", "2", "--format", "json", "--no-files",
    ])
    let (s3, other, _) = runCLI(["simulate", file, "--seed", "4", "--format", "json", "--no-files"])
    #expect(s1 == 0 && s2 == 0 && s3 == 0)
    #expect(one == two)
    #expect(one != other)
  }

  @Test("JSON has the documented fields, each simulated figure as {mean, ci95}")
  func jsonFields() throws {
    let file = try temporaryFile("small.json", Self.small)
    let (status, out, _) = runCLI(["simulate", file, "--format", "json", "--no-files"])
    #expect(status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let run = try #require(object["run"] as? [String: Any])
    #expect(run["ccplan_version"] as? String == "0.1.0")
    #expect((run["scenario_sha256"] as? String)?.count == 64)
    #expect(run["seed"] as? Int == 3)
    #expect(run["replications"] as? Int == 6)
    let channel = try #require((object["channels"] as? [[String: Any]])?.first)
    #expect(channel["id"] as? String == "voice")
    for key in [
      "offered", "handled", "abandoned", "service_level", "asa_seconds", "abandon_rate",
      "wait_probability", "mean_queue_length", "wait_p50_seconds", "wait_p90_seconds",
    ] {
      let figure = try #require(channel[key] as? [String: Any], "\(key) missing")
      #expect(figure["mean"] is Double || figure["mean"] is Int, "\(key).mean")
      #expect(figure["ci95"] != nil, "\(key).ci95")
    }
    let pool = try #require((object["pools"] as? [[String: Any]])?.first)
    #expect(pool["id"] as? String == "agents")
    #expect((pool["occupancy"] as? [String: Any])?["mean"] is Double)
  }

  @Test("--out writes the four result files; replications.csv has one row per replication")
  func files() throws {
    let file = try temporaryFile("small.json", Self.small)
    let out = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("out")
      .path
    let (status, _, err) = runCLI(["simulate", file, "--out", out])
    #expect(status == 0)
    #expect(err.contains("Wrote"))
    for name in ["summary.json", "intervals.csv", "pool-intervals.csv", "replications.csv"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name) missing")
    }
    let replications = try String(contentsOfFile: out + "/replications.csv", encoding: .utf8)
    let lines = replications.split(separator: "\n")
    #expect(lines.first?.hasPrefix("# ccplan 0.1.0 simulate; scenario small (") == true)
    #expect(lines.first?.contains("seed 3; replications 6") == true)
    #expect(
      lines.dropFirst().first
        == "replication,channel,offered,handled,abandoned,answered_within_t,total_wait_seconds")
    #expect(lines.count == 8)  // provenance, header, 6 replications
    let intervals = try String(contentsOfFile: out + "/intervals.csv", encoding: .utf8)
    let intervalLines = intervals.split(separator: "\n")
    #expect(intervalLines.count == 26)  // provenance + header + 24 hourly intervals
    let header = intervalLines[1].split(separator: ",").map(String.init)
    let statusColumn = try #require(header.firstIndex(of: "target_status"))
    for line in intervalLines.dropFirst(2) {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(["met", "at risk", "missed", ""].contains(String(cells[statusColumn])))
    }
  }

  @Test("A plan made at another volume factor is replayed with a warning naming the factor")
  func staffingProvenanceWarning() throws {
    let file = try temporaryFile("small.json", Self.small)
    let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
    let plan = directory.appendingPathComponent("plan").path
    let (planned, _, _) = runCLI(["staff", file, "--volume-factor", "1.1", "--out", plan])
    #expect(planned == 0)
    let (status, _, err) = runCLI([
      "simulate", file, "--staffing", plan + "/staffing.csv", "--replications", "2",
      "--no-files",
    ])
    #expect(status == 0)
    #expect(err.contains("planned at volume factor 1.1; this run uses 1"))
    #expect(err.contains("--volume-factor 1.1"))
    let (matched, _, quiet) = runCLI([
      "simulate", file, "--staffing", plan + "/staffing.csv", "--volume-factor", "1.1",
      "--replications", "2", "--no-files",
    ])
    #expect(matched == 0)
    #expect(!quiet.contains("warning"))
  }

  @Test("The table names the intervals that miss the target")
  func targetLines() throws {
    let file = try temporaryFile("small.json", Self.small)
    let (status, out, _) = runCLI([
      "simulate", file, "--volume-factor", "3", "--replications", "4", "--no-files",
    ])
    #expect(status == 0)
    // Three times the demand on the same agents cannot meet 80/20s all day.
    #expect(out.contains("voice misses 80/20s in"))
    let (bad, _, err) = runCLI(["simulate", file, "--aht-factor", "0", "--no-files"])
    #expect(bad == 2)
    #expect(err.contains("'--aht-factor'"))
  }

  @Test("bad option values are usage errors (exit 2)")
  func badOptions() throws {
    let file = try temporaryFile("small.json", Self.small)
    let (status, _, err) = runCLI(["simulate", file, "--replications", "0"])
    #expect(status == 2)
    #expect(err.contains("'--replications'"))
    let (status2, _, err2) = runCLI(["simulate", file, "--threads", "two"])
    #expect(status2 == 2)
    #expect(err2.contains("'--threads'"))
  }
}

@Suite("simulate --staffing")
struct SimulateStaffingTests {
  /// Returns a staffing.csv for the small scenario with `headcount` scheduled every hour.
  static func staffingCSV(_ headcount: Int) -> String {
    var text = "interval_start,pool,net_agents,scheduled_headcount,paid_hours,cost_eur\n"
    for hour in 0..<24 {
      text += "\(hour < 10 ? "0" : "")\(hour):00,agents,\(headcount),\(headcount),\(headcount),0\n"
    }
    return text
  }

  @Test("a replayed staffing file sets the agents on line: 24 h × headcount agent-hours, exactly")
  func replay() throws {
    let scenario = try temporaryFile("small.json", SimulateCommandTests.small)
    for headcount in [12, 20] {
      let staffing = try temporaryFile("staffing.csv", Self.staffingCSV(headcount))
      let (status, out, err) = runCLI([
        "simulate", scenario, "--staffing", staffing, "--format", "json", "--no-files",
      ])
      #expect(status == 0, "\(err)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
      let run = try #require(object["run"] as? [String: Any])
      #expect((run["staffing_sha256"] as? String)?.count == 64)
      let pool = try #require((object["pools"] as? [[String: Any]])?.first)
      let hours = try #require((pool["agent_hours"] as? [String: Any])?["mean"] as? Double)
      // Constant staffing all day, 24/7, no shrinkage: nobody ever leaves or joins.
      #expect(abs(hours - Double(24 * headcount)) < 1e-6)
    }
  }

  @Test("a staffing file naming an unknown pool is an error with its line")
  func badFile() throws {
    let scenario = try temporaryFile("small.json", SimulateCommandTests.small)
    let staffing = try temporaryFile(
      "staffing.csv",
      Self.staffingCSV(12).replacingOccurrences(of: "05:00,agents", with: "05:00,agentz"))
    let (status, _, err) = runCLI(["simulate", scenario, "--staffing", staffing, "--no-files"])
    #expect(status == 1)
    #expect(err.contains("staffing.csv:7:"))
    #expect(err.contains("agentz"))
    let (missing, _, missingErr) = runCLI([
      "simulate", scenario, "--staffing", "/nonexistent.csv", "--no-files",
    ])
    #expect(missing == 1)
    #expect(missingErr.contains("/nonexistent.csv"))
  }
}

@Suite("simulate output directory")
struct SimulateOutputTests {
  @Test("an --out that is a file fails before simulating, with nothing on standard output")
  func outIsAFile() throws {
    let scenario = try temporaryFile("small.json", SimulateCommandTests.small)
    let file = try temporaryFile("not-a-directory", "x")
    let (status, out, err) = runCLI(["simulate", scenario, "--out", file])
    #expect(status == 1)
    #expect(out.isEmpty)
    #expect(err.contains("not-a-directory") && err.contains("not a directory"))
  }
}
