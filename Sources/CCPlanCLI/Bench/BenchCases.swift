import ContactCenter
import Foundation
import Planning
import Queueing
import Reports
import Simulation

/// The benchmark cases, each run in its own process so that peak memory is its own.
enum BenchCases {
  /// Case names in the order they run.
  static let names = [
    "mmc", "tiers", "multichannel", "replications", "erlang", "memory-small", "memory-large",
    "memory-reps-few", "memory-reps-many", "memory-days-few", "memory-days-many",
    "validate", "simstaff",
    "sweep", "schedule",
  ]

  /// Replications of the `memory-reps-*` cases and days of the `memory-days-*` cases.
  static func memorySize(_ name: String, quick: Bool) -> Int {
    switch name {
    case "memory-reps-many": return quick ? 30 : 274
    case "memory-days-few": return 2
    case "memory-days-many": return quick ? 60 : 366
    default: return 3
    }
  }

  /// Runs one case in this process and returns its measurements.
  static func run(_ name: String, quick: Bool, scenarios: String) throws -> BenchResult {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    switch name {
    case "mmc":
      let scenario = try load("mmc-validation.json", scenarios)
      return try simulate("mmc", scenario, replications: quick ? 3 : 28, threads: 1)
    case "tiers":
      let scenario = try load("saas-helpdesk-tiers.json", scenarios)
      return try simulate("tiers", scenario, replications: quick ? 8 : 60, threads: 1)
    case "multichannel":
      let scenario = try load("telecom-multichannel.json", scenarios)
      return try simulate("multichannel", scenario, replications: quick ? 1 : 3, threads: 1)
    case "replications":
      return try replications(
        try load("saas-helpdesk-tiers.json", scenarios), count: quick ? 8 : 40, threads: cores)
    case "erlang":
      var result = try erlang(solves: quick ? 2_000 : 20_000)
      result.extra += try erlangLoads(secondsEach: quick ? 0.02 : 0.2)
      let staff = try staffMilliseconds(
        URL(fileURLWithPath: scenarios).appendingPathComponent("telecom-multichannel.json").path)
      result.extra.append(("staff_telecom_ms", .number((staff * 100).rounded() / 100)))
      return result
    case "memory-small", "memory-large":
      // The larger case simulates 100 times the contacts of the smaller one by scaling the
      // arrival rate and the agents (same horizon, same outputs), so memory must stay flat.
      let base = try load("mmc-validation.json", scenarios)
      let scale = (name == "memory-large" ? 100.0 : 1.0) / (quick ? 10 : 1)
      return try simulate(name, scaled(base, by: scale), replications: 3, threads: 1)
    case "memory-reps-few", "memory-reps-many":
      // M/M/10 at 9.5 Erlangs for the week: only the replication count changes.
      let base = scaled(try load("mmc-validation.json", scenarios), by: 0.1)
      let count = memorySize(name, quick: quick)
      var result = try simulate(name, base, replications: count, threads: 1)
      result.extra.append(("days", .integer(base.horizon.days)))
      return result
    case "memory-days-few", "memory-days-many":
      // The same M/M/10, 3 replications: only the horizon changes (set in the file's text,
      // so that demand and staffing expand to the new length when it is read).
      let days = memorySize(name, quick: quick)
      let base = scaled(try load("mmc-validation.json", scenarios, days: days), by: 0.1)
      var result = try simulate(name, base, replications: 3, threads: 1)
      result.extra.append(("days", .integer(base.horizon.days)))
      return result
    case "validate":
      return try validateScaling(quick: quick)
    case "simstaff":
      return try simulationStaffing(quick: quick, scenarios: scenarios, threads: cores)
    case "sweep":
      return try sweep(quick: quick, scenarios: scenarios, threads: cores)
    case "schedule":
      return try schedule(quick: quick, scenarios: scenarios)
    default:
      throw BenchError.unknownCase(name)
    }
  }

  private static func load(_ file: String, _ directory: String, days: Int? = nil) throws
    -> Scenario
  {
    let url = URL(fileURLWithPath: directory).appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw BenchError.missingScenario(url.path)
    }
    var text = String(decoding: data, as: UTF8.self)
    if let days {
      text = text.replacingOccurrences(
        of: #""days"\s*:\s*\d+"#, with: "\"days\": \(days)", options: .regularExpression)
    }
    return try ScenarioLoader.load(
      bytes: Array(text.utf8), file: url.path, directory: url.deletingLastPathComponent()
    ).scenario
  }

  /// Returns the scenario with every channel's demand and every pool's staffing times `factor`.
  static func scaled(_ scenario: Scenario, by factor: Double) -> Scenario {
    var copy = scenario
    for c in copy.channels.indices {
      copy.channels[c].demand = copy.channels[c].demand.map { $0 * factor }
    }
    for p in copy.pools.indices {
      copy.pools[p].staffing = copy.pools[p].staffing?.map {
        max(1, Int((Double($0) * factor).rounded()))
      }
    }
    return copy
  }

  /// Times the whole product path of `ccplan simulate`: compile, replicate and reduce each
  /// replication as it ends (the experiment layer's streaming reduction, with the
  /// per-interval detail the simulate outputs need), in wall and CPU time.
  private static func simulate(
    _ name: String, _ scenario: Scenario, replications: Int, threads: Int
  ) throws
    -> BenchResult
  {
    let (contacts, wall, cpu) = try ProcessStats.timeWithCPU { () throws -> Int in
      let variant = try ExperimentVariant(name: name, scenario: scenario)
      let settings = ExperimentSettings(
        seed: scenario.simulation.seed, replications: replications, threads: threads)
      return try Experiment.run(variant, settings: settings).simulatedContacts
    }
    var result = BenchResult(
      name: name, contacts: contacts, wallSeconds: wall, peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: threads,
      extra: [("replications", .integer(replications))])
    result.cpuSeconds = cpu
    return result
  }

