import ContactCenter
import Planning

/// Renders an analytic staffing plan: `requirements.csv`, `staffing.csv` (the file
/// `ccplan simulate --staffing` replays), `summary.json` and the terminal summary.
public enum StaffingReport {
  /// Where a plan came from; recorded in every output.
  public struct Provenance: Sendable, Equatable {
    /// Returns the ccplan version that made the plan.
    public var version: String
    /// Returns the scenario file as given.
    public var scenarioFile: String
    /// Returns the SHA-256 of the scenario file's bytes, in lowercase hex.
    public var scenarioSHA256: String

    /// Returns provenance from a version, a file name and the file's SHA-256 (hex).
    public init(version: String, scenarioFile: String, scenarioSHA256: String) {
      self.version = version
      self.scenarioFile = scenarioFile
      self.scenarioSHA256 = scenarioSHA256
    }
  }

  /// Returns the `#` comment line opening each CSV file: version, scenario, hash, method.
  public static func header(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    "# ccplan \(provenance.version) staff; scenario \(plan.scenario.name) ("
      + "\(provenance.scenarioFile), sha256 \(provenance.scenarioSHA256)); method "
      + "\(plan.options.method.rawValue); volume factor "
      + "\(JSONValue.format(plan.options.volumeFactor)); aht factor "
      + "\(JSONValue.format(plan.options.ahtFactor))\n"
  }

  /// Returns the currency code in lowercase, for column names such as `cost_eur`.
  public static func currencyKey(_ plan: StaffingPlan) -> String {
    plan.scenario.costs.currency.lowercased()
  }

  /// Returns `requirements.csv`: one row per open interval × channel × tier (fractions 0–1,
  /// times in seconds, loads in Erlangs).
  public static func requirementsCSV(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    var table = CSVTable(header: [
      "interval_start", "channel", "tier", "pool", "model", "offered_contacts",
      "handle_seconds", "load_erlangs", "net_agents", "service_level", "asa_seconds",
      "abandon_rate", "occupancy", "handled_contacts",
    ])
    let scenario = plan.scenario
    var labels: [String] = []
    for row in plan.requirements {
      if row.interval == labels.count {
        labels.append(scenario.horizon.label(ofOpenInterval: row.interval))
      }
      table.append([
        labels[row.interval], scenario.channels[row.channel].id, String(row.tier),
        scenario.pools[row.pool].id, row.model.rawValue, rounded(row.offeredContacts),
        rounded(row.handleSeconds), rounded(row.loadErlangs), String(row.netAgents),
        rounded(row.serviceLevel), rounded(row.asaSeconds), rounded(row.abandonRate),
        rounded(row.occupancy), rounded(row.handledContacts),
      ])
    }
    return header(plan, provenance) + table.rendered()
  }

  /// Returns `staffing.csv`: `interval_start,pool,net_agents,scheduled_headcount,
  /// paid_hours,cost_<currency>`, one row per open interval × pool.
  public static func staffingCSV(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    var table = CSVTable(header: [
      "interval_start", "pool", "net_agents", "scheduled_headcount", "paid_hours",
      "cost_" + currencyKey(plan),
    ])
    let scenario = plan.scenario
    for k in 0..<scenario.horizon.openIntervals {
      let label = scenario.horizon.label(ofOpenInterval: k)
      for pool in plan.pools {
        table.append([
          label, scenario.pools[pool.pool].id, String(pool.netAgents[k]),
          String(pool.scheduledHeadcount[k]), rounded(pool.paidHours[k]), rounded(pool.cost[k]),
        ])
      }
    }
    return header(plan, provenance) + table.rendered()
  }

  /// Returns a number rounded to 6 significant decimals for CSV, empty when not finite.
  static func rounded(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    return CSVTable.number((value * 1e6).rounded() / 1e6)
  }
}
