import Foundation
import Reports

/// Times the reference M/M/c loops (`../shared/bench/reference-mmc.swift`) interleaved with
/// a simulation case — reference, case, other reference, then again, `pairs` times — so a
/// change of machine load hits both sides of each ratio. Each ratio is the median over the
/// rounds of (case contacts per second) ÷ (reference customers per second), in CPU time of
/// the measured work (each process reports its own) and in wall time.
struct BenchInterleave {
  /// The reference binaries: the binary heap (the yardstick) and the variant keeping the
  /// next arrival out of the heap (the design ccplan uses); either may be absent.
  var heap: String?
  var outside: String?
  /// Rounds of (reference, case, reference).
  var pairs: Int

  /// Whether any reference is given.
  var isEmpty: Bool { heap == nil && outside == nil }

  /// Returns the reference's customers per round for a case: about as long a run as the case.
  static func customers(for name: String, quick: Bool) -> Int {
    let full =
      ["mmc": 10_000_000, "tiers": 2_000_000, "multichannel": 4_000_000][name] ?? 1_000_000
    return quick ? full / 10 : full
  }

  /// Runs `runCase` interleaved with the references; returns the case's result (the round
  /// of median CPU rate) with the ratios and the busiest round's other load added, and one
  /// result per reference run.
  func run(_ name: String, quick: Bool, runCase: () throws -> BenchResult) throws -> (
    BenchResult, [BenchResult]
  ) {
    let customers = Self.customers(for: name, quick: quick)
    var cases: [BenchResult] = []
    var heapRuns: [BenchResult] = []
    var outsideRuns: [BenchResult] = []
    for _ in 0..<max(1, pairs) {
      if let heap { heapRuns.append(try Self.reference(heap, "reference-heap", customers)) }
      cases.append(try runCase())
      if let outside {
        outsideRuns.append(try Self.reference(outside, "reference-outside", customers))
      }
    }
    let byRate = cases.indices.sorted { cases[$0].cpuRate < cases[$1].cpuRate }
    var result = cases[byRate[byRate.count / 2]]
    for (label, runs) in [("heap", heapRuns), ("outside", outsideRuns)] where !runs.isEmpty {
      let cpu = zip(cases, runs).map { $0.cpuRate / max($1.cpuRate, 1e-9) }
      let wall = zip(cases, runs).map { $0.contactsPerSecond / max($1.contactsPerSecond, 1e-9) }
      result.extra.append(("cpu_ratio_\(label)", .number(Self.rounded(Self.median(cpu)))))
      result.extra.append(("wall_ratio_\(label)", .number(Self.rounded(Self.median(wall)))))
    }
    let busiest = (cases + heapRuns + outsideRuns).compactMap(\.otherCores).max()
    result.otherCores = busiest
    result.extra.append(("rounds", .integer(cases.count)))
    return (result, heapRuns + outsideRuns)
  }

  /// Runs a reference binary for `customers` customers and reads its JSON line.
  static func reference(_ binary: String, _ name: String, _ customers: Int) throws -> BenchResult {
    let child = try ChildRun.run(binary, [String(customers), "1", name])
    // The loop's own peak_rss_kb comes from getrusage, which inherits this process's peak
    // across the spawn, so it is not reported (../shared/bench/run.sh gives that figure).
    guard child.status == 0, let numbers = JSONNumbers.of(child.output),
      let served = numbers["customers"], let wall = numbers["wall_seconds"],
      let cpu = numbers["cpu_seconds"]
    else {
      throw BenchError.childFailed(
        name: name, status: child.status, stderr: child.error + child.output)
    }
    var result = BenchResult(
      name: name, contacts: Int(served), wallSeconds: wall, peakRSSBytes: 0, threads: 1)
    result.cpuSeconds = cpu
    result.otherCores = child.otherCores
    return result
  }

  /// Returns the median of a non-empty list (the mean of the middle two for an even count).
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Returns `x` rounded to three decimals.
  static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
