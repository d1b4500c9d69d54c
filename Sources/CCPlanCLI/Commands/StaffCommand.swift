import ContactCenter
import Foundation
import Planning
import Reports

/// `ccplan staff SCENARIO`: the analytic staffing plan, its cost, and three result files.
enum StaffCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "staff",
    abstract: "Plan agents per interval, channel and tier (analytic or simulated); cost it.",
    discussion: """
      For every open interval, channel and tier: offered load, net agents required, expected \
      service level and ASA. Real-time channels by Erlang C or Erlang A (chat on slots at \
      full concurrency), email and social by a fluid earliest-deadline-first schedule. Pools \
      get the sum of their channels' needs; shrinkage gives scheduled headcount, then paid \
      hours, FTE and cost per pool, tier, channel and day.
      Writes requirements.csv, staffing.csv (the file 'ccplan simulate --staffing' replays) \
      and summary.json to --out as one set, and names them on standard error. Every \
      pool needs an hourlyCost (0 to leave it uncosted); staffing in the scenario is ignored.
      --method simulation starts from the Erlang C plan and corrects it interval by \
      interval until simulation meets every real-time target (common random numbers \
      across iterations), verifies it on a fresh seed and leads with where Erlang C under- \
      or over-staffs and what the difference costs; it also writes simulation-check.csv.
      """,
    arguments: [
      ArgumentSpec("scenario", help: "The scenario file (JSON), or - for standard input.")
    ],
    options: [
      OptionSpec(
        "method", help: "Queueing model for real-time channels, or simulation-based staffing.",
        defaultValue: "erlang-c", choices: StaffingMethod.allCases.map(\.rawValue) + ["simulation"]),
      OptionSpec(
        "replications", short: "r", valueName: "n",
        help: "Replications per iteration with --method simulation (default: the scenario's)."),
      OptionSpec(
        "seed", short: "s", valueName: "n",
        help: "Seed of the iterations with --method simulation (default: the scenario's)."),
      OptionSpec(
        "max-iterations", valueName: "k", help: "Most iterations with --method simulation.",
        defaultValue: "40"),
      OptionSpec(
        "time-limit", valueName: "duration",
        help: "Wall-clock budget with --method simulation, e.g. 2m (default: none)."),
      OptionSpec(
        "out", valueName: "dir",
        help: "Directory for the result files (default: results/runs/<scenario>/staff/)."),
      OptionSpec(
        "format", help: "What to print: the summary table, summary.json or staffing.csv.",
        defaultValue: "table", choices: ["table", "json", "csv"]),
    ] + WhatIfOptions.specs + [WhatIfOptions.confidence],
    flags: [
      FlagSpec("no-files", help: "Print only; write no result files."), ReportCommand.flag,
    ],
    run: run)

  /// Plans, prints and writes the three files; exit 0.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("scenario") else {
      throw UsageError("Missing expected argument '<scenario>'")
    }
    let methodName = try invocation.choice("--method") ?? "erlang-c"
    let method = StaffingMethod(rawValue: methodName) ?? .erlangC
    let bySimulation = methodName == "simulation"
    let replicationsOption = try invocation.int("--replications")
    let seedOption = try invocation.int("--seed")
    let maxIterations = try invocation.int("--max-iterations") ?? 40
    for (option, value, minimum) in [
      ("--replications", replicationsOption, 2), ("--seed", seedOption, 0),
      ("--max-iterations", Optional(maxIterations), 1),
    ] {
      if let value, value < minimum {
        throw UsageError.invalidValue(
          String(value), for: option, expected: "a whole number ≥ \(minimum)",
          path: invocation.commandPath)
      }
    }
    var timeLimit: Double?
    if let text = invocation.string("--time-limit") {
      guard let seconds = Units.parseDuration(text), seconds > 0, text.last?.isLetter == true
      else {
        throw UsageError.invalidValue(
          text, for: "--time-limit", expected: "a duration with its unit, such as 90s or 2m",
          path: invocation.commandPath)
      }
      timeLimit = seconds
    }
    let format = try invocation.choice("--format") ?? "table"
    try ReportCommand.checkFlags(invocation)
    let volume = try invocation.double("--volume-factor") ?? 1
    let aht = try invocation.double("--aht-factor") ?? 1
    let options = StaffingOptions(
      method: method, volumeFactor: volume, ahtFactor: aht,
      confidence: try invocation.share("--confidence", in: 0.01...0.999),
      forecastCV: try WhatIfOptions.forecastCV(invocation))
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
    if options.confidence != nil && options.dayFactorCV(of: loaded.scenario) == 0 {
      io.writeErrorLine(
        "warning: --confidence changes nothing: \(loaded.file) has no "
          + "demandUncertainty.dayFactorCV; give the forecast's day-to-day cv with --forecast-cv")
    }
    // Check and lock where the files go before planning, so a bad --out fails at once.
    let output =
      invocation.flag("--no-files")
      ? nil
      : try ResultSet(
        OutputDirectory.resolve(
          invocation.string("--out"), scenario: loaded.scenario.name, command: "staff"),
        owns: [
          "requirements.csv", "staffing.csv", "summary.json", "simulation-check.csv",
          ResultDirectory.reportName,
        ])
    let provenance = StaffingReport.Provenance(
      version: CCPlanVersion.current, scenarioFile: loaded.file,
      scenarioSHA256: SHA256.hex(of: Data(loaded.bytes)))
    var plan: StaffingPlan
    var lead = ""
    var extraFiles: [(String, String)] = []
    if bySimulation {
      try loaded.require(.hourlyCost)
      let scenario = loaded.scenario
      let progress = io.isErrorTerminal ? ProgressLine(io: io) : nil
      let settings = SimulationStaffingSettings(
        replications: replicationsOption ?? max(2, scenario.simulation.replications),
        seed: seedOption.map(UInt64.init) ?? scenario.simulation.seed,
        threads: ProcessInfo.processInfo.activeProcessorCount, maxIterations: maxIterations,
        timeLimitSeconds: timeLimit)
      let result = try SimulationStaffing(
        scenario: scenario,
        options: StaffingOptions(
          method: .erlangC, volumeFactor: volume, ahtFactor: aht,
          confidence: options.confidence, forecastCV: options.forecastCV),
        settings: settings
      ) { iteration in
        progress?.update(SimulationStaffingReport.progressLine(iteration))
      }
      progress?.finish()
      plan = result.verified
      lead = SimulationStaffingReport.headline(result).joined(separator: "\n") + "\n\n"
      extraFiles.append(
        (
          "simulation-check.csv",
          SimulationStaffingReport.checkCSV(result, header: StaffingReport.header(plan, provenance))
        ))
    } else {
      plan = try StaffingPlanner.plan(loaded.scenario, options: options)
    }
    let summary = StaffingReport.summaryJSON(plan, provenance).rendered() + "\n"
    let staffing = StaffingReport.staffingCSV(plan, provenance)
    let files =
      [
        ("requirements.csv", StaffingReport.requirementsCSV(plan, provenance)),
        ("staffing.csv", staffing), ("summary.json", summary),
      ] + extraFiles
    switch format {
    case "json": io.writeOutput(summary)
    case "csv": io.writeOutput(staffing)
    default: io.writeOutput(lead + StaffingReport.table(plan, provenance) + "\n")
    }
    if let output {
      try output.commit(
        ReportCommand.adding(invocation, to: files, directory: output.directory), io: io)
    }
    return 0
  }
}
