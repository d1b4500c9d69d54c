import ContactCenter
import Foundation
import Testing

@testable import CCPlanCLI

/// A scenario cheap to simulate: one voice queue and one pool over `days` days.
func sweepScenario(days: Int = 1) -> String {
  """
  {
    "name": "tiny",
    "horizon": { "intervalLength": "30m", "open": "09:00", "close": "13:00", "days": \(days) },
    "channels": [
      { "id": "voice", "kind": "voice", "demand": [40, 60, 80, 80, 70, 60, 50, 40],
        "handleTime": { "distribution": "lognormal", "mean": "3m", "cv": 0.8 },
        "patience": { "distribution": "exponential", "mean": "2m" },
        "sla": { "percent": 80, "within": "20s" } }
    ],
    "pools": [{ "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 8, "hourlyCost": 25 }],
    "simulation": { "replications": 3, "seed": 11 }
  }
  """
}

/// A 3 × 4 grid sweep over the tiny scenario.
let tinySweep = """
  {
    "base": "tiny.json",
    "parameters": [
      { "path": "channels[voice].handleTime.mean", "values": ["2.5m", "3m", "3.5m"] },
      { "path": "pools[t1].staffing", "scale": [0.8, 1, 1.2, 1.4] }
    ],
    "replications": 3
  }
  """

/// A new directory holding tiny.json and the spec; returns (directory, spec path).
func sweepWorkspace(_ spec: String = tinySweep, days: Int = 1) throws -> (String, String) {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "ccplan-sweep-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  try Data(sweepScenario(days: days).utf8).write(to: directory.appendingPathComponent("tiny.json"))
  let specURL = directory.appendingPathComponent("tiny.sweep.json")
  try Data(spec.utf8).write(to: specURL)
  return (directory.path, specURL.path)
}

/// Returns the text of a file.
func read(_ path: String) throws -> String {
  try String(contentsOfFile: path, encoding: .utf8)
}

