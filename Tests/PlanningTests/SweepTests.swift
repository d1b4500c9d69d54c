import ContactCenter
import Foundation
import Simulation
import Synchronization
import Testing

@testable import Planning

/// A small scenario (one voice queue, one pool, four half-hour intervals) cheap to simulate.
let smallScenario = """
  {
    "name": "small",
    "horizon": { "intervalLength": "30m", "open": "09:00", "close": "11:00", "days": 1 },
    "channels": [
      { "id": "voice", "kind": "voice", "demand": [40, 60, 60, 40],
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "patience": { "distribution": "exponential", "mean": "2m" },
        "sla": { "percent": 80, "within": "20s" } }
    ],
    "pools": [{ "id": "t1", "tier": 1, "skills": ["voice"], "staffing": 6, "hourlyCost": 20 }],
    "shrinkage": "10%",
    "simulation": { "replications": 4, "seed": 3 }
  }
  """

/// Writes `spec` beside a copy of `scenario` (as base.json) in a new directory; returns the
/// spec's path.
func sweepFiles(_ spec: String, scenario: String = smallScenario) throws -> String {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "ccplan-sweep-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  try Data(scenario.utf8).write(to: directory.appendingPathComponent("base.json"))
  let url = directory.appendingPathComponent("t.sweep.json")
  try Data(spec.utf8).write(to: url)
  return url.path
}

/// Loads a spec written with `sweepFiles` and returns its plan.
func sweepPlan(_ spec: String, scenario: String = smallScenario) throws -> SweepPlan {
  SweepPlan(spec: try SweepSpecLoader.load(path: try sweepFiles(spec, scenario: scenario)))
}

/// Runs every point of `plan`; returns the results in report order and the statistics.
func runAll(_ plan: SweepPlan, threads: Int, window: Int? = nil, points: [Int]? = nil) throws
  -> ([SweepPointResult], SweepRunStatistics)
{
  let collected = Mutex<[SweepPointResult]>([])
  let stats = try SweepRunner.run(
    plan, points: points ?? Array(0..<plan.pointCount), threads: threads, window: window
  ) { result in collected.withLock { $0.append(result) } }
  return (collected.withLock { $0 }, stats)
}

@Suite("Sweep design, runner and merge")
struct SweepTests {
  @Test("a grid has the product of the level counts, the first parameter varying slowest")
  func grid() throws {
    let plan = try sweepPlan(
      """
      { "base": "base.json", "method": "erlang-c",
        "parameters": [
          { "path": "channels[voice].handleTime.mean", "values": ["2m", "3m", "4m"] },
          { "path": "shrinkage", "range": { "from": "10%", "to": "30%", "step": "5%" } },
          { "path": "channels[voice].demand", "scale": [1, 2] }
        ] }
      """)
    #expect(plan.pointCount == 3 * 5 * 2)
    #expect(plan.design.values(ofPoint: 0) == [120, 0.1, 1])
    #expect(plan.design.values(ofPoint: 1) == [120, 0.1, 2])
    #expect(plan.design.values(ofPoint: 2)[1] == 0.15)
    #expect(plan.design.values(ofPoint: 29)[0] == 240)
    var seen = Set<[Double]>()
    for i in 0..<plan.pointCount { seen.insert(plan.design.values(ofPoint: i)) }
    #expect(seen.count == 30)
  }

  @Test("a Latin hypercube uses every stratum of every parameter exactly once")
  func latinHypercube() throws {
    let n = 37
    let plan = try sweepPlan(
      """
      { "base": "base.json", "design": "latinHypercube", "samples": \(n), "method": "erlang-c",
        "parameters": [
          { "path": "channels[voice].handleTime.mean", "range": { "from": "2m", "to": "4m" } },
          { "path": "shrinkage", "range": { "from": 0.1, "to": 0.3 } }
        ] }
      """)
    #expect(plan.pointCount == n)
    let bounds: [(Double, Double)] = [(120, 240), (0.1, 0.3)]
    for (j, (from, to)) in bounds.enumerated() {
      let strata = (0..<n).map { i in
        Int(((plan.design.values(ofPoint: i)[j] - from) / (to - from) * Double(n)).rounded(.down))
      }
      #expect(strata.sorted() == Array(0..<n), "parameter \(j)")
    }
  }

