import Foundation
import Testing

@testable import CCPlanCLI

@Suite("bench")
struct BenchTests {
  @Test("a child's JSON line reads back into the same result")
  func roundTrip() throws {
    let result = BenchResult(
      name: "mmc", contacts: 1_000, wallSeconds: 0.5, peakRSSBytes: 2_048, threads: 1,
      extra: [("replications", .integer(3))])
    let text = "[" + result.json.rendered(pretty: false) + "]"
    let back = try #require(BenchResult(childOutput: text))
    #expect(back.name == "mmc")
    #expect(back.contacts == 1_000)
    #expect(back.contactsPerSecond == 2_000)
    #expect(back.peakRSSBytes == 2_048)
    #expect(back.extra.first?.0 == "replications")
  }

  @Test("an unknown case is a usage error naming the choices")
  func unknownCase() {
    let (status, _, err) = runCLI(["bench", "--case", "mcc"])
    #expect(status == 2)
    #expect(err.contains("expected one of mmc, tiers"))
  }

  @Test("a missing reference binary is a usage error that says how to build it")
  func missingReference() {
    let (status, _, err) = runCLI(["bench", "--case", "mmc", "--reference-outside", "/nonexistent"])
    #expect(status == 2)
    #expect(err.contains("'--reference-outside'"))
    #expect(err.contains("../shared/bench/run.sh"))
  }

  @Test("scaling a scenario multiplies demand and staffing")
  func scaling() throws {
    let scenario = try ScenarioFixtures.mmc()
    let scaled = BenchCases.scaled(scenario, by: 100)
    #expect(scaled.channels[0].demand[0] == 47_500)
    #expect(scaled.pools[0].staffing?[0] == 10_000)
  }

