import ContactCenter
import Foundation
import Planning
import Queueing
import Testing

@testable import Reports

@Suite("staffing and erlang renderers")
struct StaffingReportTests {
  static func plan() throws -> StaffingPlan {
    let json = """
      { "name": "tiny", "description": "",
        "horizon": { "intervalLength": "30m", "open": "09:00", "close": "10:00", "days": 1 },
        "channels": [ { "id": "voice", "kind": "voice", "demand": [60, 0],
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 1,
                     "hourlyCost": 30 } ],
        "shrinkage": "20%", "costs": { "currency": "GBP" } }
      """
    let scenario = try ScenarioLoader.decode(
      Array(json.utf8), file: "tiny.json", directory: FileManager.default.temporaryDirectory)
    return try StaffingPlanner.plan(scenario)
  }

  static let provenance = StaffingReport.Provenance(
    version: "9.9.9", scenarioFile: "tiny.json", scenarioSHA256: "abc123")

  @Test(
    "staffing.csv: provenance line, exact header with the currency, one row per interval × pool")
  func staffingCSV() throws {
    let plan = try Self.plan()
    let text = StaffingReport.staffingCSV(plan, Self.provenance)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "# ccplan 9.9.9 staff; scenario tiny (tiny.json, sha256 abc123); method erlang-c; "
        + "volume factor 1; aht factor 1")
    #expect(lines[1] == "interval_start,pool,net_agents,scheduled_headcount,paid_hours,cost_gbp")
    // 60 calls × 180 s ÷ 1800 s = 6 Erlangs; the second interval is empty.
    let net = plan.pools[0].netAgents[0]
    let scheduled = plan.pools[0].scheduledHeadcount[0]
    #expect(scheduled == (net * 10 + 7) / 8)  // ⌈net ÷ 0.8⌉
    let hours = Double(scheduled) / 2
    #expect(
      lines[2] == "09:00,agents,\(net),\(scheduled),\(CSVTable.number(hours)),"
        + CSVTable.number(hours * 30))
    #expect(lines[3] == "09:30,agents,0,0,0,0")
    #expect(lines.count == 5 && lines[4].isEmpty)
  }

  @Test("summary.json carries provenance and money keyed by currency; an empty interval's SL is -")
  func summaryAndTable() throws {
    let plan = try Self.plan()
    let json = StaffingReport.summaryJSON(plan, Self.provenance).rendered()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["scenario_sha256"] as? String == "abc123")
    #expect(object["method"] as? String == "erlang-c")
    let totals = try #require(object["totals"] as? [String: Any])
    #expect(totals["cost_gbp"] as? Double == plan.totals.cost)
    #expect(totals["abandoned_cost_gbp"] is NSNull)  // not priced
    let table = StaffingReport.table(plan, Self.provenance)
    let row = table.split(separator: "\n").first { $0.hasPrefix("09:30") }
    #expect(row.map { $0.hasSuffix("0/0         -") } == true, "\(table)")
    #expect(!table.contains("Expected abandoned"))
  }

  @Test("erlang JSON: unstable rows give null ASA and a note, never infinity")
  func erlangJSON() throws {
    let input = ErlangCalculator.Input(
      contacts: 100, periodSeconds: 1800, handleSeconds: 180,
      serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20), agents: 10)
    let result = try ErlangCalculator.compute(input)
    let text = ErlangReport.json(result, input: input, version: "1").rendered(pretty: false)
    #expect(text.contains("{\"agents\":10,\"service_level\":0,\"asa_seconds\":null,"))
    #expect(text.contains("\"note\":\"unstable: the offered load of 10 Erlangs is at least 10"))
    #expect(!text.contains("inf"))
    let table = ErlangReport.table(result, input: input)
    #expect(table.contains("<- requested unstable: load >= agents"))
  }
}
