import ContactCenter
import Foundation
import Planning
import Simulation
import Synchronization

/// `ccplan sweep SPEC`: every point of a sweep spec, on all cores, resumable and shardable.
enum SweepCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "sweep",
    abstract: "Run a parameter sweep: every point of a *.sweep.json, on all cores.",
    discussion: """
      Builds and validates every point of the spec first, then runs (point, replication) \
      pairs on --jobs threads. Each finished point is appended to DIR/points.jsonl and \
      flushed to disk; DIR/manifest.json identifies the sweep; DIR/results.csv (one row per \
      point, in point order) is written at the end. Results do not depend on --jobs, on \
      --shard or on interruptions: --resume continues an interrupted run and gives the same \
      results.csv. Combine shards with 'ccplan merge'.
      """,
    arguments: [ArgumentSpec("spec", help: "The sweep spec (a *.sweep.json file).")],
    options: [
      OptionSpec(
        "out", short: "o", valueName: "dir",
        help: "Output directory (default: results/runs/<spec name>/sweep/)."),
      OptionSpec("jobs", short: "j", valueName: "k", help: "Worker threads (default: all cores)."),
      OptionSpec(
        "shard", valueName: "i/n",
        help: "Run only shard i of n (the points whose index mod n is i), 0 ≤ i < n."),
      OptionSpec(
        "slurm", valueName: "n",
        help: "Write sweep.sbatch (a job array of n shards) and merge.sbatch to the output "
          + "directory and print the sbatch commands; runs nothing."),
    ],
    flags: [
      FlagSpec(
        "resume", help: "Continue the sweep in the output directory, skipping its finished points."),
      FlagSpec("dry-run", help: "Print the points, estimated contacts and time; run nothing."),
      FlagSpec("quiet", short: "q", help: "No progress bar."),
    ],
    run: run)

  /// Runs the sweep (or its dry run, or writes its Slurm scripts).
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let file = invocation.positional("spec") else {
      throw UsageError("Missing expected argument '<spec>'")
    }
    let jobsOption = try invocation.int("--jobs")
    if let jobsOption, jobsOption < 1 {
      throw UsageError("The value '\(jobsOption)' is invalid for '--jobs': expected at least 1.")
    }
    let jobs = jobsOption ?? ProcessInfo.processInfo.activeProcessorCount
    let shard = try parseShard(invocation.string("--shard"))
    let slurm = try invocation.int("--slurm")
    if let slurm, slurm < 1 {
      throw UsageError("The value '\(slurm)' is invalid for '--slurm': expected at least 1 task.")
    }
    if slurm != nil, invocation.isGiven("--shard") {
      throw UsageError("'--slurm' and '--shard' are mutually exclusive: the job array shards.")
    }
    let sweepSpec = try SweepSpecLoader.load(path: file)
    let plan = SweepPlan(spec: sweepSpec)
    let directory = SweepDirectory(url: outputURL(invocation.string("--out"), spec: file))
    if let slurm {
      return try writeSlurm(
        plan, file: file, directory: directory, shards: slurm, cpus: jobsOption ?? 1, io: io)
    }
    let shardPoints = Array(shard.points(of: plan.pointCount))
    try plan.check()
    if invocation.flag("--dry-run") {
      io.writeOutput(try dryRun(plan, shard: shard, points: shardPoints.count, jobs: jobs))
      return 0
    }
    let manifest = SweepManifest(plan: plan, shard: shard, version: CCPlanVersion.current)
    let (pending, sound) = try prepare(
      directory, manifest: manifest, resume: invocation.flag("--resume"), points: shardPoints)
    let appender = try PointsAppender(url: directory.pointsURL, soundByteCount: sound)
    let quiet = invocation.flag("--quiet") || !io.isErrorTerminal
    let progress = quiet ? nil : ProgressLine(io: io)
    let meter = ProgressMeter(total: shardPoints.count, done: shardPoints.count - pending.count)
    _ = try SweepRunner.run(plan, points: pending, threads: jobs) { result in
      try appender.append(SweepPointsFile.line(result, manifest: manifest))
      progress?.update(meter.step(name: "sweep \(manifest.specName)"))
    }
    try appender.close()
    progress?.finish()
    let results = try directory.writeResults(manifest)
    io.writeErrorLine(
      "Wrote \(directory.manifestURL.relativePath), \(appender.path), \(results)")
    return 0
  }

  /// Returns the shard of `--shard I/N`, or the whole sweep.
  static func parseShard(_ text: String?) throws(UsageError) -> SweepShard {
    guard let text else { return .whole }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n
    else {
      throw UsageError(
        "The value '\(text)' is invalid for '--shard': expected I/N with 0 ≤ I < N, such as 0/4.")
    }
    return SweepShard(index: i, count: n)
  }

  /// Returns `--out`, or `results/runs/<spec name without .sweep.json>/sweep/`.
  static func outputURL(_ option: String?, spec: String) -> URL {
    if let option { return URL(fileURLWithPath: option, isDirectory: true) }
    var name = URL(fileURLWithPath: spec).lastPathComponent
    for suffix in [".json", ".sweep"] where name.hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return OutputDirectory.resolve(nil, scenario: name, command: "sweep")
  }

  /// Makes the directory ready: a fresh one gets the manifest; a used one is refused
  /// unless resuming, and then must hold the same sweep. Returns the points still to run
  /// and the sound length of `points.jsonl`.
  static func prepare(
    _ directory: SweepDirectory, manifest: SweepManifest, resume: Bool, points: [Int]
  ) throws -> (pending: [Int], sound: Int) {
    try OutputDirectory.prepare(directory.url)
    let dir = directory.url.relativePath
    guard let existing = try directory.readManifest() else {
      if FileManager.default.fileExists(atPath: directory.pointsURL.path) {
        throw SweepDirectoryError(
          path: dir, reason: "points.jsonl without manifest.json; choose another --out")
      }
      try AtomicFile.write(Data(manifest.json().utf8), to: directory.manifestURL)
      return (points, 0)
    }
    guard resume else {
      throw SweepDirectoryError(
        path: dir,
        reason: "it already holds a sweep (manifest.json); pass --resume to continue it, "
          + "or choose another --out")
    }
    var differences = existing.differences(from: manifest)
    if existing.shard != manifest.shard {
      differences.append("shard \(existing.shard) ≠ \(manifest.shard)")
    }
    guard differences.isEmpty else {
      throw SweepDirectoryError(
        path: directory.manifestURL.relativePath,
        reason: "it records another sweep, so --resume would mix results ("
          + differences.joined(separator: "; ") + "); choose another --out")
    }
    let contents = try directory.readPoints(existing)
    let done = Set(contents.results.map(\.point))
    return (points.filter { !done.contains($0) }, contents.soundByteCount)
  }

  /// Returns the dry run's text: points, replications, estimated contacts and time, the
  /// time measured on one replication (or a few analytic points) of the first point.
  static func dryRun(_ plan: SweepPlan, shard: SweepShard, points: Int, jobs: Int) throws -> String
  {
    let spec = plan.spec
    let base = spec.base.scenario
    let perReplication = base.channels.reduce(0.0) {
      $0 + $1.totalDemand * (1 - $1.deflection) + $1.initialBacklog
    }
    let replications = spec.method.isAnalytic ? 1 : spec.replications
    let items = points * replications
    let sample = Array(0..<min(plan.pointCount, spec.method.isAnalytic ? 20 : 1))
    let clock = ContinuousClock()
    let started = clock.now
    let calibration = SweepPlan(spec: withReplications(spec, 1))
    _ = try SweepRunner.run(calibration, points: sample, threads: 1) { _ in }
    let seconds = (clock.now - started) / .seconds(1) / Double(max(1, sample.count))
    let estimate = seconds * Double(items) / Double(min(jobs, max(1, items)))
    var lines = [
      "sweep \(URL(fileURLWithPath: spec.file).lastPathComponent): \(plan.pointCount) points "
        + "(\(spec.parameters.count) parameters, \(designName(spec.design)))"
        + (shard == .whole ? "" : ", shard \(shard): \(points) points"),
      "method \(spec.method.rawValue)"
        + (spec.method.isAnalytic
          ? "" : ", \(replications) replications per point, \(spec.streams.rawValue) streams"),
    ]
    if !spec.method.isAnalytic {
      lines.append(
        "estimated contacts: \(formatCount(perReplication * Double(items))) "
          + "(\(formatCount(perReplication)) per replication of the base scenario)")
    }
    lines.append(
      "estimated time: \(formatSeconds(estimate)) on \(jobs) thread\(jobs == 1 ? "" : "s") "
        + "(\(formatSeconds(seconds)) per \(spec.method.isAnalytic ? "point" : "replication"), "
        + "measured)")
    let shown = min(points, 5)
    for index in shard.points(of: plan.pointCount).prefix(shown) {
      lines.append(
        "  point \(index): "
          + plan.overrides(ofPoint: index).map(\.description).joined(separator: ", "))
    }
    if points > shown { lines.append("  … \(points - shown) more") }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func withReplications(_ spec: SweepSpec, _ count: Int) -> SweepSpec {
    var copy = spec
    copy.replications = count
    return copy
  }

  private static func designName(_ design: SweepDesignKind) -> String {
    switch design {
    case .grid: return "grid"
    case .latinHypercube(let samples): return "Latin hypercube of \(samples)"
    }
  }

  /// Writes the Slurm scripts and prints how to submit them.
  static func writeSlurm(
    _ plan: SweepPlan, file: String, directory: SweepDirectory, shards: Int, cpus: Int,
    io: any CommandIO
  ) throws -> Int32 {
    try plan.check()
    try OutputDirectory.prepare(directory.url)
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "ccplan")
      .standardizedFileURL.path
    let out = directory.url.standardizedFileURL.path
    let scripts = SweepSlurm.scripts(
      executable: executable, spec: URL(fileURLWithPath: file).standardizedFileURL.path,
      out: out, shards: shards, cpusPerTask: cpus)
    let written = try OutputDirectory.write(
      [("sweep.sbatch", scripts.array), ("merge.sbatch", scripts.merge)], to: directory.url)
    io.writeErrorLine("Wrote \(written.joined(separator: ", "))")
    let array = SweepSlurm.quote(directory.url.appendingPathComponent("sweep.sbatch").relativePath)
    let merge = SweepSlurm.quote(directory.url.appendingPathComponent("merge.sbatch").relativePath)
    io.writeOutput(
      """
      jid=$(sbatch --parsable \(array))
      sbatch --dependency=afterok:$jid \(merge)

      """)
    return 0
  }

  static func formatCount(_ value: Double) -> String {
    if value >= 1e9 { return String(format: "%.2f billion", value / 1e9) }
    if value >= 1e6 { return String(format: "%.1f million", value / 1e6) }
    return String(format: "%.0f", value)
  }

  static func formatSeconds(_ seconds: Double) -> String {
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
    if seconds < 120 { return String(format: "%.1f s", seconds) }
    if seconds < 7200 { return String(format: "%.1f min", seconds / 60) }
    return String(format: "%.1f h", seconds / 3600)
  }
}

/// Points done, rate and ETA for the progress bar.
final class ProgressMeter: Sendable {
  private let total: Int
  private let started = ContinuousClock.now
  private let state: Mutex<(done: Int, new: Int)>

  init(total: Int, done: Int) {
    self.total = total
    state = Mutex((done, 0))
  }

  /// Counts one more point; returns the progress text.
  func step(name: String) -> String {
    let (done, new) = state.withLock {
      $0.done += 1
      $0.new += 1
      return ($0.done, $0.new)
    }
    let elapsed = (ContinuousClock.now - started) / .seconds(1)
    let rate = elapsed > 0 ? Double(new) / elapsed : 0
    let eta = rate > 0 ? Double(total - done) / rate : 0
    let width = 20
    let filled = total > 0 ? width * done / total : width
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    return "\(name) [\(bar)] \(done)/\(total) points, "
      + String(format: "%.1f", rate) + " points/s, ETA " + SweepCommand.formatSeconds(eta)
  }
}
