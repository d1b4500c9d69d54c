import ContactCenter
import Foundation
import Planning
import Simulation
import Synchronization

extension SweepCommand {
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

  /// Returns a count for the dry run: "1.25 billion", "3.4 million" or "812".
  static func formatCount(_ value: Double) -> String {
    if value >= 1e9 { return String(format: "%.2f billion", value / 1e9) }
    if value >= 1e6 { return String(format: "%.1f million", value / 1e6) }
    return String(format: "%.0f", value)
  }

  /// Returns a duration for the dry run and the ETA: ms, s, min or h.
  static func formatSeconds(_ seconds: Double) -> String {
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
    if seconds < 120 { return String(format: "%.1f s", seconds) }
    if seconds < 7200 { return String(format: "%.1f min", seconds / 60) }
    return String(format: "%.1f h", seconds / 3600)
  }
}
