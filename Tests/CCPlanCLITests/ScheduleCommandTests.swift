import ContactCenter
import Foundation
import Planning
import Testing

@testable import CCPlanCLI

@Suite("ccplan schedule")
struct ScheduleCommandTests {
  /// The help desk: a roster, its gap and efficiency on stdout, four files, and a
  /// staffing.csv that parses as the roster's agents present and replays in simulate.
  @Test func helpDeskRosterReplays() throws {
    let file = scenariosPath + "/saas-helpdesk-tiers.json"
    let out = temporaryDirectory(for: "schedule")
    let (status, stdout, stderr) = runCLI(["schedule", file, "--out", out])
    #expect(status == 0, "\(stderr)")
    #expect(stdout.contains("Roster cost"))
    #expect(stdout.contains("LP lower bound"))
    #expect(stdout.contains("scheduling efficiency"))
    let names = ["roster.csv", "coverage.csv", "staffing.csv", "summary.json"]
    #expect(stderr == "Wrote " + names.map { "\(out)/\($0)" }.joined(separator: ", ") + "\n")
    let scenario = try ScenarioLoader.load(path: file).scenario
    let text = try String(contentsOfFile: out + "/staffing.csv", encoding: .utf8)
    let replay = try StaffingCSV.parse(text: text, scenario: scenario)
    let plan = RosterPlanner.requirement(of: try StaffingPlanner.plan(scenario))
    for (p, row) in replay.enumerated() {
      for (k, present) in row.enumerated() {
        #expect(present >= plan[p][k], "pool \(p) interval \(k): \(present) < \(plan[p][k])")
      }
    }
    let (simStatus, simOut, simErr) = runCLI([
      "simulate", file, "--staffing", out + "/staffing.csv", "--replications", "2", "--no-files",
    ])
    #expect(simStatus == 0, "\(simErr)")
    #expect(!simErr.contains("warning"), "the provenance line matches the scenario")
    #expect(simOut.contains("voice"))
    let roster = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8)
    #expect(roster.contains("pool,shift,days,start,end,breaks,paid_hours_per_agent"))
  }

  @Test func verifyReportsServiceLevelPerChannel() {
    let file = scenariosPath + "/saas-helpdesk-tiers.json"
    let (status, stdout, stderr) = runCLI([
      "schedule", file, "--verify", "--replications", "2", "--no-files", "--format", "json",
    ])
    #expect(status == 0, "\(stderr)")
    for channel in ["voice", "chat", "email"] {
      #expect(
        stdout.contains("\"\(channel)\": {\n      \"mean\": "), "\(stdout.suffix(400))")
    }
  }

  @Test func scenarioWithoutShiftsSaysHowToAddThem() {
    let (status, _, stderr) = runCLI(["schedule", scenariosPath + "/bank-24x7.json", "--no-files"])
    #expect(status == 1)
    #expect(stderr.contains("no 'shifts'"))
    #expect(stderr.contains("Scheduling shifts"))
  }

  @Test func badTimeLimitIsAUsageError() {
    let (status, _, stderr) = runCLI([
      "schedule", scenariosPath + "/saas-helpdesk-tiers.json", "--time-limit", "30",
    ])
    #expect(status == 2)
    #expect(stderr.contains("--time-limit"))
  }
}
