import ContactCenter
import Reports

/// `ccplan show FILE`: a readable summary of a scenario.
enum ShowCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "show",
    abstract: "Summarise a scenario: channels, volumes, loads, SLAs and pools.",
    discussion: """
      Prints the horizon, each channel's daily volume, average handle time, offered load in \
      the busiest interval (Erlangs) and SLA, and each pool's tier, skills, scheduled \
      headcount and hourly cost.
      """,
    arguments: [ArgumentSpec("file", help: "The scenario file (JSON), or - for standard input.")],
    run: run)

  /// Prints the overview of the scenario.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("file") else {
      throw UsageError("Missing expected argument '<file>'")
    }
    let loaded = try ScenarioInput.load(file, io: io)
    io.writeOutput(ScenarioOverview.render(loaded.scenario))
    return 0
  }
}
