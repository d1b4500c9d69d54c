extension ReportData {
  /// Fills costs, provenance and the summary tables of a staff result from summary.json.
  static func readStaffCosts(_ summary: SummaryJSON, into data: inout ReportData)
    throws(ResultReportError)
  {
    let currency = try summary.string("currency")
    let cost = "cost_" + currency.lowercased()
    data.currency = currency
    data.shrinkage = summary.number("shrinkage")
    data.totalCost = summary.number("totals." + cost)
    data.costPerHandled = summary.number("totals.cost_per_handled_contact_" + currency.lowercased())
    data.handled = summary.number("totals.handled_contacts")
    data.byTier = try summary.array("tiers").map { node in
      Amount(
        label: "Tier " + SVGText.number(summary.number("tier", in: node) ?? 0),
        value: summary.number(cost, in: node))
    }
    let channels = try summary.array("channels")
    data.byChannel = try channels.map { node throws(ResultReportError) in
      Amount(label: try summary.string("id", in: node), value: summary.number(cost, in: node))
    }
    let method = (try? summary.string("method")) ?? "unknown"
    data.provenance = [
      ("Scenario", data.scenario),
      ("Scenario file", (try? summary.string("scenario_file")) ?? ""),
      ("Scenario SHA-256", (try? summary.string("scenario_sha256")) ?? ""),
      ("ccplan version", (try? summary.string("ccplan_version")) ?? ""),
      ("Command", "staff"),
      ("Method", method),
      ("Seed", method == "simulation" ? "see simulation-check.csv" : "none (analytic)"),
      ("Replications", method == "simulation" ? "see simulation-check.csv" : "none (analytic)"),
      ("Volume factor", SVGText.number(summary.number("volume_factor") ?? 1, decimals: 2)),
      ("AHT factor", SVGText.number(summary.number("aht_factor") ?? 1, decimals: 2)),
      ("Shrinkage", data.shrinkage.map { SVGText.percent($0) } ?? "–"),
      ("Occupancy cap", summary.number("occupancy_cap").map { SVGText.percent($0) } ?? "–"),
    ]
    var channelRows: [[String]] = []
    for node in channels {
      let sla = summary.number("sla.percent", in: node)
      let within = summary.number("sla.within_seconds", in: node)
      channelRows.append([
        (try? summary.string("id", in: node)) ?? "", (try? summary.string("kind", in: node)) ?? "",
        (try? summary.string("model", in: node)) ?? "–",
        SVGText.number(summary.number("offered_contacts", in: node) ?? .nan),
        SVGText.number(summary.number("handled_contacts", in: node) ?? .nan),
        SVGText.percent(summary.number("service_level", in: node) ?? .nan),
        sla.map { SVGText.number($0) + " % in " + duration(within ?? .nan) } ?? "–",
        SVGText.number(summary.number(cost, in: node) ?? .nan),
      ])
    }
    let poolRows = try summary.array("pools").map { node in
      [
        (try? summary.string("id", in: node)) ?? "",
        SVGText.number(summary.number("tier", in: node) ?? .nan),
        SVGText.number(summary.number("peak_net_agents", in: node) ?? .nan),
        SVGText.number(summary.number("peak_scheduled_headcount", in: node) ?? .nan),
        SVGText.number(summary.number("paid_hours", in: node) ?? .nan, decimals: 1),
        SVGText.number(summary.number("fte", in: node) ?? .nan, decimals: 1),
        SVGText.number(summary.number(cost, in: node) ?? .nan),
      ]
    }
    data.tables = [
      Table(
        caption: "Channels over the horizon",
        header: [
          "Channel", "Kind", "Model", "Offered (contacts)", "Handled (contacts)",
          "Service level (%)", "Target", "Cost (\(currency))",
        ], rows: channelRows),
      Table(
        caption: "Pools over the horizon",
        header: [
          "Pool", "Tier", "Peak net agents", "Peak scheduled headcount", "Paid hours (h)",
          "FTE", "Cost (\(currency))",
        ], rows: poolRows),
    ]
  }

  /// Returns a duration in seconds in its largest whole unit: "20 s", "5 min", "24 h".
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "–" }
    if seconds >= 3600 && seconds.truncatingRemainder(dividingBy: 3600) == 0 {
      return SVGText.number(seconds / 3600) + " h"
    }
    if seconds >= 60 && seconds.truncatingRemainder(dividingBy: 60) == 0 {
      return SVGText.number(seconds / 60) + " min"
    }
    return SVGText.number(seconds, decimals: seconds.rounded() == seconds ? 0 : 1) + " s"
  }
}
