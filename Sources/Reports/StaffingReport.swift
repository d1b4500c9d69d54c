import ContactCenter
import Planning

/// Renders an analytic staffing plan: `requirements.csv`, `staffing.csv` (the file
/// `ccplan simulate --staffing` replays), `summary.json` and the terminal summary.
public enum StaffingReport {
  /// Where a plan came from (version, scenario file and its SHA-256); recorded in every
  /// output. The same record `ccplan simulate` writes.
  public typealias Provenance = RunInfo

  /// Returns the `#` comment line opening each CSV file: version, scenario, hash, method.
  public static func header(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    "# ccplan \(provenance.version) staff; scenario \(plan.scenario.name) ("
      + "\(provenance.scenarioFile), sha256 \(provenance.scenarioSHA256)); method "
      + "\(plan.methodName); volume factor "
      + "\(JSONValue.format(plan.options.volumeFactor)); aht factor "
      + "\(JSONValue.format(plan.options.ahtFactor))"
      + (riskText(plan).map { "; " + $0 } ?? "") + "\n"
  }

  /// Returns "planned for the 90% day: demand × 1.128 (gamma day factor, cv 0.1)" when
  /// the plan has a confidence, else nil.
  public static func riskText(_ plan: StaffingPlan) -> String? {
    guard let confidence = plan.options.confidence else { return nil }
    let factor = plan.options.riskFactor(for: plan.scenario)
    return "planned for the \(NumberFormat.percent(confidence)) day: demand × "
      + "\(NumberFormat.fixed(factor, decimals: 3)) (gamma day factor, cv "
      + "\(JSONValue.format(plan.options.dayFactorCV(of: plan.scenario))))"
  }

  /// Returns the currency code in lowercase, for column names such as `cost_eur`.
  public static func currencyKey(_ plan: StaffingPlan) -> String {
    plan.scenario.costs.currency.lowercased()
  }

  /// The columns of `requirements.csv`, units in their names.
  public static let requirementsHeader = [
    "interval_start", "channel", "tier", "pool", "load_erlangs", "net_agents", "service_level",
    "service_level_definition", "asa_seconds", "abandon_rate", "occupancy", "offered_contacts",
    "handled_contacts", "handle_seconds", "model",
  ]

  /// Returns `requirements.csv`: one row per open interval × channel × tier (fractions 0–1,
  /// times in seconds, loads in Erlangs).
  ///
  /// Rows are assembled directly (ids escaped once, numbers never need quoting) rather than
  /// through `CSVTable`, whose per-cell character scan dominated `ccplan staff` at 4,000 rows.
  public static func requirementsCSV(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    let scenario = plan.scenario
    let channels = scenario.channels.map { field($0.id) }
    let pools = scenario.pools.map { field($0.id) }
    let definitions = scenario.channels.map(\.sla.definition.rawValue)
    var labels: [String] = []
    var text = header(plan, provenance) + requirementsHeader.joined(separator: ",") + "\n"
    text.reserveCapacity(plan.requirements.count * 96)
    for row in plan.requirements {
      while labels.count <= row.interval {
        labels.append(field(scenario.horizon.label(ofOpenInterval: labels.count)))
      }
      let cells = [
        labels[row.interval], channels[row.channel], String(row.tier), pools[row.pool],
        rounded(row.loadErlangs), String(row.netAgents), rounded(row.serviceLevel),
        definitions[row.channel], rounded(row.asaSeconds), rounded(row.abandonRate),
        rounded(row.occupancy),
        rounded(row.offeredContacts), rounded(row.handledContacts), rounded(row.handleSeconds),
        row.model.rawValue,
      ]
      text += cells.joined(separator: ",")
      text += "\n"
    }
    return text
  }

  /// The columns of `staffing.csv` for a currency code such as "EUR".
  public static func staffingHeader(currency: String) -> [String] {
    [
      "interval_start", "pool", "net_agents", "scheduled_headcount", "paid_hours",
      "cost_" + currency.lowercased(),
    ]
  }

  /// Returns `staffing.csv`: `interval_start,pool,net_agents,scheduled_headcount,
  /// paid_hours,cost_<currency>`, one row per open interval × pool.
  public static func staffingCSV(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    let scenario = plan.scenario
    let pools = scenario.pools.map { field($0.id) }
    var text = header(plan, provenance)
    text += staffingHeader(currency: scenario.costs.currency).map(field).joined(separator: ",")
    text += "\n"
    for k in 0..<scenario.horizon.openIntervals {
      let label = field(scenario.horizon.label(ofOpenInterval: k))
      for pool in plan.pools {
        let cells = [
          label, pools[pool.pool], String(pool.netAgents[k]), String(pool.scheduledHeadcount[k]),
          rounded(pool.paidHours[k]), rounded(pool.cost[k]),
        ]
        text += cells.joined(separator: ",")
        text += "\n"
      }
    }
    return text
  }

  /// Returns a text cell for CSV, quoted (RFC 4180) only when it holds a comma, quote or
  /// line break.
  static func field(_ text: String) -> String {
    let special = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard special else { return text }
    var quoted = "\""
    for character in text {
      quoted += character == "\"" ? "\"\"" : String(character)
    }
    return quoted + "\""
  }

  /// Returns a number rounded to 6 significant decimals for CSV, empty when not finite.
  static func rounded(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    return CSVTable.number((value * 1e6).rounded() / 1e6)
  }
}
