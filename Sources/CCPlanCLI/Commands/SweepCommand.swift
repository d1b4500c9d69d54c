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
    // A sweep directory is used in place (points survive a kill), under the lock.
    try OutputDirectory.prepare(directory.url)
    let lock = try DirectoryLock(directory.url)
    OutputDirectory.removeFileTemporaries(in: directory.url, of: ["manifest.json", "results.csv"])
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
    lock.release()
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
}
