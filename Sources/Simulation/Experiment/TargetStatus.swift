import ContactCenter

/// Whether an interval's simulated service level meets its channel's target.
public enum TargetStatus: String, Sendable, CaseIterable {
  /// The mean meets the target.
  case met
  /// The mean is below the target but the 95 % interval reaches it (or there is no
  /// interval, with one replication).
  case atRisk = "at risk"
  /// The whole 95 % interval lies below the target (its upper end is below).
  case missed

  /// Returns the status of a service-level estimate against a target share in [0, 1],
  /// or nil without an estimate (no contact offered).
  public static func of(_ estimate: Estimate?, target: Double) -> TargetStatus? {
    guard let estimate else { return nil }
    if estimate.mean >= target { return .met }
    if let ci = estimate.ci95, estimate.mean + ci < target { return .missed }
    return .atRisk
  }
}

/// The intervals of one channel that miss its service-level target, for the summary line
/// "voice misses 80/20 in 9 of 60 intervals, 12:00–14:15, worst 74.0% ± 1.0".
public struct TargetMisses: Sendable {
  /// Channel id.
  public var channel: String
  /// The channel's target.
  public var sla: ServiceLevelTarget
  /// Intervals with an estimate (contacts offered).
  public var measured: Int
  /// Counted intervals whose status is `missed`, in order.
  public var missed: [Int]
  /// Counted intervals whose status is `atRisk`, in order.
  public var atRisk: [Int]
  /// The lowest interval service level and its interval, if any interval was measured.
  public var worst: (interval: Int, estimate: Estimate)?

  /// Returns runs of consecutive intervals (first, last) among `intervals` (sorted).
  public static func runs(_ intervals: [Int]) -> [(first: Int, last: Int)] {
    var result: [(first: Int, last: Int)] = []
    for k in intervals {
      if let last = result.last, last.last + 1 == k {
        result[result.count - 1].last = k
      } else {
        result.append((k, k))
      }
    }
    return result
  }
}

extension SimulationSummary {
  /// Returns each interval × channel row's status against its channel's target, in the
  /// order of `intervals` (nil where nothing was offered).
  public func intervalStatuses() -> [TargetStatus?] {
    var targets: [String: Double] = [:]
    for channel in channels { targets[channel.id] = channel.sla.percent / 100 }
    return intervals.map { TargetStatus.of($0.serviceLevel, target: targets[$0.channel] ?? 0) }
  }

  /// Returns, per channel in scenario order, the intervals that miss or risk its target.
  public func targetMisses() -> [TargetMisses] {
    let statuses = intervalStatuses()
    return channels.map { channel in
      var misses = TargetMisses(
        channel: channel.id, sla: channel.sla, measured: 0, missed: [], atRisk: [], worst: nil)
      for (row, status) in zip(intervals, statuses) where row.channel == channel.id {
        guard let status, let estimate = row.serviceLevel else { continue }
        misses.measured += 1
        switch status {
        case .missed: misses.missed.append(row.interval)
        case .atRisk: misses.atRisk.append(row.interval)
        case .met: break
        }
        if misses.worst == nil || estimate.mean < (misses.worst?.estimate.mean ?? 0) {
          misses.worst = (row.interval, estimate)
        }
      }
      return misses
    }
  }
}