@Suite("ccplan sweep and merge")
struct SweepCommandTests {
  @Test("results.csv is the same for --jobs 1 and --jobs 2, one row per point in order")
  func jobs() throws {
    let (dir, spec) = try sweepWorkspace()
    let (s1, _, e1) = runCLI(["sweep", spec, "--jobs", "1", "--out", dir + "/j1"])
    let (s2, _, e2) = runCLI(["sweep", spec, "--jobs", "2", "--out", dir + "/j2"])
    #expect(s1 == 0, "\(e1)")
    #expect(s2 == 0, "\(e2)")
    let csv = try read(dir + "/j1/results.csv")
    #expect(csv == (try read(dir + "/j2/results.csv")))
    let lines = csv.split(separator: "\n")
    #expect(lines.count == 2 + 12)
    #expect(lines[0].hasPrefix("# ccplan "))
    #expect(
      lines[1].hasPrefix(
        "point,voice_handle_time_mean_seconds,t1_staffing_factor,voice_service_level,"
          + "voice_service_level_ci95,voice_asa_seconds"))
    #expect(
      lines[1].hasSuffix(
        "total_cost_eur,total_cost_eur_ci95,cost_per_handled_contact_eur,cost_per_handled_contact_eur_ci95"
      ))
    #expect(lines[2].hasPrefix("0,150,0.8,"))
    #expect(lines[13].hasPrefix("11,210,1.4,"))
    #expect(
      e1.contains("Wrote \(dir)/j1/manifest.json, \(dir)/j1/points.jsonl, \(dir)/j1/results.csv"))
  }

  @Test("4 shards merged give the same bytes as one run; merge names missing and duplicated points")
  func shards() throws {
    let (dir, spec) = try sweepWorkspace()
    #expect(runCLI(["sweep", spec, "--out", dir + "/one"]).0 == 0)
    for i in 0..<4 {
      let (status, _, err) = runCLI(["sweep", spec, "--shard", "\(i)/4", "--out", dir + "/s\(i)"])
      #expect(status == 0, "\(err)")
    }
    let shards = (0..<4).map { dir + "/s\($0)" }
    let (status, _, err) = runCLI(["merge"] + shards + ["--out", dir + "/merged"])
    #expect(status == 0, "\(err)")
    #expect(try read(dir + "/merged/results.csv") == (try read(dir + "/one/results.csv")))
    // Shard 1 of 4 holds points 1, 5, 9.
    let (missing, _, missingErr) = runCLI(
      ["merge", shards[0], shards[2], shards[3], "--out", dir + "/bad"])
    #expect(missing == 1)
    #expect(missingErr.contains("3 points are missing: 1, 5, 9"), "\(missingErr)")
    let (twice, _, twiceErr) = runCLI(["merge"] + shards + [shards[3], "--out", dir + "/bad"])
    #expect(twice == 1)
    #expect(twiceErr.contains("3 points are recorded twice: 3, 7, 11"), "\(twiceErr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/bad/results.csv"))
  }

  @Test("--resume after a cut mid-line or lost lines gives the same results.csv")
  func resume() throws {
    let (dir, spec) = try sweepWorkspace()
    #expect(runCLI(["sweep", spec, "--out", dir + "/whole"]).0 == 0)
    let whole = try read(dir + "/whole/results.csv")
    let points = try read(dir + "/whole/points.jsonl")
    let lines = points.split(separator: "\n", omittingEmptySubsequences: false)
    for keep in [0, 5, 11] {
      let out = dir + "/cut\(keep)"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: dir + "/whole/manifest.json", toPath: out + "/manifest.json")
      // The first `keep` lines whole, then half of the next one, as a kill leaves it.
      let head = lines.prefix(keep).map { $0 + "\n" }.joined()
      let half = String(lines[keep].prefix(lines[keep].count / 2))
      try Data((head + half).utf8).write(to: URL(fileURLWithPath: out + "/points.jsonl"))
      let (status, _, err) = runCLI(["sweep", spec, "--resume", "--out", out])
      #expect(status == 0, "\(err)")
      #expect(try read(out + "/results.csv") == whole, "kept \(keep)")
      #expect(try read(out + "/points.jsonl") == points, "kept \(keep)")
    }
    // Without --resume, a used directory is refused; with another spec, resume is refused.
    let (again, _, againErr) = runCLI(["sweep", spec, "--out", dir + "/whole"])
    #expect(again == 1)
    #expect(againErr.contains("pass --resume to continue it"), "\(againErr)")
    let other = tinySweep.replacingOccurrences(
      of: "\"replications\": 3", with: "\"replications\": 4")
    try Data(other.utf8).write(to: URL(fileURLWithPath: spec))
    let (refused, _, refusedErr) = runCLI(["sweep", spec, "--resume", "--out", dir + "/whole"])
    #expect(refused == 1)
    #expect(refusedErr.contains("records another sweep"), "\(refusedErr)")
    #expect(refusedErr.contains("spec_sha256"), "\(refusedErr)")
    #expect(try read(dir + "/whole/results.csv") == whole)
  }

  @Test("a bad path in a spec names the file, position, parameter and closest id; exit 1")
  func badSpec() throws {
    let (_, spec) = try sweepWorkspace(
      tinySweep.replacingOccurrences(of: "pools[t1].staffing", with: "pools[t2].staffing"))
    let (status, out, err) = runCLI(["sweep", spec])
    #expect(status == 1)
    #expect(out.isEmpty)
    #expect(
      err.contains(
        "\(spec):5:15: error: parameters[1].path: no pool 't2' in the scenario; did you mean 't1'?"),
      "\(err)")
  }

  @Test("--dry-run prints points and estimates; --slurm writes the job array and merge job")
  func dryRunAndSlurm() throws {
    let (dir, spec) = try sweepWorkspace()
    let (status, out, err) = runCLI(["sweep", spec, "--dry-run", "--shard", "1/2"])
    #expect(status == 0, "\(err)")
    #expect(out.contains("12 points (2 parameters, grid), shard 1/2: 6 points"), "\(out)")
    #expect(out.contains("estimated contacts: "))
    #expect(
      out.contains("  point 1: channels[voice].handleTime.mean = 150, pools[t1].staffing × 1"))
    let (slurm, script, slurmErr) = runCLI(
      ["sweep", spec, "--slurm", "3", "--jobs", "2", "--out", dir + "/slurm"])
    #expect(slurm == 0, "\(slurmErr)")
    #expect(script.contains("jid=$(sbatch --parsable \(dir)/slurm/sweep.sbatch)"))
    #expect(script.contains("sbatch --dependency=afterok:$jid \(dir)/slurm/merge.sbatch"))
    let array = try read(dir + "/slurm/sweep.sbatch")
    #expect(array.contains("#SBATCH --array=0-2"))
    #expect(array.contains("#SBATCH --cpus-per-task=2"))
    #expect(array.contains("--shard \"$SLURM_ARRAY_TASK_ID/3\""))
    let merge = try read(dir + "/slurm/merge.sbatch")
    #expect(
      merge.contains(
        "merge \(dir)/slurm/shard-0 \(dir)/slurm/shard-1 \(dir)/slurm/shard-2 --out \(dir)/slurm"))
  }

  @Test("a progress bar on a terminal shows points done, points/s and the ETA; --quiet hides it")
  func progress() throws {
    let (dir, spec) = try sweepWorkspace()
    let terminal = CapturedIO(isErrorTerminal: true)
    #expect(CLI.run(["sweep", spec, "--out", dir + "/p"], io: terminal) == 0)
    #expect(terminal.stderr.contains("\rsweep tiny.sweep.json [#"), "\(terminal.stderr)")
    #expect(terminal.stderr.contains("1/12 points, "))
    #expect(terminal.stderr.contains(" points/s, ETA "))
    let quiet = CapturedIO(isErrorTerminal: true)
    #expect(CLI.run(["sweep", spec, "--quiet", "--out", dir + "/q"], io: quiet) == 0)
    #expect(!quiet.stderr.contains("\r"))
  }

  @Test("validate checks a sweep spec and every point")
  func validate() throws {
    let (_, spec) = try sweepWorkspace()
    let (status, out, _) = runCLI(["validate", spec])
    #expect(status == 0)
    #expect(out == "\(spec): ok (sweep of 12 points, 2 parameters, every point valid)\n")
    // 80 % × 1.3 = 104 %: point 1 makes the SLA impossible.
    let (_, bad) = try sweepWorkspace(
      """
      { "base": "tiny.json",
        "parameters": [{ "path": "channels[voice].sla.percent", "scale": [1, 1.3] }] }
      """)
    let (badStatus, _, err) = runCLI(["validate", bad])
    #expect(badStatus == 1)
    #expect(err.contains("1 point makes the scenario invalid"), "\(err)")
    #expect(err.contains("point 1 (channels[voice].sla.percent × 1.3)"), "\(err)")
    #expect(err.contains("channels[0].sla.percent"), "\(err)")
    let (runStatus, _, runErr) = runCLI(["sweep", bad, "--out", bad + ".out"])
    #expect(runStatus == 1)
    #expect(runErr.contains("point 1 (channels[voice].sla.percent × 1.3)"), "\(runErr)")
    #expect(!FileManager.default.fileExists(atPath: bad + ".out"))
  }
}

