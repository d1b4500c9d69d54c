import Planning

/// Renders a plan comparison: the headline sentence, the terminal table, tidy CSV and JSON.
public enum ComparisonReport {
  /// Returns the money column name for a currency, e.g. `cost_eur`.
  static func moneyKey(_ currency: String) -> String { "cost_" + currency.lowercased() }

  /// Returns one sentence per plan after the baseline, leading with the answer:
  /// "B costs 41,200 EUR/year less than A (−3.1 %); voice SL −1.8 pts ± 0.6".
  public static func headline(_ comparison: PlanComparison) -> [String] {
    guard comparison.plans.count > 1, let year = comparison.row("cost", "cost_per_year") else {
      return []
    }
    let base = comparison.plans[0]
    return comparison.plans.indices.dropFirst().map { v in
      var text = comparison.plans[v]
      if let delta = year.deltas[v], let baseline = year.values[0] ?? nil {
        let amount = NumberFormat.grouped(abs(delta), decimals: 0)
        let percent = delta / baseline * 100
        let relative =
          baseline != 0 ? " (\(signed(percent, decimals: abs(percent) < 0.1 ? 2 : 1)) %)" : ""
        text +=
          delta == 0
          ? " costs the same as \(base)"
          : " costs \(amount) \(comparison.currency)/year \(delta < 0 ? "less" : "more") than "
            + base + relative
      }
      let levels = comparison.rows.filter { $0.metric == "service_level" }
      for row in levels {
        guard let delta = row.deltas[v] else { continue }
        text += "; \(row.scope) SL \(signed(delta * 100, decimals: 1)) pts"
        if let ci = row.deltaCI95[v] { text += " ± " + NumberFormat.fixed(ci * 100, decimals: 1) }
      }
      return text
    }
  }

  /// Returns a number with an explicit sign ("+1.2", "−3.1", "0.0").
  static func signed(_ value: Double, decimals: Int) -> String {
    let text = NumberFormat.grouped(abs(value), decimals: decimals)
    if value > 0 && text != NumberFormat.grouped(0, decimals: decimals) { return "+" + text }
    if value < 0 && text != NumberFormat.grouped(0, decimals: decimals) { return "−" + text }
    return text
  }

  /// Returns a cell: shares as percentages, money and hours grouped, ± the half-width.
  static func cell(
    _ value: Double?, _ ci: Double?, unit: String, metric: String, delta: Bool = false
  ) -> String {
    guard let value else { return "-" }
    let isShare = unit == "share"
    var decimals = isShare ? 1 : (unit == "seconds" || unit == "agents" || unit == "fte" ? 1 : 0)
    if metric == "cost_per_handled_contact" { decimals = 2 }
    let scaled = isShare ? value * 100 : value
    var text =
      delta
      ? signed(scaled, decimals: decimals) + (isShare ? " pts" : "")
      : NumberFormat.grouped(scaled, decimals: decimals) + (isShare ? "%" : "")
    if let ci { text += " ± " + NumberFormat.grouped(isShare ? ci * 100 : ci, decimals: decimals) }
    return text
  }

  /// Returns the terminal view: the headline, then one column per plan and one Δ column
  /// per plan after the baseline.
  public static func table(_ comparison: PlanComparison) -> String {
    var text = headline(comparison).joined(separator: "\n")
    if !text.isEmpty { text += "\n\n" }
    var columns: [TextTable.Column] = [.init("scope"), .init("figure (unit)")]
    for name in comparison.plans { columns.append(.init(name)) }
    for name in comparison.plans.dropFirst() { columns.append(.init("Δ \(name)")) }
    var table = TextTable(columns: columns)
    for row in comparison.rows {
      let unit = row.unit == "share" ? "%" : row.unit
      var cells = [row.scope, "\(row.metric) (\(unit))"]
      for v in comparison.plans.indices {
        cells.append(cell(row.values[v], row.ci95[v], unit: row.unit, metric: row.metric))
      }
      for v in comparison.plans.indices.dropFirst() {
        cells.append(
          cell(row.deltas[v], row.deltaCI95[v], unit: row.unit, metric: row.metric, delta: true))
      }
      table.append(cells)
    }
    text += table.render()
    let method =
      comparison.simulated
      ? "Service simulated on common random numbers; ± is the 95% half-width (paired for Δ)."
      : "Service analytic."
    text += "\n" + method + " Money and headcount are exact for the staffing compared.\n"
    for note in comparison.notes { text += "Note: \(note)\n" }
    return text
  }

  /// Returns compare.csv, tidy: plan, scope, metric, unit, value, ci95, delta, delta_ci95
  /// (one row per plan and figure; the baseline's delta empty), after `header`.
  public static func csv(_ comparison: PlanComparison, header: String) -> String {
    var table = CSVTable(header: [
      "plan", "scope", "metric", "unit", "value", "ci95", "delta", "delta_ci95",
    ])
    for (v, plan) in comparison.plans.enumerated() {
      for row in comparison.rows {
        table.append([
          plan, row.scope, row.metric,
          row.unit == comparison.currency ? moneyKey(row.unit) : row.unit,
          CSVTable.number(row.values[v]), CSVTable.number(row.ci95[v]),
          CSVTable.number(row.deltas[v]), CSVTable.number(row.deltaCI95[v]),
        ])
      }
    }
    return header + table.rendered()
  }

  /// Returns compare.json: provenance, plans, headline, notes and every row.
  public static func json(_ comparison: PlanComparison, provenance: JSONValue) -> JSONValue {
    func numbers(_ values: [Double?]) -> JSONValue { .array(values.map { .number($0) }) }
    return .object([
      ("run", provenance),
      ("plans", .array(comparison.plans.map { .string($0) })),
      ("baseline", .string(comparison.plans[0])),
      ("currency", .string(comparison.currency)),
      ("simulated", .bool(comparison.simulated)),
      ("headline", .array(headline(comparison).map { .string($0) })),
      ("notes", .array(comparison.notes.map { .string($0) })),
      (
        "rows",
        .array(
          comparison.rows.map { row in
            .object([
              ("scope", .string(row.scope)), ("metric", .string(row.metric)),
              ("unit", .string(row.unit)), ("values", numbers(row.values)),
              ("ci95", numbers(row.ci95)), ("deltas", numbers(row.deltas)),
              ("delta_ci95", numbers(row.deltaCI95)),
            ])
          })
      ),
    ])
  }
}
