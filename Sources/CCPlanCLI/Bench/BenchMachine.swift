import Foundation
import Reports

/// The machine a bench ran on, and whether it was quiet enough for the figures to mean
/// what they claim: a process using part of a core makes a parallel speed-up meaningless
/// and shifts single-core ratios through shared caches.
struct BenchMachine {
  /// 1-, 5- and 15-minute load averages before the first case and after the last.
  var loadBefore: [Double]?
  var loadAfter: [Double]?
  /// Cores the process may use.
  var cores: Int
  /// Cores every other process used on average in a short sample just before the first
  /// case (from `/proc/stat`; nil where it cannot be read).
  var othersBefore: Double? = nil

  /// Other processes' average cores above which a case's figure is called unreliable.
  static let busyCores = 0.3

  /// Whether the machine was busy before the run: other processes used more than
  /// `busyCores` in the sample before it, or, where that could not be measured, the
  /// 1-minute load average was ≥ 0.5. (Some virtual machines show a load average near 1
  /// with every core idle, so the sample decides where it exists.)
  var busyAtStart: Bool {
    if let othersBefore { return othersBefore > Self.busyCores }
    return (loadBefore?.first ?? 0) >= 0.5
  }

  /// Returns the cores other processes use on average over `seconds` of this process
  /// sleeping, or nil where `/proc/stat` cannot be read.
  static func sampleOthers(seconds: Double = 0.5) -> Double? {
    guard let start = ProcessStats.machineBusySeconds() else { return nil }
    let own = ProcessStats.cpuSeconds()
    let (_, wall) = ProcessStats.time { usleep(useconds_t(seconds * 1e6)) }
    guard let end = ProcessStats.machineBusySeconds(), wall > 0 else { return nil }
    return max(0, (end - start - (ProcessStats.cpuSeconds() - own)) / wall)
  }

  /// Returns whether a case ran on a busy machine: other processes used more than
  /// `busyCores` cores meanwhile, or (when that could not be measured) the load was high.
  func isBusy(_ result: BenchResult) -> Bool {
    if let others = result.otherCores { return others > Self.busyCores }
    // A case under half a second has no figure of its own (too short for the counters)
    // and no timing target; the machine's state before the run says nothing about it.
    if result.wallSeconds < 0.5 { return false }
    return busyAtStart
  }

  /// Returns the line with the load averages and the cores, and a blank line.
  var header: String {
    func text(_ loads: [Double]?) -> String {
      loads.map { $0.map { NumberFormat.fixed($0, decimals: 2) }.joined(separator: " ") }
        ?? "unknown"
    }
    let sample = othersBefore.map {
      "; other processes \(NumberFormat.fixed($0, decimals: 2)) cores just before"
    }
    return "load average \(text(loadBefore)) before, \(text(loadAfter)) after"
      + "\(sample ?? ""); \(cores) cores\n\n"
  }

  /// Returns the warnings about a busy machine (empty when it was quiet).
  func warnings(_ results: [BenchResult]) -> String {
    var lines: [String] = []
    if busyAtStart {
      let what =
        othersBefore.map { "other processes used \(NumberFormat.fixed($0, decimals: 2)) cores" }
        ?? "load average \(NumberFormat.fixed(loadBefore?.first ?? 0, decimals: 2))"
      lines.append("warning: the machine was busy before the run (\(what)).")
    }
    let busy = results.filter { isBusy($0) }.map(\.name)
    if !busy.isEmpty {
      lines.append(
        "warning: other processes used more than \(NumberFormat.fixed(Self.busyCores, decimals: 1)) "
          + "cores during \(busy.joined(separator: ", ")); their figures are unreliable "
          + "(a parallel speed-up is meaningless when a core is taken). Rerun on an idle machine.")
    }
    return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
  }

  /// Returns the machine as a JSON object (the last element of `bench --format json`).
  var json: JSONValue {
    func loads(_ values: [Double]?) -> JSONValue {
      values.map { .array($0.map { .number(($0 * 100).rounded() / 100) }) } ?? .null
    }
    return .object([
      ("name", .string("machine")), ("cores", .integer(cores)),
      ("load_average_before", loads(loadBefore)), ("load_average_after", loads(loadAfter)),
      ("other_cores_before", othersBefore.map { .number(($0 * 100).rounded() / 100) } ?? .null),
    ])
  }

  /// Returns one row per reference variant: its runs' customers, wall and CPU time summed.
  static func referenceRows(_ runs: [BenchResult]) -> [BenchResult] {
    var names: [String] = []
    for run in runs where !names.contains(run.name) { names.append(run.name) }
    return names.map { name in
      let mine = runs.filter { $0.name == name }
      var row = BenchResult(
        name: name, contacts: mine.reduce(0) { $0 + $1.contacts },
        wallSeconds: mine.reduce(0) { $0 + $1.wallSeconds }, peakRSSBytes: 0, threads: 1)
      row.cpuSeconds = mine.reduce(0) { $0 + $1.cpuSeconds }
      row.otherCores = mine.compactMap(\.otherCores).max()
      row.extra.append(("runs", .integer(mine.count)))
      return row
    }
  }
}