@Suite("End to end: a sweep killed with SIGKILL and resumed")
struct SweepKillEndToEndTests {
  @Test("SIGKILL mid-run, then --resume, gives the uninterrupted run's results.csv")
  func killAndResume() throws {
    let binary = try #require(EndToEndTests.binary(), "the ccplan executable was not found")
    let spec = tinySweep.replacingOccurrences(
      of: "\"replications\": 3", with: "\"replications\": 6")
    let (dir, specPath) = try sweepWorkspace(spec, days: 10)
    let (status, _, err) = try EndToEndTests.run(
      binary, ["sweep", specPath, "--jobs", "2", "--out", dir + "/whole"])
    #expect(status == 0, "\(err)")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["sweep", specPath, "--jobs", "2", "--quiet", "--out", dir + "/killed"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    let points = dir + "/killed/points.jsonl"
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, process.isRunning {
      let lines = (try? read(points))?.filter { $0 == "\n" }.count ?? 0
      if lines >= 3 { break }
      usleep(2_000)
    }
    let wasRunning = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(wasRunning, "the sweep finished before it could be killed; the test proves less")
    if wasRunning {
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(!FileManager.default.fileExists(atPath: dir + "/killed/results.csv"))
    }
    let (resumed, _, resumeErr) = try EndToEndTests.run(
      binary, ["sweep", specPath, "--resume", "--jobs", "1", "--out", dir + "/killed"])
    #expect(resumed == 0, "\(resumeErr)")
    #expect(try read(dir + "/killed/results.csv") == (try read(dir + "/whole/results.csv")))
  }
}
