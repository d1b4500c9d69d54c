import ContactCenter
import Planning

extension StaffingReport {
  /// Returns the terminal summary: provenance, the intraday table of the first day (net /
  /// scheduled per pool, first-contact SL per channel), days, and the cost summary.
  public static func table(_ plan: StaffingPlan, _ provenance: Provenance) -> String {
    let scenario = plan.scenario
    let horizon = scenario.horizon
    var text = "ccplan \(provenance.version) staff: \(scenario.name) (sha256 "
    text += "\(provenance.scenarioSHA256.prefix(12))…), method \(plan.methodName)"
    if plan.options.volumeFactor != 1 || plan.options.ahtFactor != 1 {
      text += ", volume × \(JSONValue.format(plan.options.volumeFactor))"
      text += ", AHT × \(JSONValue.format(plan.options.ahtFactor))"
    }
    if let risk = riskText(plan) { text += ", " + risk }
    text += "\n\n"
    let shownDays =
      horizon.days > 1 ? "day 1 of \(horizon.days); every day is in staffing.csv" : "the day"
    text += "Intraday plan, \(shownDays): net agents / scheduled headcount per pool, "
    text += "first-contact service level per channel\n"
    text += intradayTable(plan).render()
    if horizon.days > 1 { text += "\nBy day\n" + dayTable(plan).render() }
    text += "\nCost by pool (\(scenario.costs.currency), overhead "
    text += "\(NumberFormat.percent(scenario.costs.overhead)) included, shrinkage "
    text += "\(NumberFormat.percent(scenario.shrinkage)))\n"
    text += poolTable(plan).render()
    text += "\nCost by tier\n" + tierTable(plan).render()
    text += "\nService and cost by channel\n" + channelTable(plan).render()
    text += "\n" + totalsText(plan)
    return text
  }

  private static func money(_ value: Double?) -> String {
    guard let value else { return "-" }
    return NumberFormat.grouped(value, decimals: value.magnitude < 100 ? 2 : 0)
  }

  private static func intradayTable(_ plan: StaffingPlan) -> TextTable {
    let scenario = plan.scenario
    // The first open day: its window's intervals.
    let perDay =
      scenario.horizon.windows.isEmpty ? 0 : scenario.horizon.openIntervals(ofWindow: 0).count
    var columns: [TextTable.Column] = [.init("interval", alignment: .left)]
    columns += scenario.pools.map { .init($0.id, alignment: .right) }
    columns += scenario.channels.map { .init($0.id + " SL", alignment: .right) }
    var table = TextTable(columns: columns)
    var serviceLevel = [[Double?]](
      repeating: [Double?](repeating: nil, count: scenario.channels.count), count: perDay)
    for row in plan.requirements
    where row.interval < perDay && row.tier == plan.firstContactTier(of: row.channel) {
      if row.offeredContacts > 0 { serviceLevel[row.interval][row.channel] = row.serviceLevel }
    }
    for k in 0..<perDay {
      var cells = [scenario.horizon.label(ofOpenInterval: k)]
      cells += plan.pools.map { "\($0.netAgents[k])/\($0.scheduledHeadcount[k])" }
      cells += serviceLevel[k].map { $0.map { NumberFormat.percent($0) } ?? "-" }
      table.append(cells)
    }
    return table
  }

  private static func dayTable(_ plan: StaffingPlan) -> TextTable {
    let scenario = plan.scenario
    var columns: [TextTable.Column] = [.init("day"), .init("paid hours"), .init("cost")]
    columns += scenario.channels.map { .init($0.id + " SL", alignment: .right) }
    var table = TextTable(columns: columns)
    for day in plan.days {
      var cells = [
        String(day.day), NumberFormat.grouped(day.paidHours, decimals: 1), money(day.cost),
      ]
      cells += plan.channels.map { summary in
        summary.dayServiceLevel[day.day - 1].map { NumberFormat.percent($0) } ?? "-"
      }
      table.append(cells)
    }
    return table
  }

  private static func poolTable(_ plan: StaffingPlan) -> TextTable {
    var table = TextTable(columns: [
      .init("pool", alignment: .left), .init("tier"), .init("peak net"),
      .init("peak scheduled"), .init("paid hours"), .init("FTE"), .init("cost"),
    ])
    for pool in plan.pools {
      let spec = plan.scenario.pools[pool.pool]
      table.append([
        spec.id, String(spec.tier), String(pool.netAgents.max() ?? 0),
        String(pool.scheduledHeadcount.max() ?? 0),
        NumberFormat.grouped(pool.totalPaidHours, decimals: 1),
        NumberFormat.grouped(pool.fte, decimals: 1), money(pool.totalCost),
      ])
    }
    return table
  }

  private static func tierTable(_ plan: StaffingPlan) -> TextTable {
    var table = TextTable(columns: [.init("tier"), .init("paid hours"), .init("cost")])
    for tier in plan.tiers {
      table.append([
        String(tier.tier), NumberFormat.grouped(tier.paidHours, decimals: 1), money(tier.cost),
      ])
    }
    return table
  }

  private static func channelTable(_ plan: StaffingPlan) -> TextTable {
    var table = TextTable(columns: [
      .init("channel", alignment: .left), .init("model", alignment: .left), .init("offered"),
      .init("handled"), .init("abandoned"), .init("SL"), .init("target", alignment: .right),
      .init("cost"), .init("per handled"),
    ])
    for summary in plan.channels {
      let channel = plan.scenario.channels[summary.channel]
      let model = plan.requirements.first { $0.channel == summary.channel }?.model.rawValue
      let perHandled = summary.handledContacts > 0 ? summary.cost / summary.handledContacts : nil
      table.append([
        channel.id, model ?? "-", NumberFormat.grouped(summary.offeredContacts),
        NumberFormat.grouped(summary.handledContacts),
        NumberFormat.grouped(summary.abandonedContacts),
        summary.serviceLevel.map { NumberFormat.percent($0) } ?? "-",
        NumberFormat.fixed(channel.sla.percent, decimals: 0) + "/"
          + ErlangReport.seconds(channel.sla.withinSeconds),
        money(summary.cost), money(perHandled),
      ])
    }
    return table
  }

  private static func totalsText(_ plan: StaffingPlan) -> String {
    let totals = plan.totals
    let currency = plan.scenario.costs.currency
    var text = "Total: \(NumberFormat.grouped(totals.paidHours, decimals: 1)) paid hours, "
    text += "\(NumberFormat.grouped(totals.fte, decimals: 1)) FTE "
    text += "(\(JSONValue.format(plan.scenario.costs.fteHoursPerWeek)) h/week), "
    text += "\(money(totals.cost)) \(currency)\n"
    text += "Cost per handled contact: \(money(totals.costPerHandledContact)) \(currency)\n"
    if let abandoned = totals.abandonedCost {
      text += "Expected abandoned contacts: \(NumberFormat.grouped(totals.abandonedContacts)), "
      text += "costing \(money(abandoned)) \(currency)"
      text += plan.options.method == .erlangC ? " (Erlang C assumes nobody abandons)\n" : "\n"
    }
    text += "\nNotes:\n" + notes(plan).map { "- " + $0 + "\n" }.joined()
    return text
  }
}
