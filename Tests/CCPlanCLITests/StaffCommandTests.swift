import ContactCenter
import Foundation
import Planning
import Testing

@testable import CCPlanCLI

@Suite("ccplan staff")
struct StaffCommandTests {
  static func exampleScenarios() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: scenariosPath)
      .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".sweep.json") }.sorted().map {
        scenariosPath + "/" + $0
      }
  }

  @Test("runs on every example scenario with both methods and writes the three files")
  func everyScenario() throws {
    let files = try Self.exampleScenarios()
    #expect(files.count >= 5)
    for file in files {
      for method in ["erlang-c", "erlang-a"] {
        let out = temporaryDirectory(for: "staff")
        let (status, stdout, stderr) = runCLI(["staff", file, "--method", method, "--out", out])
        #expect(status == 0, "\(file) \(method): \(stderr)")
        #expect(stdout.contains("Intraday plan"))
        #expect(stdout.contains("Cost by pool"))
        #expect(stdout.contains("Cost per handled contact"))
        #expect(!stdout.contains(out))
        let names = ["requirements.csv", "staffing.csv", "summary.json"]
        #expect(stderr == "Wrote " + names.map { "\(out)/\($0)" }.joined(separator: ", ") + "\n")
        for name in names {
          #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(file): \(name)")
        }
      }
    }
  }

  @Test("the files record version, scenario hash and method; staffing.csv replays exactly")
  func filesAndRoundTrip() throws {
    let file = scenariosPath + "/saas-helpdesk-tiers.json"
    let out = temporaryDirectory(for: "staff")
    let (status, _, err) = runCLI(["staff", file, "--out", out, "--method", "erlang-a"])
    #expect(status == 0, "\(err)")
    let loaded = try ScenarioLoader.load(path: file)
    let hash = SHA256.hex(of: Data(loaded.bytes))
    let staffing = try String(contentsOfFile: out + "/staffing.csv", encoding: .utf8)
    let requirements = try String(contentsOfFile: out + "/requirements.csv", encoding: .utf8)
    for text in [staffing, requirements] {
      #expect(text.hasPrefix("# ccplan \(CCPlanVersion.current) staff;"))
      #expect(text.contains("sha256 \(hash)"))
      #expect(text.contains("method erlang-a"))
    }
    let lines = staffing.split(separator: "\n")
    #expect(
      lines[1] == "interval_start,pool,net_agents,scheduled_headcount,paid_hours,cost_eur")
    #expect(lines[2].hasPrefix("d1 08:00,tier1,"))
    #expect(lines.count == 2 + loaded.scenario.horizon.openIntervals * loaded.scenario.pools.count)
    #expect(
      requirements.split(separator: "\n")[1]
        == ("interval_start,channel,tier,pool,load_erlangs,net_agents,service_level,"
          + "service_level_definition,asa_seconds,abandon_rate,occupancy,offered_contacts,"
          + "handled_contacts,handle_seconds,model"))
    let plan = try StaffingPlanner.plan(loaded.scenario, options: StaffingOptions(method: .erlangA))
    let replayed = try StaffingCSV.parse(text: staffing, scenario: loaded.scenario)
    #expect(replayed == plan.pools.map(\.scheduledHeadcount))
    let summary = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        as? [String: Any])
    #expect(summary["ccplan_version"] as? String == CCPlanVersion.current)
    #expect(summary["scenario_sha256"] as? String == hash)
    #expect(summary["method"] as? String == "erlang-a")
    let totals = try #require(summary["totals"] as? [String: Any])
    #expect(totals["cost_eur"] is Double)
    #expect(totals["abandoned_cost_eur"] is Double)
    #expect((summary["channels"] as? [[String: Any]])?.count == 3)
  }

  @Test("--format json and csv print the file; the paths go to standard error")
  func formats() throws {
    let file = scenariosPath + "/retail-customer-service.json"
    let out = temporaryDirectory(for: "staff")
    let (status, stdout, stderr) = runCLI(["staff", file, "--out", out, "--format", "json"])
    #expect(status == 0)
    #expect(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) is [String: Any])
    #expect(stderr.hasPrefix("Wrote \(out)/requirements.csv, "))
    #expect(stderr.contains("\(out)/summary.json"))
    let (csvStatus, csv, _) = runCLI(["staff", file, "--out", out, "--format", "csv"])
    #expect(csvStatus == 0)
    #expect(csv == (try String(contentsOfFile: out + "/staffing.csv", encoding: .utf8)))
    // One-day horizon: HH:MM labels.
    #expect(csv.split(separator: "\n")[2].hasPrefix("08:00,"))
  }

  @Test("--no-files prints the plan and writes nothing, saying nothing about files")
  func noFiles() throws {
    let file = scenariosPath + "/retail-customer-service.json"
    let out = temporaryDirectory(for: "staff")
    let (status, stdout, stderr) = runCLI(["staff", file, "--out", out, "--no-files"])
    #expect(status == 0, "\(stderr)")
    #expect(stdout.contains("Cost by pool"))
    #expect(stderr.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("what-if factors change the plan")
  func factors() throws {
    let file = scenariosPath + "/retail-customer-service.json"
    let out = temporaryDirectory(for: "staff")
    let loaded = try ScenarioLoader.load(path: file)
    let base = try StaffingPlanner.plan(loaded.scenario)
    let (status, stdout, _) = runCLI([
      "staff", file, "--out", out, "--format", "json", "--volume-factor", "1.5",
    ])
    #expect(status == 0)
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    #expect(summary["volume_factor"] as? Double == 1.5)
    let totals = try #require(summary["totals"] as? [String: Any])
    #expect((totals["cost_eur"] as? Double ?? 0) > base.totals.cost)
  }

  @Test("bad inputs: usage errors exit 2, a bad scenario file exits 1")
  func errors() throws {
    let file = scenariosPath + "/retail-customer-service.json"
    var (status, _, err) = runCLI(["staff", file, "--volume-factor", "-1"])
    #expect(status == 2)
    #expect(err.hasPrefix("Error: The value '-1' is invalid for '--volume-factor'"))
    (status, _, err) = runCLI(["staff", file, "--aht-factor", "0"])
    #expect(status == 2)
    #expect(err.hasPrefix("Error: The value '0' is invalid for '--aht-factor'"))
    (status, _, err) = runCLI(["staff", file, "--method", "erlang-b"])
    #expect(status == 2)
    #expect(err.contains("expected one of erlang-c, erlang-a"))
    (status, _, err) = runCLI(["staff"])
    #expect(status == 2)
    (status, _, err) = runCLI(["staff", "/nonexistent/plan.json"])
    #expect(status == 1)
    #expect(err.contains("/nonexistent/plan.json"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "\"occupancyCap\"", with: "\"occupancyCapp\"")
    let bad = try temporaryFile("bad.json", text)
    (status, _, err) = runCLI(["staff", bad, "--out", temporaryDirectory(for: "staff")])
    #expect(status == 1)
    #expect(err.contains("occupancyCapp"))
  }
}
