import ContactCenter
import Simulation

/// Renders a simulation summary: terminal tables, JSON and tidy CSV.
public enum SimulationReport {
  /// Returns an estimate as `{"mean": …, "ci95": …}` (ci95 null with one replication).
  static func json(_ estimate: Estimate?) -> JSONValue {
    guard let estimate else { return .object([("mean", .null), ("ci95", .null)]) }
    return .object([("mean", .number(estimate.mean)), ("ci95", .number(estimate.ci95))])
  }

  /// Returns the whole summary as one JSON document (summary.json and `--format json`).
  public static func json(_ summary: SimulationSummary, info: RunInfo) -> JSONValue {
    let misses = summary.targetMisses()
    let channels: [JSONValue] = summary.channels.map { c in
      var slByDefinition: [(String, JSONValue)] = []
      for definition in ServiceLevelDefinition.allCases {
        slByDefinition.append((definition.rawValue, json(c.serviceLevelBy[definition])))
      }
      return .object([
        ("id", .string(c.id)),
        ("kind", .string(c.kind.rawValue)),
        (
          "sla",
          .object([
            ("percent", .number(c.sla.percent)), ("within_seconds", .number(c.sla.withinSeconds)),
            ("definition", .string(c.sla.definition.rawValue)),
          ])
        ),
        ("offered", json(c.offered)),
        ("deflected", json(c.deflected)),
        ("handled", json(c.handled)),
        ("abandoned", json(c.abandoned)),
        ("in_system_at_end", json(c.inSystemAtEnd)),
        ("service_level", json(c.serviceLevel)),
        ("service_level_by_definition", .object(slByDefinition)),
        ("asa_seconds", json(c.asaSeconds)),
        // For written channels the answer is the first response: FRT is the same figure.
        ("frt_seconds", c.kind.isRealTime ? .null : json(c.asaSeconds)),
        ("abandon_rate", json(c.abandonRate)),
        ("aht_seconds", json(c.ahtSeconds)),
        ("escalations", json(c.escalations)),
        ("wait_probability", json(c.waitProbability)),
        ("mean_queue_length", json(c.meanQueueLength)),
        ("wait_p50_seconds", json(c.waitPercentiles[0])),
        ("wait_p90_seconds", json(c.waitPercentiles[1])),
        ("wait_p99_seconds", json(c.waitPercentiles[2])),
        ("target_misses", targetJSON(misses.first { $0.channel == c.id })),
        ("day_service_level", dayServiceLevelJSON(c.dayServiceLevels)),
      ])
    }
    let tiers: [JSONValue] = summary.tiers.map { t in
      .object([
        ("channel", .string(t.channel)), ("tier", .integer(t.tier)), ("offered", json(t.offered)),
        ("abandoned", json(t.abandoned)), ("service_level", json(t.serviceLevel)),
        ("asa_seconds", json(t.asaSeconds)), ("aht_seconds", json(t.ahtSeconds)),
        ("escalated", json(t.escalated)),
      ])
    }
    let pools: [JSONValue] = summary.pools.map { p in
      .object([
        ("id", .string(p.id)), ("tier", .integer(p.tier)), ("occupancy", json(p.occupancy)),
        ("slot_occupancy", json(p.slotOccupancy)), ("agent_hours", json(p.agentHours)),
      ])
    }
    return .object([
      ("run", info.json),
      ("simulated_contacts", .integer(summary.simulatedContacts)),
      ("channels", .array(channels)),
      ("tiers", .array(tiers)),
      ("pools", .array(pools)),
    ])
  }

  /// Returns the intervals of one channel that miss or risk the target, as JSON.
  static func targetJSON(_ misses: TargetMisses?) -> JSONValue {
    guard let misses else { return .null }
    return .object([
      ("measured_intervals", .integer(misses.measured)),
      ("missed_intervals", .integer(misses.missed.count)),
      ("at_risk_intervals", .integer(misses.atRisk.count)),
      ("worst_service_level", json(misses.worst?.estimate)),
      ("worst_interval", misses.worst.map { .integer($0.interval) } ?? .null),
    ])
  }

  /// Returns intervals.csv: one row per open interval × channel (first contact), after a
  /// `#` provenance line; `target_status` is met, at risk (mean below the target) or
  /// missed (the 95 % interval's upper end below it).
  public static func intervalsCSV(_ summary: SimulationSummary, horizon: Horizon, info: RunInfo)
    -> String
  {
    var definitions: [String: String] = [:]
    for channel in summary.channels { definitions[channel.id] = channel.sla.definition.rawValue }
    var table = CSVTable(header: [
      "interval_start", "channel", "offered", "handled", "abandoned", "service_level",
      "service_level_ci95", "service_level_definition", "target_status", "wait_probability",
      "wait_probability_ci95", "mean_queue_length", "asa_seconds", "asa_seconds_ci95",
      "aht_seconds", "backlog_at_end", "oldest_wait_at_end_seconds",
    ])
    for (row, status) in zip(summary.intervals, summary.intervalStatuses()) {
      table.append([
        horizon.label(ofOpenInterval: row.interval), row.channel, CSVTable.number(row.offered.mean),
        CSVTable.number(row.handled.mean), CSVTable.number(row.abandoned.mean),
        CSVTable.number(row.serviceLevel?.mean), CSVTable.number(row.serviceLevel?.ci95),
        definitions[row.channel] ?? "", status?.rawValue ?? "",
        CSVTable.number(row.waitProbability?.mean), CSVTable.number(row.waitProbability?.ci95),
        CSVTable.number(row.meanQueueLength.mean),
        CSVTable.number(row.asaSeconds?.mean), CSVTable.number(row.asaSeconds?.ci95),
        CSVTable.number(row.ahtSeconds?.mean), CSVTable.number(row.backlogAtEnd.mean),
        CSVTable.number(row.oldestAgeSeconds.mean),
      ])
    }
    return info.csvHeaderLine(command: "simulate") + table.rendered()
  }

  /// Returns pool-intervals.csv: one row per open interval × pool, after a `#` provenance
  /// line.
  public static func poolIntervalsCSV(
    _ summary: SimulationSummary, horizon: Horizon, info: RunInfo
  ) -> String {
    var table = CSVTable(header: [
      "interval_start", "pool", "agents_on_line", "occupancy", "occupancy_ci95",
    ])
    for row in summary.poolIntervals {
      table.append([
        horizon.label(ofOpenInterval: row.interval), row.pool,
        CSVTable.number(row.agentsOnLine.mean),
        CSVTable.number(row.occupancy?.mean), CSVTable.number(row.occupancy?.ci95),
      ])
    }
    return info.csvHeaderLine(command: "simulate") + table.rendered()
  }

  /// Returns replications.csv: one row per replication × channel of raw sums, after a `#`
  /// provenance line.
  public static func replicationsCSV(_ summary: SimulationSummary, info: RunInfo) -> String {
    var table = CSVTable(header: [
      "replication", "channel", "offered", "handled", "abandoned", "answered_within_t",
      "total_wait_seconds",
    ])
    for row in summary.replications {
      table.append([
        String(row.replication), row.channel, CSVTable.number(row.offered),
        CSVTable.number(row.handled),
        CSVTable.number(row.abandoned), CSVTable.number(row.answeredWithinT),
        CSVTable.number(row.totalWaitSeconds),
      ])
    }
    return info.csvHeaderLine(command: "simulate") + table.rendered()
  }
}
