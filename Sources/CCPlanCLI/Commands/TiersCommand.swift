import ContactCenter
import Foundation
import Planning
import Reports
import Simulation

/// `ccplan tiers SCENARIO`: what a point of Tier-1 FCR or of self-service deflection is
/// worth per year, and what one escalation costs.
enum TiersCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "tiers",
    abstract: "Price a point of Tier-1 FCR or of self-service deflection, and an escalation.",
    discussion: """
      Re-plans the scenario analytically with Tier-1 first-contact resolution raised by \
      --fcr-step for each channel (and all together), then with deflection raised by \
      --deflection-step, at the same service targets, and reports the paid hours, \
      headcount and yearly cost each saves: the most a year of a training programme or a \
      self-service bot achieving that step may cost to break even. Also the cost of one \
      escalation per channel: the Tier-2/3 labour it consumes plus costs.escalation.
      """,
    arguments: [ArgumentSpec("scenario", help: "The scenario file (JSON), or - for stdin.")],
    options: [
      OptionSpec(
        "fcr-step", valueName: "points", help: "The FCR step, in points ('1pt' or '1%').",
        defaultValue: "1pt"),
      OptionSpec(
        "deflection-step", valueName: "points",
        help: "The deflection step, in points ('1pt' or '1%').", defaultValue: "1pt"),
      OptionSpec(
        "method", help: "Queueing model for real-time channels.", defaultValue: "erlang-c",
        choices: StaffingMethod.allCases.map(\.rawValue)),
      OptionSpec(
        "format", short: "f", help: "What to print.", defaultValue: "table",
        choices: ["table", "json"]),
      OptionSpec(
        "replications", short: "r", valueName: "n",
        help: "Replications of each verification with --verify (default: the scenario's)."),
    ],
    flags: [
      FlagSpec(
        "verify",
        help: "Simulate each lever's plan against the baseline plan on common random numbers.")
    ],
    run: run)

  /// Prices the levers and prints them; exit 0.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("scenario") else {
      throw UsageError("Missing expected argument '<scenario>'")
    }
    let fcrStep = try points(invocation, "--fcr-step")
    let deflectionStep = try points(invocation, "--deflection-step")
    let method = StaffingMethod(rawValue: try invocation.choice("--method") ?? "") ?? .erlangC
    let format = try invocation.choice("--format") ?? "table"
    let loaded = try ScenarioInput.load(file, io: io)
    try loaded.require(.hourlyCost)
    let economics = try TierEconomics(
      scenario: loaded.scenario, fcrStep: fcrStep, deflectionStep: deflectionStep,
      options: StaffingOptions(method: method))
    let currency = loaded.scenario.costs.currency
    var verifications: [TierEconomics.Verification] = []
    if invocation.flag("--verify") {
      let replications =
        try invocation.int("--replications")
        ?? max(2, loaded.scenario.simulation.replications)
      if replications < 2 {
        throw UsageError.invalidValue(
          String(replications), for: "--replications", expected: "a whole number ≥ 2",
          path: invocation.commandPath)
      }
      try loaded.require(.staffing)
      verifications = try economics.verify(
        settings: ExperimentSettings(
          seed: loaded.scenario.simulation.seed, replications: replications,
          threads: ProcessInfo.processInfo.activeProcessorCount, detail: .headline))
    }
    if format == "json" {
      io.writeOutput(TierEconomicsReport.json(economics, currency: currency).rendered() + "\n")
    } else {
      io.writeOutput(TierEconomicsReport.table(economics, currency: currency))
      if !verifications.isEmpty {
        io.writeOutput(TierEconomicsReport.verificationTable(verifications))
      }
    }
    return 0
  }

  /// Returns a step option as a fraction: "1pt", "2.5pt" or "1%" (points), in (0, 100].
  static func points(_ invocation: ParsedInvocation, _ option: String) throws(UsageError)
    -> Double
  {
    let text = invocation.string(option) ?? "1pt"
    var number = Substring(text)
    if number.hasSuffix("pts") {
      number = number.dropLast(3)
    } else if number.hasSuffix("pt") {
      number = number.dropLast(2)
    } else if number.hasSuffix("%") {
      number = number.dropLast()
    } else {
      throw UsageError.invalidValue(
        text, for: option, expected: "percentage points with a unit, such as '1pt' or '1%'",
        path: invocation.commandPath)
    }
    guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value > 0,
      value <= 100
    else {
      throw UsageError.invalidValue(
        text, for: option, expected: "points above 0 and at most 100, such as '1pt'",
        path: invocation.commandPath)
    }
    return value / 100
  }
}
