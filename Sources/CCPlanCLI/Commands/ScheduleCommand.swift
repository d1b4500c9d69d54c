import ContactCenter
import Foundation
import Planning
import Reports
import Simulation

/// `ccplan schedule SCENARIO`: a minimum-cost roster of shifts covering the staffing plan.
enum ScheduleCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "schedule",
    abstract: "Roster shifts covering the staffing plan at least cost, with a proven LP bound.",
    discussion: """
      Covers the scheduled headcount of every pool and open interval (the analytic Erlang C \
      plan of 'ccplan staff', or --plan DIR's staffing.csv) with the scenario's shift types \
      at least cost: Dantzig's set-covering model, solved by a simplex LP for the lower bound, \
      then rounding, an LP-guided dive and local search within --time-limit. Reports the \
      roster's cost, its gap to the LP bound and the scheduling efficiency (required paid \
      hours ÷ rostered paid hours). Writes roster.csv, coverage.csv, staffing.csv (the file \
      'ccplan simulate --staffing' replays: agents present, not on a break) and summary.json. \
      --verify simulates the roster and reports its service level per channel.
      """,
    arguments: [
      ArgumentSpec(
        "scenario", help: "The scenario file (JSON) with 'shifts', or - for standard input.")
    ],
    options: [
      OptionSpec(
        "plan", valueName: "dir",
        help: "Cover the staffing.csv in this directory (default: plan it now by Erlang C)."),
      OptionSpec(
        "time-limit", valueName: "duration",
        help: "Wall-clock safety limit of the search, e.g. 2m.",
        defaultValue: "30s"),
      OptionSpec(
        "replications", short: "r", valueName: "n",
        help: "Replications of --verify (default: the scenario's)."),
      OptionSpec(
        "out", valueName: "dir",
        help: "Directory for the result files (default: results/runs/<scenario>/schedule/)."),
      OptionSpec(
        "format", help: "What to print: the summary table, summary.json or roster.csv.",
        defaultValue: "table", choices: ["table", "json", "csv"]),
    ],
    flags: [
      FlagSpec("verify", help: "Simulate the roster and report its service level per channel."),
      FlagSpec("no-files", help: "Print only; write no result files."),
    ],
    run: run)

  /// Rosters, prints and writes the four files; exit 0.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("scenario") else {
      throw UsageError("Missing expected argument '<scenario>'")
    }
    let limitText = invocation.string("--time-limit") ?? "30s"
    guard let limit = Units.parseDuration(limitText), limit > 0, limitText.last?.isLetter == true
    else {
      throw UsageError.invalidValue(
        limitText, for: "--time-limit", expected: "a duration with its unit, such as 30s or 2m",
        path: invocation.commandPath)
    }
    let replications = try invocation.int("--replications")
    if let replications, replications < 1 {
      throw UsageError.invalidValue(
        String(replications), for: "--replications", expected: "a whole number ≥ 1",
        path: invocation.commandPath)
    }
    let format = try invocation.choice("--format") ?? "table"
    let loaded = try ScenarioInput.load(file, io: io)
    try loaded.require(.hourlyCost)
    let scenario = loaded.scenario
    guard scenario.shifts != nil else { throw ScheduleError.noShifts }
    let directory: URL? =
      invocation.flag("--no-files")
      ? nil
      : OutputDirectory.resolve(
        invocation.string("--out"), scenario: scenario.name, command: "schedule")
    // Check and lock where the files go before rostering, so a bad --out fails at once.
    let output = try directory.map { url throws(OutputDirectoryError) in
      try ResultSet(url, owns: ["roster.csv", "coverage.csv", "staffing.csv", "summary.json"])
    }
    let requirement: [[Int]]
    let source: String
    if let plan = invocation.string("--plan") {
      let path = URL(fileURLWithPath: plan).appendingPathComponent("staffing.csv").path
      guard let data = FileManager.default.contents(atPath: path) else {
        throw PlanDirectoryError(path: path)
      }
      requirement = try StaffingCSV.parse(
        text: String(decoding: data, as: UTF8.self), scenario: scenario, file: path)
      source = path
    } else {
      requirement = RosterPlanner.requirement(of: try StaffingPlanner.plan(scenario))
      source = "erlang-c plan"
    }
    let progress = io.isErrorTerminal ? ProgressLine(io: io) : nil
    let roster = try RosterPlanner.schedule(
      scenario, requirement: requirement, timeLimitSeconds: limit
    ) { step in
      progress?.update(
        "scheduling \(scenario.name): \(step.done)/\(step.total) programs (\(step.pool)), "
          + "gap so far \(NumberFormat.percent(step.cost / max(step.lowerBound, 1e-9) - 1, decimals: 2)), "
          + "\(NumberFormat.fixed(step.elapsedSeconds, decimals: 1)) s")
    }
    progress?.finish()
    var verification: (summary: SimulationSummary, replications: Int)?
    if invocation.flag("--verify") {
      let count = replications ?? scenario.simulation.replications
      let settings = ExperimentSettings(
        seed: scenario.simulation.seed, replications: count,
        threads: ProcessInfo.processInfo.activeProcessorCount, detail: .headline)
      let line = io.isErrorTerminal ? ProgressLine(io: io) : nil
      let summary = try roster.simulate(settings: settings) { done in
        line?.update("simulating the roster: \(done)/\(count) replications")
      }
      line?.finish()
      verification = (summary, count)
    }
    let provenance = StaffingReport.Provenance(
      version: CCPlanVersion.current, scenarioFile: loaded.file,
      scenarioSHA256: SHA256.hex(of: Data(loaded.bytes)))
    let json =
      RosterReport.summaryJSON(
        roster, provenance, source: source, verification: verification?.summary
      ).rendered() + "\n"
    let rosterCSV = RosterReport.rosterCSV(roster, provenance, source: source)
    switch format {
    case "json": io.writeOutput(json)
    case "csv": io.writeOutput(rosterCSV)
    default:
      io.writeOutput(
        RosterReport.table(roster, provenance, source: source, verification: verification))
    }
    if let output {
      try output.commit(
        [
          ("roster.csv", rosterCSV),
          ("coverage.csv", RosterReport.coverageCSV(roster, provenance, source: source)),
          ("staffing.csv", RosterReport.staffingCSV(roster, provenance, source: source)),
          ("summary.json", json),
        ], io: io)
    }
    return 0
  }
}

/// A `--plan` directory without a readable staffing.csv.
struct PlanDirectoryError: Error, CustomStringConvertible {
  /// The staffing.csv path looked for.
  let path: String

  var description: String {
    "cannot read '\(path)' (the staffing.csv in the directory given to --plan): no such file or "
      + "not readable (write one with: ccplan staff SCENARIO --out DIR)"
  }
}