  @Test("CPU time and other processes' load survive the child's JSON line")
  func roundTripCPU() throws {
    var result = BenchResult(
      name: "tiers", contacts: 3_000, wallSeconds: 2, peakRSSBytes: 1, threads: 1)
    result.cpuSeconds = 1.5
    result.otherCores = 0.25
    let back = try #require(
      BenchResult(childOutput: "[" + result.json.rendered(pretty: false) + "]"))
    #expect(back.cpuSeconds == 1.5)
    #expect(back.otherCores == 0.25)
    // 3,000 contacts in 1.5 CPU seconds and in 2 wall seconds.
    #expect(back.cpuRate == 2_000)
    #expect(back.contactsPerSecond == 1_500)
    #expect(back.extra.isEmpty)
  }

  @Test("the interleaved ratio is the median of the per-round ratios")
  func median() {
    #expect(BenchInterleave.median([3, 1, 2]) == 2)
    #expect(BenchInterleave.median([4, 1, 2, 3]) == 2.5)
    #expect(BenchInterleave.median([0.7]) == 0.7)
  }

  @Test("interleaving runs reference, case, reference each round and divides per round")
  func interleave() throws {
    // A stand-in reference: a shell script printing the reference loop's JSON line, 1,000
    // customers in 0.5 CPU seconds (2,000 per CPU second) and 1 wall second.
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("bench-reference-\(getpid()).sh")
    try """
    #!/bin/sh
    echo '{"name":"'$3'","customers":1000,"wall_seconds":1.0,"cpu_seconds":0.5}'
    """.write(to: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: script) }
    chmod(script.path, 0o755)
    var rates = [1_000.0, 3_000.0, 2_000.0][...]
    var order: [String] = []
    let interleave = BenchInterleave(heap: script.path, outside: script.path, pairs: 3)
    let (result, references) = try interleave.run("mmc", quick: true) {
      order.append("case")
      // Contacts per CPU second 1,000, 3,000, 2,000 in turn; per wall second half that.
      var r = BenchResult(
        name: "mmc", contacts: Int(rates.removeFirst()), wallSeconds: 2, peakRSSBytes: 0,
        threads: 1)
      r.cpuSeconds = 1
      return r
    }
    #expect(references.count == 6)
    #expect(Array(references.map(\.name).prefix(2)) == ["reference-heap", "reference-heap"])
    func extra(_ key: String) -> Double? {
      result.extra.first { $0.0 == key }.flatMap {
        if case .number(let v) = $0.1 { v } else { nil }
      }
    }
    // Per-round CPU ratios 0.5, 1.5, 1.0 → median 1.0; wall 500, 1,500, 1,000 per s against
    // 1,000 → 0.5, 1.5, 1.0 → median 1.0. The case row is the round of median CPU rate.
    #expect(extra("cpu_ratio_heap") == 1.0)
    #expect(extra("cpu_ratio_outside") == 1.0)
    #expect(extra("wall_ratio_heap") == 1.0)
    #expect(result.contacts == 2_000)
    #expect(order.count == 3)
  }

  @Test("targets against the references: mmc needs both, tiers the heap ratio")
  func referenceTargets() {
    func lookup(_ values: [String: Double]) -> (String) -> Double? { { values[$0] } }
    let mmcShort = BenchReport.referenceFigure(
      "mmc", lookup(["cpu_ratio_heap": 1.05, "cpu_ratio_outside": 0.75]))
    #expect(mmcShort.2 == "NO")
    #expect(mmcShort.1 == "≥ 1.0× heap, ≥ 0.8× outside")
    let mmcMet = BenchReport.referenceFigure(
      "mmc", lookup(["cpu_ratio_heap": 1.0, "cpu_ratio_outside": 0.8]))
    #expect(mmcMet.2 == "yes")
    #expect(BenchReport.referenceFigure("tiers", lookup(["cpu_ratio_heap": 0.6])).2 == "yes")
    #expect(BenchReport.referenceFigure("tiers", lookup(["cpu_ratio_heap": 0.59])).2 == "NO")
    #expect(BenchReport.referenceFigure("tiers", lookup([:])).0 == "")
  }

  @Test("a missed target on a busy machine reads unreliable, not NO")
  func busyMachine() throws {
    let machine = BenchMachine(loadBefore: [0.1, 0.1, 0.1], loadAfter: nil, cores: 2)
    var quiet = BenchResult(name: "tiers", contacts: 1, wallSeconds: 1, peakRSSBytes: 0, threads: 1)
    quiet.extra = [("cpu_ratio_heap", .number(0.5))]
    quiet.otherCores = 0.1
    var busy = quiet
    busy.name = "multichannel"
    busy.otherCores = 0.9
    #expect(!machine.isBusy(quiet))
    #expect(machine.isBusy(busy))
    let table = BenchReport.table([quiet, busy], machine: machine)
    let lines = table.split(separator: "\n")
    let tiers = try #require(lines.first { $0.hasPrefix("tiers") })
    let multichannel = try #require(lines.first { $0.hasPrefix("multichannel") })
    #expect(tiers.contains(" NO") && !tiers.contains("unreliable"))
    #expect(multichannel.contains("unreliable (busy)") && !multichannel.contains(" NO"))
    #expect(machine.warnings([quiet, busy]).contains("during multichannel;"))
    #expect(machine.warnings([quiet]).isEmpty)
  }

  @Test("the sample before the run decides whether it was busy, not a VM's load average")
  func busyBeforeTheRun() {
    let idleVM = BenchMachine(
      loadBefore: [1.03, 0.95, 0.94], loadAfter: nil, cores: 2, othersBefore: 0.04)
    #expect(!idleVM.busyAtStart)
    #expect(idleVM.warnings([]).isEmpty)
    #expect(idleVM.header.contains("other processes 0.04 cores just before"))
    let busy = BenchMachine(
      loadBefore: [0.2, 0.2, 0.2], loadAfter: nil, cores: 2, othersBefore: 0.9)
    #expect(busy.busyAtStart)
    #expect(busy.warnings([]).contains("other processes used 0.90 cores"))
    let unmeasured = BenchMachine(loadBefore: [1.5, 1, 1], loadAfter: nil, cores: 2)
    #expect(unmeasured.busyAtStart)
    // A case too short for a figure of its own is not called busy from the start alone.
    let short = BenchResult(
      name: "memory-small", contacts: 1, wallSeconds: 0.2, peakRSSBytes: 0, threads: 1)
    #expect(!unmeasured.isBusy(short))
    let long = BenchResult(name: "mmc", contacts: 1, wallSeconds: 2, peakRSSBytes: 0, threads: 1)
    #expect(unmeasured.isBusy(long))
  }

  @Test("a child under half a second gets no other-process figure; a longer one does")
  func shortChildrenAreNotJudged() throws {
    let short = try ChildRun.run("/bin/sh", ["-c", "exit 0"])
    #expect(short.wallSeconds < 0.5)
    #expect(short.otherCores == nil)
    guard ProcessStats.machineBusySeconds() != nil else { return }  // no /proc/stat here
    let long = try ChildRun.run("/bin/sh", ["-c", "sleep 0.6"])
    #expect(long.wallSeconds >= 0.5)
    #expect(long.otherCores != nil)
  }

  @Test("a child's exit status and output come back with its cost")
  func childRun() throws {
    let run = try ChildRun.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])
    #expect(run.status == 3)
    #expect(run.output == "out\n")
    #expect(run.error == "err\n")
    #expect(run.wallSeconds > 0)
    #expect(run.cpuSeconds >= 0)
  }
}
