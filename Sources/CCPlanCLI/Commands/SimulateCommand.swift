import ContactCenter
import Foundation
import Planning
import Reports
import Simulation

/// `ccplan simulate SCENARIO`: replications of the discrete-event model on all cores.
enum SimulateCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "simulate",
    abstract: "Simulate a scenario and report service, waits, abandonment and occupancy.",
    discussion: """
      Runs independent replications of the discrete-event model (warm-up before the \
      horizon, wrap-up after it, so every counted contact's outcome is known) on all cores. \
      Figures are means over replications with 95% confidence half-widths (ratios by the \
      delta method). The same scenario and seed give byte-identical output whatever \
      --threads is. Writes intervals.csv, pool-intervals.csv, replications.csv and \
      summary.json to the output directory.
      """,
    arguments: [
      ArgumentSpec("scenario", help: "The scenario file (JSON), or - for standard input.")
    ],
    options: [
      OptionSpec(
        "replications", short: "r", valueName: "n",
        help: "Independent replications (default: the scenario's)."),
      OptionSpec(
        "seed", short: "s", valueName: "n", help: "Base random seed (default: the scenario's)."),
      OptionSpec(
        "threads", short: "t", valueName: "n", help: "Worker threads (default: all cores)."),
      OptionSpec(
        "out", short: "o", valueName: "dir",
        help: "Directory for the result files (default: results/runs/<scenario>/simulate/)."),
      OptionSpec(
        "format", short: "f", valueName: "format", help: "What to print on standard output.",
        defaultValue: "table", choices: ["table", "json", "csv"]),
      OptionSpec(
        "staffing", valueName: "csv",
        help: "Replay the scheduled headcount of a staffing.csv written by 'ccplan staff'."),
    ] + WhatIfOptions.specs,
    flags: [
      FlagSpec("no-files", help: "Print only; write no result files."), ReportCommand.flag,
    ],
    run: run)

  /// Simulates the scenario, prints the report and writes the result files.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("scenario") else {
      throw UsageError("Missing expected argument '<scenario>'")
    }
    let format = try invocation.choice("--format") ?? "table"
    try ReportCommand.checkFlags(invocation)
    let replicationsOption = try invocation.int("--replications")
    let seedOption = try invocation.int("--seed")
    let threadsOption = try invocation.int("--threads")
    if let replicationsOption, replicationsOption < 1 {
      throw UsageError(
        "The value '\(replicationsOption)' is invalid for '--replications': expected at least 1.")
    }
    if let seedOption, seedOption < 0 {
      throw UsageError(
        "The value '\(seedOption)' is invalid for '--seed': expected a whole number ≥ 0.")
    }
    if let threadsOption, threadsOption < 1 {
      throw UsageError(
        "The value '\(threadsOption)' is invalid for '--threads': expected at least 1.")
    }
    let edit = ScenarioEdit(
      volumeFactor: try invocation.double("--volume-factor") ?? 1,
      ahtFactor: try invocation.double("--aht-factor") ?? 1,
      dayFactorCV: try WhatIfOptions.forecastCV(invocation))
    let loaded = try ScenarioInput.load(file, io: io)
    let scenario: Scenario
    do {
      scenario = try edit.apply(to: loaded.scenario, file: loaded.file)
    } catch let error as ScenarioEditError {
      let option = error.field == "volume factor" ? "--volume-factor" : "--aht-factor"
      throw UsageError.invalidValue(
        invocation.string(option) ?? error.found, for: option, expected: error.expected,
        path: invocation.commandPath)
    }
    let replications = replicationsOption ?? scenario.simulation.replications
    let seed = seedOption.map(UInt64.init) ?? scenario.simulation.seed
    let threads = threadsOption ?? ProcessInfo.processInfo.activeProcessorCount
    // Check where the files go before simulating, so a bad --out fails in a second, not after.
    let directory: URL? =
      invocation.flag("--no-files")
      ? nil
      : OutputDirectory.resolve(
        invocation.string("--out"), scenario: scenario.name, command: "simulate")
    let output = try directory.map { url throws(OutputDirectoryError) in
      try ResultSet(
        url,
        owns: [
          "summary.json", "intervals.csv", "pool-intervals.csv", "replications.csv",
          ResultDirectory.reportName,
        ])
    }
    let scenarioSHA256 = SHA256.hex(of: Data(loaded.bytes))
    var staffingFile: SourceFile?
    var override: [[Int]]?
    if let path = invocation.string("--staffing") {
      guard let data = FileContents.read(atPath: path).data else {
        throw StaffingFileError(path: path)
      }
      let text = String(decoding: data, as: UTF8.self)
      override = try StaffingCSV.parse(text: text, scenario: scenario, file: path)
      staffingFile = SourceFile(path: path, sha256: SHA256.hex(of: data))
      let warnings = StaffingProvenance(text: text).mismatches(
        scenarioSHA256: scenarioSHA256, volumeFactor: edit.volumeFactor,
        ahtFactor: edit.ahtFactor)
      for warning in warnings { io.writeErrorLine("warning: \(path): \(warning)") }
    }
    if override == nil { try loaded.require(.staffing) }
    let variant = try ExperimentVariant(
      name: loaded.file, scenario: scenario, staffing: override)

    let progress = ReplicationProgressLine(
      io: io, label: scenario.name, replications: replications,
      daysPerReplication: variant.model.warmupDays + variant.model.days,
      // Open intervals per day on average (days may differ in opening hours).
      intervalsPerDay: (variant.model.windowStart.last ?? 0) / max(1, variant.model.days))
    let settings = ExperimentSettings(
      seed: seed, replications: replications, threads: threads, progress: progress?.counter)
    let summary = try Experiment.run(variant, settings: settings) { done in
      progress?.replicationsDone(done)
    }
    progress?.finish()
    var info = RunInfo(
      version: CCPlanVersion.current, scenarioName: scenario.name, scenarioFile: loaded.file,
      scenarioSHA256: scenarioSHA256, seed: seed, replications: replications,
      staffingFile: staffingFile)
    info.volumeFactor = edit.volumeFactor
    info.ahtFactor = edit.ahtFactor
    let json = SimulationReport.json(summary, info: info).rendered() + "\n"
    let intervals = SimulationReport.intervalsCSV(summary, horizon: scenario.horizon, info: info)
    switch format {
    case "json": io.writeOutput(json)
    case "csv": io.writeOutput(intervals)
    default: io.writeOutput(SimulationReport.table(summary, info: info, horizon: scenario.horizon))
    }
    if let output {
      let files = [
        ("summary.json", json), ("intervals.csv", intervals),
        (
          "pool-intervals.csv",
          SimulationReport.poolIntervalsCSV(summary, horizon: scenario.horizon, info: info)
        ),
        ("replications.csv", SimulationReport.replicationsCSV(summary, info: info)),
      ]
      try output.commit(
        ReportCommand.adding(invocation, to: files, directory: output.directory), io: io)
    }
    return 0
  }
}

/// A staffing file that cannot be read.
struct StaffingFileError: Error, CustomStringConvertible {
  /// The path given to --staffing.
  let path: String

  var description: String {
    "cannot read the staffing file '\(path)' given to --staffing: no such file or not readable "
      + "(write one with: ccplan staff SCENARIO --out DIR)"
  }
}
