import ContactCenter

/// The `ccplan` root command: a group whose subcommands are listed here and nowhere else.
///
/// To add a command, write one file, `Commands/ValidateCommand.swift`:
///
///     import ContactCenter
///     import Foundation
///
///     /// `ccplan validate FILE...`: checks scenario files.
///     enum ValidateCommand {
///       /// The command's description, read by the parser, help and errors.
///       static let spec = CommandSpec(
///         name: "validate",
///         abstract: "Check scenario files and report every problem.",
///         arguments: [ArgumentSpec("file", help: "Scenario files to check.", isRepeating: true)],
///         options: [
///           OptionSpec("format", help: "How to report.", defaultValue: "text",
///                      choices: ["text", "json"])
///         ],
///         flags: [FlagSpec("quiet", short: "q", help: "Print nothing when all are valid.")],
///         run: run)
///
///       /// Checks each file; exit 1 when any has a problem.
///       static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
///         let format = try invocation.choice("--format") ?? "text"  // read options first
///         for file in invocation.positionals("file") { ... io.writeErrorLine(...) }
///         return 0
///       }
///     }
///
/// then append `ValidateCommand.spec` to `subcommands` below. The built-in `help` subcommand
/// is added by `CLI` and comes last.
enum RootCommand {
  /// The commands of `ccplan`, in the order help lists them.
  static let subcommands: [CommandSpec] = [
    ValidateCommand.spec, ShowCommand.spec, ErlangCommand.spec, StaffCommand.spec,
    SimulateCommand.spec, CompareCommand.spec, TiersCommand.spec, SweepCommand.spec,
    MergeCommand.spec, ScheduleCommand.spec, ReportCommand.spec, BenchCommand.spec,
  ]

  /// The root of the command tree.
  static let spec = CommandSpec(
    name: "ccplan",
    abstract: "Contact-center simulation and staffing planner.",
    discussion: """
      Simulates multichannel demand against tiered agent pools and recommends the \
      headcount that meets response-time service levels at the lowest cost.
      """,
    version: CCPlanVersion.current,
    subcommands: subcommands)
}