  @Test("a point that makes the scenario invalid is named by index and values before any run")
  func invalidPoint() throws {
    let zero = try? sweepPlan(
      """
      { "base": "base.json",
        "parameters": [{ "path": "shrinkage", "values": [0.1, 0.995] }] }
      """)
    do {
      try #require(zero).check()
      Issue.record("a shrinkage of 99.5% was accepted")
    } catch let error as SweepError {
      guard case .invalidPoints(let problems, let total) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(total == 1)
      #expect(problems.first?.point == 1)
      #expect(problems.first?.parameters == ["shrinkage = 0.995"])
      #expect(error.description.contains("point 1 (shrinkage = 0.995)"), "\(error)")
      #expect(error.description.contains("shrinkage"))
    }
  }

  @Test("an analytic point equals StaffingPlanner on the scenario edited by hand")
  func analyticMatchesPlanner() throws {
    let plan = try sweepPlan(
      """
      { "base": "base.json", "method": "erlang-a",
        "parameters": [
          { "path": "channels[voice].handleTime.mean", "values": ["3m", "4m"] },
          { "path": "shrinkage", "values": ["10%", "25%"] }
        ],
        "metrics": ["voice_service_level", "voice_abandon_rate", "total_cost_eur",
                    "cost_per_handled_contact_eur", "t1_paid_hours"] }
      """)
    let (results, _) = try runAll(plan, threads: 2)
    #expect(results.map(\.point) == [0, 1, 2, 3])
    // Point 3 is AHT 4 min, shrinkage 25 %: edit the scenario directly.
    var edited = try scenario(smallScenario)
    edited.channels[0].handleTime = .exponential(mean: 240)
    edited.shrinkage = 0.25
    let expected = try StaffingPlanner.plan(edited, options: StaffingOptions(method: .erlangA))
    let point = results[3].metrics
    #expect(point[0]?.mean == expected.channels[0].serviceLevel)
    #expect(
      point[1]?.mean == expected.channels[0].abandonedContacts
        / expected.channels[0].offeredContacts)
    #expect(point[2]?.mean == expected.totals.cost)
    #expect(point[3]?.mean == expected.totals.costPerHandledContact)
    #expect(point[4]?.mean == expected.pools[0].totalPaidHours)
    #expect(point.allSatisfy { $0?.ci95 == nil })
  }

  @Test("simulated points do not depend on threads, window or which points run together")
  func reproducible() throws {
    let spec = """
      { "base": "base.json", "replications": 3,
        "parameters": [{ "path": "pools[t1].staffing", "values": [5, 6, 7, 8, 9] }] }
      """
    let plan = try sweepPlan(spec)
    let (one, _) = try runAll(plan, threads: 1)
    let (two, _) = try runAll(plan, threads: 2, window: 1)
    let (three, _) = try runAll(plan, threads: 3, window: 5)
    let (subset, _) = try runAll(plan, threads: 2, points: [1, 4])
    #expect(one == two)
    #expect(one == three)
    #expect(subset == [one[1], one[4]])
    // Common streams: more agents never lengthen the mean wait of the same customers.
    let asa = one.map { $0.metrics[1]?.mean ?? .infinity }
    #expect(zip(asa, asa.dropFirst()).allSatisfy { $0 >= $1 })
    // Total cost = headcount × hours × rate: 5 agents × 4 half-hours × 20 = 200, exactly.
    #expect(plan.spec.metrics[4].column == "total_cost_eur")
    #expect(one[0].metrics[4] == Estimate(mean: 200, ci95: 0))
    #expect(one[4].metrics[4] == Estimate(mean: 9 * 2 * 20, ci95: 0))
  }

  @Test("independent streams give each point its own seed; common streams share the spec's")
  func streams() throws {
    let common = try sweepPlan(
      """
      { "base": "base.json", "parameters": [{ "path": "shrinkage", "values": [0.1, 0.2] }] }
      """)
    #expect(common.seed(ofPoint: 0) == 3 && common.seed(ofPoint: 1) == 3)
    let independent = try sweepPlan(
      """
      { "base": "base.json", "streams": "independent",
        "parameters": [{ "path": "shrinkage", "values": [0.1, 0.2] }] }
      """)
    #expect(
      independent.seed(ofPoint: 1)
        == RandomStreams.key(
          seed: 3, replication: 1, purpose: SweepPlan.independentSeedPurpose, index: 0))
    #expect(independent.seed(ofPoint: 0) != independent.seed(ofPoint: 1))
  }

  @Test("memory is flat: 10 and 1,000 points hold the same bounded state")
  func flatMemory() throws {
    func stats(_ points: Int, method: String, replications: Int) throws -> SweepRunStatistics {
      let plan = try sweepPlan(
        """
        { "base": "base.json", "method": "\(method)"\(replications > 1 ? ", \"replications\": \(replications)" : ""),
          "design": "latinHypercube", "samples": \(points),
          "parameters": [{ "path": "channels[voice].demand", "scale": [0.5, 1.5] }] }
        """)
      var reported = 0
      let counter = Mutex(0)
      let result = try SweepRunner.run(
        plan, points: Array(0..<points), threads: 2, window: 8
      ) { _ in counter.withLock { $0 += 1 } }
      reported = counter.withLock { $0 }
      #expect(reported == points)
      return result
    }
    let small = try stats(10, method: "erlang-c", replications: 1)
    let large = try stats(1000, method: "erlang-c", replications: 1)
    #expect(small.maxPendingItems <= 8 && large.maxPendingItems <= 8)
    #expect(large.maxLivePoints <= 1)
    let simulated = try stats(200, method: "simulation", replications: 3)
    #expect(simulated.maxPendingItems <= 8)
    // The window of 8 items spans at most ⌈8 ÷ 3⌉ + 1 points.
    #expect(simulated.maxLivePoints <= 4)
    #expect(simulated.points == 200)
  }

  @Test("merge refuses missing and duplicated points, naming them, and another sweep")
  func mergeRefuses() throws {
    let plan = try sweepPlan(
      """
      { "base": "base.json", "method": "erlang-c",
        "parameters": [{ "path": "shrinkage", "range": { "from": 0, "to": 0.5, "step": 0.05 } }] }
      """)
    #expect(plan.pointCount == 11)
    let (all, _) = try runAll(plan, threads: 1)
    func shard(_ i: Int, _ n: Int) -> SweepMerge.Shard {
      let s = SweepShard(index: i, count: n)
      return SweepMerge.Shard(
        directory: "s\(i)", manifest: SweepManifest(plan: plan, shard: s, version: "t"),
        results: all.filter { s.contains($0.point) })
    }
    let merged = try SweepMerge.merge((0..<4).map { shard($0, 4) })
    #expect(merged.results == all)
    #expect(merged.manifest.shard == .whole)
    #expect(throws: SweepMergeError.incomplete(missing: [1, 5, 9], duplicated: [])) {
      try SweepMerge.merge([shard(0, 4), shard(2, 4), shard(3, 4)])
    }
    #expect(throws: SweepMergeError.incomplete(missing: [], duplicated: [2, 6, 10])) {
      try SweepMerge.merge((0..<4).map { shard($0, 4) } + [shard(2, 4)])
    }
    #expect(SweepMergeError.ranges([1, 2, 3, 7, 9, 10]) == "1-3, 7, 9-10")
    var other = shard(1, 4)
    other.manifest.specSHA256 = "0000"
    #expect(throws: SweepMergeError.self) { try SweepMerge.merge([shard(0, 4), other]) }
  }

  @Test("points.jsonl round-trips exactly and ignores a half-written last line")
  func pointsFile() throws {
    let plan = try sweepPlan(
      """
      { "base": "base.json", "replications": 2,
        "parameters": [{ "path": "channels[voice].handleTime.mean", "values": ["2.5m", "3m"] }] }
      """)
    let (all, _) = try runAll(plan, threads: 1)
    let manifest = SweepManifest(plan: plan, shard: .whole, version: "t")
    let text = all.map { SweepPointsFile.line($0, manifest: manifest) }.joined()
    let parsed = try SweepPointsFile.parse(Array(text.utf8), manifest: manifest, file: "p")
    #expect(parsed.results == all)
    #expect(!parsed.hadPartialLine)
    let firstLine = SweepPointsFile.line(all[0], manifest: manifest)
    let cut = Array((firstLine + String(text.dropFirst(firstLine.count).prefix(40))).utf8)
    let partial = try SweepPointsFile.parse(cut, manifest: manifest, file: "p")
    #expect(partial.results == [all[0]])
    #expect(partial.hadPartialLine)
    #expect(partial.soundByteCount == firstLine.utf8.count)
    let twice = Array((firstLine + firstLine).utf8)
    #expect(throws: SweepFileError.self) {
      try SweepPointsFile.parse(twice, manifest: manifest, file: "p")
    }
  }
}
