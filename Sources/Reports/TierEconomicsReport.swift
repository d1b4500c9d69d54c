import Planning
import Simulation

/// Renders the tier economics of `ccplan tiers`: a table and JSON.
public enum TierEconomicsReport {
  /// Returns the terminal view: one row per lever, then the escalation costs.
  public static func table(_ economics: TierEconomics, currency: String) -> String {
    var text =
      "Baseline plan: \(NumberFormat.grouped(economics.baselineCostPerYear, decimals: 0)) "
      + "\(currency)/year (analytic, at the scenario's targets)\n\n"
    var levers = TextTable(columns: [
      .init("lever"), .init("paid hours saved/week"), .init("headcount saved (agents)"),
      .init("FTE saved"), .init("saved \(currency)/year = break-even price"),
    ])
    for lever in economics.fcr + economics.deflection {
      levers.append([
        lever.name, NumberFormat.grouped(lever.paidHoursSavedPerWeek, decimals: 1),
        NumberFormat.grouped(lever.headcountSaved, decimals: 2),
        NumberFormat.grouped(lever.fteSaved, decimals: 2),
        NumberFormat.grouped(lever.costSavedPerYear, decimals: 0),
      ])
    }
    text += levers.render()
    if !economics.escalations.isEmpty {
      text += "\nCost of one escalation (higher tiers' labour + costs.escalation)\n"
      var table = TextTable(columns: [
        .init("channel"), .init("escalated at Tier 1"), .init("\(currency) per escalation"),
      ])
      for row in economics.escalations {
        table.append([
          row.channel, NumberFormat.percent(row.escalatedShare),
          NumberFormat.grouped(row.cost, decimals: 2),
        ])
      }
      text += table.render()
    }
    return text
  }

  /// Returns the verification table: each lever's plan simulated, per channel its service
  /// level and the paired difference to the baseline plan.
  public static func verificationTable(_ verifications: [TierEconomics.Verification]) -> String {
    let text =
      "\nVerified by simulation (each lever's plan against the baseline plan, common random "
      + "numbers; ± is the 95% half-width, paired for Δ)\n"
    var table = TextTable(columns: [
      .init("lever"), .init("service level per channel (Δ vs baseline)"), .init("targets met"),
    ])
    for verification in verifications {
      let cells = verification.serviceLevels.map { row in
        let level = row.level.map { SimulationReport.percentCell($0) } ?? "-"
        let delta =
          row.difference.map {
            "Δ " + ComparisonReport.cell($0.mean, $0.ci95, unit: "share", metric: "", delta: true)
          } ?? ""
        return "\(row.channel) \(level) (\(delta))"
      }
      table.append([
        verification.lever, cells.joined(separator: ", "), verification.meetsTargets ? "yes" : "NO",
      ])
    }
    return text + table.render()
  }

  /// Returns the economics as JSON (money in the currency, per year).
  public static func json(_ economics: TierEconomics, currency: String) -> JSONValue {
    func lever(_ lever: TierEconomics.Lever) -> JSONValue {
      .object([
        ("lever", .string(lever.name)),
        ("paid_hours_saved_per_week", .number(lever.paidHoursSavedPerWeek)),
        ("headcount_saved", .number(lever.headcountSaved)),
        ("fte_saved", .number(lever.fteSaved)),
        ("cost_saved_per_year", .number(lever.costSavedPerYear)),
      ])
    }
    return .object([
      ("currency", .string(currency)),
      ("step", .number(economics.step)),
      ("baseline_cost_per_year", .number(economics.baselineCostPerYear)),
      ("fcr", .array(economics.fcr.map(lever))),
      ("deflection", .array(economics.deflection.map(lever))),
      (
        "escalations",
        .array(
          economics.escalations.map {
            .object([
              ("channel", .string($0.channel)), ("escalated_share", .number($0.escalatedShare)),
              ("cost_per_escalation", .number($0.cost)),
            ])
          })
      ),
    ])
  }
}