  /// 40 replications on one core, then on all: the speed-up of running them (the serial
  /// compile and reduction are timed apart), and whether the summary bytes match.
  private static func replications(_ scenario: Scenario, count: Int, threads: Int) throws
    -> BenchResult
  {
    let model = try CompiledModel(scenario: scenario)
    // One timing sample runs the same replications three times over (a sample of about
    // 0.4 s on one core), so that scheduling jitter of a few milliseconds cannot decide it.
    func run(_ threads: Int) -> ([ReplicationResult], Double) {
      let (batches, seconds) = ProcessStats.time {
        (0..<3).map { _ in
          SimulationRunner.run(
            model: model, seed: scenario.simulation.seed, replications: count, threads: threads)
        }
      }
      return (batches[0], seconds / 3)
    }
    func summary(_ results: [ReplicationResult]) -> String {
      let summary = SimulationSummary(scenario: scenario, model: model, results: results)
      let info = RunInfo(
        version: CCPlanVersion.current, scenarioName: scenario.name, scenarioFile: "",
        scenarioSHA256: "")
      return SimulationReport.json(summary, info: info).rendered()
    }
    // Best of five alternating runs of each: one noisy run must not decide the ratio.
    var (single, oneCore) = run(1)
    var (parallel, allCores) = run(threads)
    for _ in 0..<4 {
      let one = run(1)
      if one.1 < oneCore { (single, oneCore) = one }
      let all = run(threads)
      if all.1 < allCores { (parallel, allCores) = all }
    }
    let (singleJSON, reduceSeconds) = ProcessStats.time { summary(single) }
    let contacts = parallel.reduce(0) { $0 + $1.simulatedContacts }
    return BenchResult(
      name: "replications", contacts: contacts, wallSeconds: allCores,
      peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: threads,
      extra: [
        ("replications", .integer(count)),
        ("one_core_seconds", .number((oneCore * 1e6).rounded() / 1e6)),
        ("speedup", .number((oneCore / allCores * 1000).rounded() / 1000)),
        ("reduce_seconds", .number((reduceSeconds * 1e6).rounded() / 1e6)),
        ("identical_to_one_thread", .bool(singleJSON == summary(parallel))),
      ])
  }

  /// Minimum-agents solves at about 10,000 Erlangs (Erlang C, 80/20, AHT 180 s).
  private static func erlang(solves: Int) throws -> BenchResult {
    let target = StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20))
    let (total, wall) = try ProcessStats.time { () throws -> Int in
      var sum = 0
      for i in 0..<solves {
        let erlangs = 10_000 + Double(i % 100) * 0.37
        sum += try StaffingSearch.minimumAgents(
          arrivalRatePerSecond: erlangs / 180, handleSeconds: 180, model: .erlangC, target: target)
      }
      return sum
    }
    return BenchResult(
      name: "erlang", contacts: 0, wallSeconds: wall, peakRSSBytes: ProcessStats.peakRSSBytes(),
      threads: 1,
      extra: [
        ("solves", .integer(solves)),
        ("solves_per_second", .number((Double(solves) / wall).rounded())),
        ("mean_agents", .number(Double(total) / Double(solves))),
      ])
  }
}

extension BenchCases {
  /// Returns the best of five wall times, in milliseconds, of what `ccplan staff` computes for a
  /// scenario: read and validate it, plan it, and render the tables, both CSVs and the JSON.
  static func staffMilliseconds(_ path: String) throws -> Double {
    guard FileManager.default.fileExists(atPath: path) else {
      throw BenchError.missingScenario(path)
    }
    var best = Double.infinity
    for _ in 0..<5 {
      let (_, seconds) = try ProcessStats.time { () throws -> Int in
        let loaded = try ScenarioLoader.load(path: path)
        let plan = try StaffingPlanner.plan(loaded.scenario)
        let provenance = StaffingReport.Provenance(
          version: CCPlanVersion.current, scenarioFile: path,
          scenarioSHA256: SHA256.hex(of: Data(loaded.bytes)))
        return StaffingReport.table(plan, provenance).count
          + StaffingReport.requirementsCSV(plan, provenance).count
          + StaffingReport.staffingCSV(plan, provenance).count
          + StaffingReport.summaryJSON(plan, provenance).rendered().count
      }
      best = min(best, seconds * 1000)
    }
    return best
  }
}

/// Why a benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
  /// No such case.
  case unknownCase(String)
  /// A scenario the case needs is missing.
  case missingScenario(String)
  /// A child process failed.
  case childFailed(name: String, status: Int32, stderr: String)

  var description: String {
    switch self {
    case .unknownCase(let name):
      "unknown benchmark case '\(name)' (expected one of: \(BenchCases.names.joined(separator: ", ")))"
    case .missingScenario(let path):
      "the benchmark needs \(path); run ccplan bench from the repository root or give --scenarios DIR"
    case .childFailed(let name, let status, let stderr):
      "benchmark case '\(name)' failed (exit \(status)): \(stderr)"
    }
  }
}
