import Foundation
import Reports

/// `ccplan bench`: how fast the simulator and the planner are, each case in its own process.
enum BenchCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "bench",
    abstract: "Measure simulation speed, parallel speed-up, memory and solver speed.",
    discussion: """
      Runs each case in its own child process (peak memory is a whole-process figure): \
      mmc (mmc-validation.json, one core, 10^7 contacts), tiers (saas-helpdesk-tiers.json, \
      one core), multichannel (telecom-multichannel.json, one core), replications (40 \
      replications of tiers on all cores: speed-up over one core, and whether the output \
      bytes match), erlang (minimum-agents solves per second, Erlang C and Erlang A, at 100, \
      1,000 and 10,000 Erlangs), memory-small and memory-large (10^6 and 10^8 simulated \
      contacts of mmc, the larger by a 100 times higher arrival rate), memory-reps-few and \
      memory-reps-many (3 and 274 replications of an M/M/10 week), memory-days-few and \
      memory-days-many (2 and 366 days of it), validate (reading a scenario with one-line \
      arrays of 30 and 366 days: time per day must not grow), simstaff (staff --method \
      simulation on the help desk, all cores), sweep, schedule (the help desk's and the telecom week's \
      rosters: time and gap to the LP bound). Contacts are simulated arrivals, \
      warm-up and wrap-up included. With --reference (and --reference-outside), the \
      reference M/M/c loops (built by ../shared/bench/run.sh) run interleaved with each \
      simulation case, and the case gets the median of the per-round ratios, in CPU time \
      and in wall time. The load average and the other processes' CPU use are printed; on \
      a busy machine a figure that misses its target is marked unreliable. Build in \
      release mode: swift build -c release.
      """,
    options: [
      OptionSpec(
        "format", short: "f", valueName: "format", help: "Output format.", defaultValue: "table",
        choices: ["table", "json"]),
      OptionSpec(
        "case", valueName: "name",
        help: "Run one case only (\(BenchCases.names.joined(separator: ", ")))."),
      OptionSpec(
        "scenarios", valueName: "dir", help: "Where the example scenarios are.",
        defaultValue: "scenarios"),
      OptionSpec(
        "reference", valueName: "binary",
        help: "The reference M/M/c loop, binary-heap variant, to time interleaved with each case."),
      OptionSpec(
        "reference-outside", valueName: "binary",
        help: "The reference loop's arrival-outside-the-heap variant, timed the same way."),
      OptionSpec(
        "rounds", valueName: "n",
        help:
          "Rounds of (reference, case, reference) per simulation case (default 3; 1 with --quick)."),
    ],
    flags: [
      FlagSpec("quick", help: "Small sizes (under 30 s in all), for CI smoke runs."),
      FlagSpec("in-process", help: "Run the case(s) in this process instead of child processes."),
    ],
    run: run)

  /// Runs the cases and prints their figures.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    let format = try invocation.choice("--format") ?? "table"
    let quick = invocation.flag("--quick")
    let scenarios = invocation.string("--scenarios") ?? "scenarios"
    var names = BenchCases.names
    if let only = invocation.string("--case") {
      guard names.contains(only) else {
        throw UsageError(
          "The value '\(only)' is invalid for '--case': expected one of \(names.joined(separator: ", "))."
        )
      }
      names = [only]
    }
    let rounds = try invocation.int("--rounds") ?? (quick ? 1 : 3)
    guard rounds >= 1 else {
      throw UsageError("The value '\(rounds)' is invalid for '--rounds': expected at least 1.")
    }
    for option in ["--reference", "--reference-outside"] {
      if let path = invocation.string(option), !FileManager.default.isExecutableFile(atPath: path) {
        throw UsageError(
          "The value '\(path)' is invalid for '\(option)': expected the reference loop's "
            + "executable; build it with ../shared/bench/run.sh (VARIANT=arrival-outside for "
            + "the outside variant), into /tmp/ccplan-reference/.")
      }
    }
    let interleave = BenchInterleave(
      heap: invocation.string("--reference"), outside: invocation.string("--reference-outside"),
      pairs: rounds)
    let loadBefore = ProcessStats.loadAverage()
    let othersBefore = BenchMachine.sampleOthers()
    var results: [BenchResult] = []
    var references: [BenchResult] = []
    for name in names {
      if invocation.flag("--in-process") {
        results.append(try BenchCases.run(name, quick: quick, scenarios: scenarios))
        continue
      }
      if io.isErrorTerminal { io.writeError("\rbench: running \(name)...   ") }
      if ["mmc", "tiers", "multichannel"].contains(name) && !interleave.isEmpty {
        let (result, runs) = try interleave.run(name, quick: quick) {
          try child(name, quick: quick, scenarios: scenarios)
        }
        results.append(result)
        references += runs
      } else {
        results.append(try child(name, quick: quick, scenarios: scenarios))
      }
    }
    if io.isErrorTerminal { io.writeError("\r\u{1B}[K") }
    let machine = BenchMachine(
      loadBefore: loadBefore, loadAfter: ProcessStats.loadAverage(),
      cores: ProcessInfo.processInfo.activeProcessorCount, othersBefore: othersBefore)
    let rows = results + BenchMachine.referenceRows(references)
    if format == "json" {
      io.writeOutput(JSONValue.array(rows.map(\.json) + [machine.json]).rendered() + "\n")
    } else {
      io.writeOutput(machine.header + BenchReport.table(rows, machine: machine))
      io.writeOutput(machine.warnings(rows))
    }
    return 0
  }

  /// Runs one case in a child process of this executable and reads its JSON line; the
  /// other processes' load while it ran comes from outside.
  private static func child(_ name: String, quick: Bool, scenarios: String) throws -> BenchResult {
    var arguments = [
      "bench", "--case", name, "--in-process", "--format", "json", "--scenarios", scenarios,
    ]
    if quick { arguments.append("--quick") }
    let run = try ChildRun.run(ProcessStats.executablePath(), arguments)
    guard run.status == 0, var result = BenchResult(childOutput: run.output) else {
      throw BenchError.childFailed(
        name: name, status: run.status,
        stderr: run.error.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    result.otherCores = run.otherCores
    return result
  }
}
