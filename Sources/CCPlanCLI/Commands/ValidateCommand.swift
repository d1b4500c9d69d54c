import ContactCenter
import Planning

/// `ccplan validate FILE...`: checks scenario files and lists every problem.
enum ValidateCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Check scenario files and report every problem.",
    discussion: """
      Reads each scenario strictly: syntax (with line and column), unknown or duplicate \
      keys, units, value ranges, array lengths, forecast CSV cells, and references between \
      channels and pools. Prints one line per problem on standard error, in the form \
      'file:line:column: error: json.path: expected ..., found ...'. A *.sweep.json file \
      is checked as a sweep spec, with every point built and validated. Exits 0 when \
      every file is valid, 1 otherwise.
      """,
    arguments: [
      ArgumentSpec(
        "file", help: "Scenario files (JSON) to check; - reads standard input.", isRepeating: true)
    ],
    flags: [FlagSpec("quiet", short: "q", help: "Print nothing for valid files.")],
    run: run)

  /// Checks each file; returns 1 when any has a problem.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    let files = invocation.positionals("file")
    guard !files.isEmpty else { throw UsageError("Missing expected argument '<file> ...'") }
    let quiet = invocation.flag("--quiet")
    var failed = 0
    for file in files {
      if file.hasSuffix(".sweep.json") {
        if !validateSweep(file, quiet: quiet, io: io) { failed += 1 }
        continue
      }
      do {
        let loaded = try ScenarioInput.load(file, io: io)
        if !quiet {
          let scenario = loaded.scenario
          io.writeOutputLine(
            "\(loaded.file): ok (\(plural(scenario.channels.count, "channel")), "
              + "\(plural(scenario.pools.count, "pool")), \(plural(scenario.horizon.days, "day")) "
              + intervals(scenario.horizon) + ")")
        }
      } catch {
        failed += 1
        for issue in error.issues { io.writeErrorLine(issue.description) }
      }
    }
    if failed > 0 && files.count > 1 {
      io.writeErrorLine("\(failed) of \(files.count) files have problems.")
    }
    return failed == 0 ? 0 : 1
  }

  /// Checks a sweep spec and builds every point of it; returns whether it is valid.
  private static func validateSweep(_ file: String, quiet: Bool, io: any CommandIO) -> Bool {
    do {
      let plan = SweepPlan(spec: try SweepSpecLoader.load(path: file))
      try plan.check()
      if !quiet {
        io.writeOutputLine(
          "\(file): ok (sweep of \(plural(plan.pointCount, "point")), "
            + "\(plural(plan.spec.parameters.count, "parameter")), every point valid)")
      }
      return true
    } catch let error as SweepSpecError {
      for issue in error.issues { io.writeErrorLine(issue.description) }
    } catch {
      io.writeErrorLine("\(file): error: \(error)")
    }
    return false
  }

  /// Returns "of 48 intervals", or "with 280 open intervals" when the days differ.
  private static func intervals(_ horizon: Horizon) -> String {
    if let perDay = horizon.openIntervalsPerOpenDay, horizon.windows.count == horizon.days {
      return "of \(plural(perDay, "interval"))"
    }
    return "with \(plural(horizon.openIntervals, "open interval"))"
  }

  private static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
