import ContactCenter
import Planning
import Queueing
import Reports

/// `ccplan erlang`: the Erlang C / Erlang A calculator planners use daily.
enum ErlangCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "erlang",
    abstract: "Agents needed for one queue and period, by Erlang C or Erlang A.",
    discussion: """
      Recommends the smallest number of agents on line meeting every target given, and \
      prints the measures at the agent counts around it: service level, ASA, P(wait), \
      occupancy, abandonment (with --patience) and the scheduled headcount after shrinkage. \
      Without --patience the model is Erlang C (nobody abandons); with it, Erlang A \
      (exponential patience with that mean). Computed exactly, not by simulation.
      Example: ccplan erlang --calls 100 --per 30m --aht 180s --target 80/20s
      """,
    options: [
      OptionSpec(
        "calls", valueName: "n", help: "Contacts offered in the period.", isRequired: true),
      // Required, checked in `readInput` so that the usage line fits 80 columns.
      OptionSpec(
        "per", valueName: "duration", help: "The period the contacts arrive in (30m, 1h); required."
      ),
      OptionSpec(
        "aht", valueName: "duration", help: "Average handle time (180s, 3m).", isRequired: true),
      OptionSpec(
        "target", valueName: "p/t",
        help: "Service-level target: P percent answered within T (80/20s).", isRequired: true),
      OptionSpec(
        "patience", valueName: "duration",
        help: "Mean patience; selects Erlang A (exponential patience)."),
      OptionSpec(
        "sl-definition", valueName: "definition", help: "Which contacts the service level counts.",
        defaultValue: "offered", choices: Queueing.ServiceLevelDefinition.allCases.map(\.rawValue)),
      OptionSpec("max-occupancy", valueName: "share", help: "Occupancy cap (85%)."),
      OptionSpec("max-asa", valueName: "duration", help: "Largest acceptable ASA (30s)."),
      OptionSpec("max-abandon", valueName: "share", help: "Largest acceptable abandonment (5%)."),
      OptionSpec(
        "shrinkage", valueName: "share", help: "Share of scheduled time off the phones (30%).",
        defaultValue: "0%"),
      OptionSpec("agents", valueName: "n", help: "An agent count to include in the table."),
      OptionSpec(
        "format", help: "How to print the result.", defaultValue: "table",
        choices: ["table", "json"]),
    ],
    run: run)

  /// Prints the recommendation and its table; exit 0.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    let input = try readInput(invocation)
    let format = try invocation.choice("--format") ?? "table"
    let result = try ErlangCalculator.compute(input)
    if format == "json" {
      io.writeOutputLine(
        ErlangReport.json(result, input: input, version: CCPlanVersion.current).rendered())
    } else {
      io.writeOutput(ErlangReport.table(result, input: input))
    }
    return 0
  }

  /// Reads and checks every option; throws a `UsageError` naming the first bad one.
  static func readInput(_ invocation: ParsedInvocation) throws -> ErlangCalculator.Input {
    let reader = OptionReader(invocation: invocation)
    let calls = try reader.number("--calls", minimum: 0)
    guard let period = try reader.duration("--per", positive: true) else {
      throw UsageError.missingArgument("--per <duration>", path: invocation.commandPath)
    }
    let aht = try reader.duration("--aht", positive: true)
    let (fraction, threshold) = try reader.target("--target")
    let definitionName = try invocation.choice("--sl-definition") ?? "offered"
    let definition = Queueing.ServiceLevelDefinition(rawValue: definitionName) ?? .offered
    let agents = try invocation.int("--agents")
    if let agents, agents < 1 {
      throw reader.invalid("--agents", String(agents), "a whole number of agents >= 1")
    }
    let shrinkage = try reader.share("--shrinkage", maximum: 0.99) ?? 0
    return ErlangCalculator.Input(
      contacts: calls ?? 0, periodSeconds: period, handleSeconds: aht ?? 0,
      serviceLevel: .init(fraction: fraction, thresholdSeconds: threshold, definition: definition),
      patienceSeconds: try reader.duration("--patience", positive: false),
      maxOccupancy: try reader.share("--max-occupancy", minimum: 0.01, maximum: 1),
      maxASASeconds: try reader.duration("--max-asa", positive: false),
      maxAbandonRate: try reader.share("--max-abandon", maximum: 1),
      shrinkage: shrinkage, agents: agents)
  }
}
