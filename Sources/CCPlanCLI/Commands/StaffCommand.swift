import ContactCenter
import Foundation
import Planning
import Reports

/// `ccplan staff SCENARIO`: the analytic staffing plan, its cost, and three result files.
enum StaffCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "staff",
    abstract: "Plan agents per interval, channel and tier analytically; cost the plan.",
    discussion: """
      For every open interval, channel and tier: offered load, net agents required, expected \
      service level and ASA. Real-time channels by Erlang C or Erlang A (chat on slots at \
      full concurrency), email and social by a fluid earliest-deadline-first schedule. Pools \
      get the sum of their channels' needs; shrinkage gives scheduled headcount, then paid \
      hours, FTE and cost per pool, tier, channel and day.
      Writes requirements.csv, staffing.csv (the file 'ccplan simulate --staffing' replays) \
      and summary.json to --out, each atomically, and names them on standard error. Every \
      pool needs an hourlyCost (0 to leave it uncosted); staffing in the scenario is ignored.
      """,
    arguments: [
      ArgumentSpec("scenario", help: "The scenario file (JSON), or - for standard input.")
    ],
    options: [
      OptionSpec(
        "method", help: "Queueing model for real-time channels.", defaultValue: "erlang-c",
        choices: StaffingMethod.allCases.map(\.rawValue)),
      OptionSpec(
        "out", valueName: "dir",
        help: "Directory for the result files (default: results/runs/<scenario>/staff/)."),
      OptionSpec(
        "format", help: "What to print: the summary table, summary.json or staffing.csv.",
        defaultValue: "table", choices: ["table", "json", "csv"]),
      OptionSpec(
        "volume-factor", valueName: "x", help: "Multiply every channel's demand by x.",
        defaultValue: "1"),
      OptionSpec(
        "aht-factor", valueName: "x", help: "Multiply every channel's handle time by x.",
        defaultValue: "1"),
    ],
    flags: [FlagSpec("no-files", help: "Print only; write no result files.")],
    run: run)

  /// Plans, prints and writes the three files; exit 0.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("scenario") else {
      throw UsageError("Missing expected argument '<scenario>'")
    }
    let methodName = try invocation.choice("--method") ?? "erlang-c"
    let method = StaffingMethod(rawValue: methodName) ?? .erlangC
    let format = try invocation.choice("--format") ?? "table"
    let volume = try invocation.double("--volume-factor") ?? 1
    let aht = try invocation.double("--aht-factor") ?? 1
    let options = StaffingOptions(method: method, volumeFactor: volume, ahtFactor: aht)
    do {
      try options.validate()
    } catch {
      let (option, value) =
        error == .invalidFactor(name: "volume factor", value: volume)
        ? ("--volume-factor", volume) : ("--aht-factor", aht)
      throw UsageError.invalidValue(
        invocation.string(option) ?? JSONValue.format(value), for: option,
        expected: option == "--volume-factor"
          ? "a number from 0 to 1000" : "a number above 0 and at most 1000",
        path: invocation.commandPath)
    }
    let loaded = try ScenarioInput.load(file, io: io)
    try loaded.require(.hourlyCost)
    let plan = try StaffingPlanner.plan(loaded.scenario, options: options)
    let provenance = StaffingReport.Provenance(
      version: CCPlanVersion.current, scenarioFile: loaded.file,
      scenarioSHA256: SHA256.hex(of: Data(loaded.bytes)))
    let summary = StaffingReport.summaryJSON(plan, provenance).rendered() + "\n"
    let staffing = StaffingReport.staffingCSV(plan, provenance)
    let files = [
      ("requirements.csv", StaffingReport.requirementsCSV(plan, provenance)),
      ("staffing.csv", staffing), ("summary.json", summary),
    ]
    switch format {
    case "json": io.writeOutput(summary)
    case "csv": io.writeOutput(staffing)
    default: io.writeOutput(StaffingReport.table(plan, provenance) + "\n")
    }
    if !invocation.flag("--no-files") {
      let directory = OutputDirectory.resolve(
        invocation.string("--out"), scenario: loaded.scenario.name, command: "staff")
      try OutputDirectory.write(files, to: directory, io: io)
    }
    return 0
  }
}
