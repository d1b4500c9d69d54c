import ContactCenter
import Foundation
import Planning
import Reports
import Simulation

/// `ccplan compare A.json B.json ...` or `ccplan compare SCENARIO --staffing a.csv
/// --staffing b.csv`: plans side by side in money and service, the first the baseline.
enum CompareCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "compare",
    abstract: "Compare staffing plans in cost and service, the first as the baseline.",
    discussion: """
      Each plan is a scenario file (its pools' staffing; planned analytically when it has \
      none) or, with --staffing, a staffing.csv of one scenario. Rows: scheduled headcount \
      and FTE per tier, paid hours, cost per day, week and year, cost per handled contact, \
      then service level, ASA and abandonment per channel and occupancy per pool; every \
      plan after the first also gets its difference to the baseline. With --method \
      simulation every plan sees the same customers (common random numbers) and each \
      difference gets a paired 95% interval. Writes compare.csv (tidy) and compare.json.
      """,
    arguments: [
      ArgumentSpec(
        "plans", help: "Scenario files (JSON); one scenario when --staffing is given.",
        isRepeating: true)
    ],
    options: [
      OptionSpec(
        "staffing", valueName: "csv",
        help: "A staffing.csv of the one scenario given (repeat: one plan each)."),
      OptionSpec(
        "method", help: "How service is measured.", defaultValue: "analytic",
        choices: ["analytic", "simulation"]),
      OptionSpec(
        "replications", short: "r", valueName: "n",
        help: "Replications with --method simulation (default: the baseline's)."),
      OptionSpec(
        "seed", short: "s", valueName: "n", help: "Base seed (default: the baseline's)."),
      OptionSpec("threads", short: "t", valueName: "n", help: "Worker threads (default: all)."),
      OptionSpec(
        "format", short: "f", help: "What to print on standard output.", defaultValue: "table",
        choices: ["table", "json", "csv"]),
      OptionSpec(
        "out", short: "o", valueName: "dir",
        help: "Directory for compare.csv and compare.json (default: "
          + "results/runs/<baseline>/compare/)."),
    ],
    flags: [FlagSpec("no-files", help: "Print only; write no result files.")],
    run: run)

  /// Compares the plans, prints the comparison and writes the two files.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    let inputs = invocation.positionals("plans")
    let staffingFiles = invocation.isGiven("--staffing") ? invocation.strings("--staffing") : []
    let format = try invocation.choice("--format") ?? "table"
    let simulate = try invocation.choice("--method") == "simulation"
    let replicationsOption = try invocation.int("--replications")
    let seedOption = try invocation.int("--seed")
    let threadsOption = try invocation.int("--threads")
    for (option, value, minimum) in [
      ("--replications", replicationsOption, 2), ("--seed", seedOption, 0),
      ("--threads", threadsOption, 1),
    ] {
      if let value, value < minimum {
        throw UsageError.invalidValue(
          String(value), for: option, expected: "a whole number ≥ \(minimum)",
          path: invocation.commandPath)
      }
    }
    if staffingFiles.isEmpty && inputs.count < 2 {
      throw UsageError(
        "Give at least two scenario files, or one scenario and two '--staffing' files.",
        commandPath: invocation.commandPath)
    }
    if !staffingFiles.isEmpty && inputs.count != 1 {
      throw UsageError(
        "'--staffing' compares plans of one scenario: give exactly one scenario file.",
        commandPath: invocation.commandPath)
    }
    var plans: [ComparedPlan] = []
    var sources: [(String, String)] = []
    var notes: [String] = []
    if staffingFiles.isEmpty {
      for path in inputs {
        let loaded = try ScenarioInput.load(path, io: io)
        let scenario = loaded.scenario
        sources.append((loaded.file, SHA256.hex(of: Data(loaded.bytes))))
        var scheduled = scenario.pools.map { $0.staffing ?? [] }
        if scenario.pools.contains(where: { $0.staffing == nil }) {
          scheduled = try StaffingPlanner.plan(scenario).pools.map(\.scheduledHeadcount)
          notes.append("\(loaded.file) has no staffing: its analytic plan is compared")
        }
        plans.append(
          ComparedPlan(name: name(of: loaded.file), scenario: scenario, scheduled: scheduled))
      }
    } else {
      let loaded = try ScenarioInput.load(inputs[0], io: io)
      sources.append((loaded.file, SHA256.hex(of: Data(loaded.bytes))))
      for path in staffingFiles {
        guard let data = FileContents.read(atPath: path).data else {
          throw StaffingFileError(path: path)
        }
        let scheduled = try StaffingCSV.parse(
          text: String(decoding: data, as: UTF8.self), scenario: loaded.scenario, file: path)
        sources.append((path, SHA256.hex(of: data)))
        plans.append(
          ComparedPlan(name: name(of: path), scenario: loaded.scenario, scheduled: scheduled))
      }
    }
    plans = disambiguated(plans, paths: staffingFiles.isEmpty ? inputs : staffingFiles)
    let baseline = plans[0].scenario
    let directory: URL? =
      invocation.flag("--no-files")
      ? nil
      : OutputDirectory.resolve(
        invocation.string("--out"), scenario: baseline.name, command: "compare")
    let output = try directory.map { url throws(OutputDirectoryError) in
      try ResultSet(url, owns: ["compare.csv", "compare.json"])
    }
    let replications = replicationsOption ?? max(2, baseline.simulation.replications)
    let seed = seedOption.map(UInt64.init) ?? baseline.simulation.seed
    let settings = ExperimentSettings(
      seed: seed, replications: replications,
      threads: threadsOption ?? ProcessInfo.processInfo.activeProcessorCount, detail: .headline)
    let progress = io.isErrorTerminal && simulate ? ProgressLine(io: io) : nil
    let count = plans.count
    var comparison = try PlanComparison.compare(
      plans, method: simulate ? .simulation(settings) : .analytic
    ) { done in
      progress?.update("simulating \(count) plans: \(done)/\(replications) replications")
    }
    progress?.finish()
    comparison.notes = notes + comparison.notes
    let provenance = provenanceJSON(sources, simulate ? (seed, replications) : nil)
    let json = ComparisonReport.json(comparison, provenance: provenance).rendered() + "\n"
    let csv = ComparisonReport.csv(
      comparison, header: csvHeader(sources, simulate ? (seed, replications) : nil))
    switch format {
    case "json": io.writeOutput(json)
    case "csv": io.writeOutput(csv)
    default: io.writeOutput(ComparisonReport.table(comparison))
    }
    try output?.commit([("compare.csv", csv), ("compare.json", json)], io: io)
    return 0
  }

  /// Returns a plan's column name: its file name without the directory.
  static func name(of path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
  }

  /// Returns the plans with repeated names told apart: by their parent folder
  /// (`a/staffing.csv`, `b/staffing.csv`), then by a suffix " (2)", " (3)", ….
  static func disambiguated(_ plans: [ComparedPlan], paths: [String]) -> [ComparedPlan] {
    var named = plans
    let names = plans.map(\.name)
    for i in plans.indices where names.filter({ $0 == names[i] }).count > 1 {
      let url = URL(fileURLWithPath: paths[i])
      named[i].name = url.deletingLastPathComponent().lastPathComponent + "/" + names[i]
    }
    var counts: [String: Int] = [:]
    for i in named.indices {
      counts[named[i].name, default: 0] += 1
      if let count = counts[named[i].name], count > 1 { named[i].name += " (\(count))" }
    }
    return named
  }

  /// Returns the run record of compare.json: version, every input file and its SHA-256,
  /// and the seed and replications when simulated.
  static func provenanceJSON(_ sources: [(String, String)], _ run: (UInt64, Int)?) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("ccplan_version", .string(CCPlanVersion.current)),
      (
        "inputs",
        .array(
          sources.map { .object([("file", .string($0.0)), ("sha256", .string($0.1))]) })
      ),
    ]
    if let run {
      members.append(("seed", .number(Double(run.0))))
      members.append(("replications", .integer(run.1)))
    }
    return .object(members)
  }

  /// Returns the `#` provenance line opening compare.csv.
  static func csvHeader(_ sources: [(String, String)], _ run: (UInt64, Int)?) -> String {
    var text = "# ccplan \(CCPlanVersion.current) compare; "
    text += sources.map { "\($0.0) (sha256 \($0.1))" }.joined(separator: ", ")
    if let run { text += "; seed \(run.0); replications \(run.1)" } else { text += "; analytic" }
    return text + "\n"
  }
}
