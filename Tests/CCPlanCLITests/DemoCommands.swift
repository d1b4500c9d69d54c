import Foundation
import Testing

@testable import CCPlanCLI

/// A throwaway command tree that exercises every feature of the framework, so the tests do
/// not depend on ccplan's real commands. Its `simulate` echoes what it parsed, one
/// `name=value` line each, so a test can read back what the parser understood.
enum Demo {
  /// A library-style failure with a message for the user.
  struct BrokenScenario: Error, CustomStringConvertible {
    /// The file that failed.
    let file: String
    /// The message printed after `Error:`.
    var description: String { "\(file): channels[1].sla.percent: expected (0, 100], found 120" }
  }

  /// A failure with no message of its own.
  struct Opaque: Error {}

  /// `simulate <scenario> [<extra> ...]` with every kind of option and flag.
  static let simulate = CommandSpec(
    name: "simulate",
    abstract: "Simulate a scenario and report service levels.",
    discussion: """
      Runs independent replications of the scenario and prints each channel's service level \
      with a 95% confidence interval.

      Examples:
        ccplan simulate scenarios/bank-24x7.json --replications 40
      """,
    arguments: [
      ArgumentSpec("scenario", help: "The scenario file to simulate."),
      ArgumentSpec("extra", help: "More scenario files.", isOptional: true, isRepeating: true),
    ],
    options: [
      OptionSpec(
        "replications", short: "r", valueName: "n", help: "Independent replications to run.",
        defaultValue: "20"),
      OptionSpec(
        "format", short: "f", help: "Output format.", defaultValue: "table",
        choices: ["table", "json", "csv"]),
      OptionSpec(
        "shift", valueName: "minutes",
        help: "Moves the whole horizon by this many minutes; a negative value moves it earlier."),
      OptionSpec("scale", help: "Demand factor."),
      OptionSpec("output-directory", short: "o", valueName: "directory", help: "Where to write."),
    ],
    flags: [
      FlagSpec("quick", short: "q", help: "Run fewer replications."),
      FlagSpec("verbose", short: "v", help: "Say more."),
    ],
    run: { invocation, io in
      let lines = [
        "scenario=\(invocation.positional("<scenario>") ?? "-")",
        "extra=\(invocation.positionals("extra").joined(separator: ","))",
        "replications=\(try invocation.int("--replications").map(String.init) ?? "-")",
        "format=\(try invocation.choice("--format") ?? "-")",
        "shift=\(try invocation.int("--shift").map(String.init) ?? "-")",
        "scale=\(try invocation.double("--scale").map { "\($0)" } ?? "-")",
        "output-directory=\(invocation.string("-o") ?? "-")",
        "quick=\(invocation.flag("--quick"))",
        "verbose=\(invocation.flag("verbose"))",
      ]
      io.writeOutput(lines.joined(separator: "\n") + "\n")
      return 0
    })

  /// `validate <file> ...`: fails at run time in the ways a real command can.
  static let validate = CommandSpec(
    name: "validate",
    abstract: "Check scenario files.",
    arguments: [ArgumentSpec("file", help: "Scenario files to check.", isRepeating: true)],
    options: [OptionSpec("profile", valueName: "name", help: "A profile.", isRequired: true)],
    flags: [FlagSpec("strict", help: "Treat warnings as errors.")],
    run: { invocation, io in
      for file in invocation.positionals("file") {
        switch file {
        case "broken.json": throw BrokenScenario(file: file)
        case "opaque.json": throw Opaque()
        case "exit3.json": throw ExitCode(3)
        case "both.json": throw UsageError("'--strict' cannot check 'both.json'.")
        case "/nonexistent/missing.json": _ = try Data(contentsOf: URL(fileURLWithPath: file))
        default: io.writeOutputLine("\(file): ok")
        }
      }
      return 0
    })

  /// `report`: a group with one subcommand, to check nested help and errors.
  static let report = CommandSpec(
    name: "report",
    abstract: "Render reports.",
    subcommands: [
      CommandSpec(
        name: "html", abstract: "Render an HTML report.",
        run: { _, io in
          io.writeOutputLine("html")
          return 0
        })
    ])

  /// The root: `ccplan` with a version and the three commands above.
  static let root = CommandSpec(
    name: "ccplan",
    abstract: "Demo planner.",
    version: "9.9.9",
    subcommands: [simulate, validate, report])

  /// What one in-process run printed and returned.
  struct Outcome: Equatable, CustomStringConvertible {
    /// The exit status.
    var code: Int32
    /// Everything written to standard output.
    var stdout: String
    /// Everything written to standard error.
    var stderr: String
    /// The three parts, for failure messages.
    var description: String { "exit \(code)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
  }

  /// Runs the demo tree with `arguments`.
  static func run(_ arguments: [String]) -> Outcome {
    let io = CapturedIO()
    let code = CLI.run(arguments, root: root, io: io)
    return Outcome(code: code, stdout: io.stdout, stderr: io.stderr)
  }

  /// The `name=value` lines `simulate` printed, as a dictionary.
  static func parsed(_ arguments: [String]) -> [String: String] {
    let outcome = run(["simulate"] + arguments)
    #expect(outcome.code == 0, "\(outcome)")
    var values: [String: String] = [:]
    for line in outcome.stdout.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      values[String(parts[0])] = String(parts[1])
    }
    return values
  }
}
