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
      one core), multichannel (telecom-multichannel.json, one core), replications (20 \
      replications of tiers on all cores: speed-up over one core, and whether the output \
      bytes match), erlang (minimum-agents solves per second at 10,000 Erlangs), \
      memory-small and memory-large (10^6 and 10^8 simulated contacts of mmc, the larger by \
      a 100 times higher arrival rate), validate (reading a scenario with one-line arrays \
      of 30 and 366 days: time per day must not grow), simstaff (staff --method simulation on \
      the help desk, all cores), sweep, schedule (the help desk's and the telecom week's \
      rosters: time and gap to the LP bound). Contacts are simulated arrivals, warm-up and \
      wrap-up included. With --reference, the reference M/M/c loop (built by \
      ../shared/bench/run.sh) runs in the same go and the simulation cases get a ratio. \
      Build in release mode: swift build -c release.
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
        "reference", valueName: "binary", help: "The reference M/M/c loop to time in the same go."),
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
    var results: [BenchResult] = []
    for name in names {
      if invocation.flag("--in-process") {
        results.append(try BenchCases.run(name, quick: quick, scenarios: scenarios))
      } else {
        if io.isErrorTerminal { io.writeError("\rbench: running \(name)...   ") }
        results.append(try child(name, quick: quick, scenarios: scenarios))
      }
    }
    if io.isErrorTerminal { io.writeError("\r\u{1B}[K") }
    if let reference = invocation.string("--reference") {
      let contacts = quick ? 1_000_000 : 10_000_000
      let referenceResult = try runReference(reference, customers: contacts)
      let rate = referenceResult.contactsPerSecond
      results = results.map { result in
        var result = result
        if ["mmc", "tiers", "multichannel"].contains(result.name), rate > 0 {
          result.extra.append(
            (
              "ratio_to_reference",
              .number((result.contactsPerSecond / rate * 1000).rounded() / 1000)
            ))
        }
        return result
      }
      results.append(referenceResult)
    }
    if format == "json" {
      io.writeOutput(JSONValue.array(results.map(\.json)).rendered() + "\n")
    } else {
      io.writeOutput(BenchReport.table(results))
    }
    return 0
  }

  /// Runs one case in a child process of this executable and reads its JSON line.
  private static func child(_ name: String, quick: Bool, scenarios: String) throws -> BenchResult {
    var arguments = [
      "bench", "--case", name, "--in-process", "--format", "json", "--scenarios", scenarios,
    ]
    if quick { arguments.append("--quick") }
    let (status, output, error) = try spawn(ProcessStats.executablePath(), arguments)
    guard status == 0, let result = BenchResult(childOutput: output) else {
      throw BenchError.childFailed(
        name: name, status: status, stderr: error.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return result
  }

  /// Runs the reference loop for `customers` customers and reads its JSON line.
  private static func runReference(_ binary: String, customers: Int) throws -> BenchResult {
    let (status, output, error) = try spawn(binary, [String(customers), "1", "reference-mmc"])
    // The loop's own peak_rss_kb comes from getrusage, which inherits this process's peak
    // across the spawn, so it is not reported (../shared/bench/run.sh gives that figure).
    guard status == 0, let numbers = JSONNumbers.of(output),
      let rate = numbers["customers_per_second"], let wall = numbers["wall_seconds"]
    else {
      throw BenchError.childFailed(name: "reference", status: status, stderr: error + output)
    }
    return BenchResult(
      name: "reference-mmc", contacts: Int((rate * wall).rounded()), wallSeconds: wall,
      peakRSSBytes: 0, threads: 1)
  }

  private static func spawn(_ executable: String, _ arguments: [String]) throws -> (
    Int32, String, String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}
