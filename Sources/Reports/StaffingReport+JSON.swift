import ContactCenter
import Planning

extension StaffingReport {
  /// Returns the notes every staffing output carries: the rules that decide its numbers.
  public static func notes(_ plan: StaffingPlan) -> [String] {
    [
      plan.options.method.explanation + ".",
      "Stationary per interval (SIPP): where demand rises faster than a handle time, queues "
        + "carry across intervals and this plan understaffs; simulation refines it.",
      "First contacts go to the first tier-1 pool serving the channel in routing order "
        + "(fewest skills first, then file order); tier k+1 receives tier k's handled "
        + "contacts × (1 − fcr).",
      "A pool serving several channels gets the sum of their needs (no pooling gain); "
        + "simulation refines this.",
      "Chat: slots = agents × max concurrency, handle time × the factor at max.",
      "Email and social: the lowest constant staffing at which a fluid first-in-first-out "
        + "(earliest-deadline-first) schedule, repeated day after day with the backlog "
        + "carried over, answers the SLA share within the deadline in calendar time.",
    ]
  }

  /// Returns `summary.json`: provenance, totals, pools, tiers, channels and days (money in
  /// the scenario's currency, hours in hours, shares as fractions 0–1).
  public static func summaryJSON(_ plan: StaffingPlan, _ provenance: Provenance) -> JSONValue {
    let scenario = plan.scenario
    let cost = "cost_" + currencyKey(plan)
    let totals = plan.totals
    let pools: [JSONValue] = plan.pools.map { pool in
      let spec = scenario.pools[pool.pool]
      let netHours = pool.netAgents.reduce(0, +)
      return .object([
        ("id", .string(spec.id)), ("tier", .integer(spec.tier)),
        ("hourly_cost_" + currencyKey(plan), .number(spec.hourlyCost ?? 0)),
        ("peak_net_agents", .integer(pool.netAgents.max() ?? 0)),
        ("peak_scheduled_headcount", .integer(pool.scheduledHeadcount.max() ?? 0)),
        ("net_agent_hours", .number(Double(netHours) * scenario.horizon.intervalSeconds / 3600)),
        ("paid_hours", .number(pool.totalPaidHours)), ("fte", .number(pool.fte)),
        (cost, .number(pool.totalCost)),
      ])
    }
    let channels: [JSONValue] = plan.channels.map { summary in
      let channel = scenario.channels[summary.channel]
      let model = plan.requirements.first { $0.channel == summary.channel }?.model
      return .object([
        ("id", .string(channel.id)), ("kind", .string(channel.kind.rawValue)),
        ("model", model.map { .string($0.rawValue) } ?? .null),
        (
          "sla",
          .object([
            ("percent", .number(channel.sla.percent)),
            ("within_seconds", .number(channel.sla.withinSeconds)),
            ("definition", .string(channel.sla.definition.rawValue)),
          ])
        ),
        ("offered_contacts", .number(summary.offeredContacts)),
        ("deflected_contacts", .number(summary.deflectedContacts)),
        ("handled_contacts", .number(summary.handledContacts)),
        ("abandoned_contacts", .number(summary.abandonedContacts)),
        ("service_level", .number(summary.serviceLevel)),
        (
          "days",
          .array(
            summary.dayServiceLevel.enumerated().map {
              .object([("day", .integer($0.offset + 1)), ("service_level", .number($0.element))])
            })
        ),
        (cost, .number(summary.cost)),
        (
          "cost_by_tier",
          .array(
            summary.costByTier.map {
              .object([
                ("tier", .integer($0.tier)), ("pool", .string(scenario.pools[$0.pool].id)),
                (cost, .number($0.cost)),
              ])
            })
        ),
      ])
    }
    return .object([
      ("ccplan_version", .string(provenance.version)),
      ("command", .string("staff")),
      ("scenario", .string(scenario.name)),
      ("scenario_file", .string(provenance.scenarioFile)),
      ("scenario_sha256", .string(provenance.scenarioSHA256)),
      ("method", .string(plan.methodName)),
      ("volume_factor", .number(plan.options.volumeFactor)),
      ("aht_factor", .number(plan.options.ahtFactor)),
      ("confidence", plan.options.confidence.map { .number($0) } ?? .null),
      ("day_factor_cv", .number(plan.options.dayFactorCV(of: scenario))),
      ("risk_day_factor", .number(plan.options.riskFactor(for: scenario))),
      ("currency", .string(scenario.costs.currency)),
      ("interval_seconds", .number(scenario.horizon.intervalSeconds)),
      ("days", .integer(scenario.horizon.days)),
      ("shrinkage", .number(scenario.shrinkage)),
      ("occupancy_cap", .number(scenario.occupancyCap)),
      ("overhead", .number(scenario.costs.overhead)),
      ("fte_hours_per_week", .number(scenario.costs.fteHoursPerWeek)),
      (
        "totals",
        .object([
          ("paid_hours", .number(totals.paidHours)), ("fte", .number(totals.fte)),
          (cost, .number(totals.cost)),
          ("handled_contacts", .number(totals.handledContacts)),
          ("abandoned_contacts", .number(totals.abandonedContacts)),
          ("cost_per_handled_contact_" + currencyKey(plan), .number(totals.costPerHandledContact)),
          ("abandoned_cost_" + currencyKey(plan), .number(totals.abandonedCost)),
        ])
      ),
      ("pools", .array(pools)),
      (
        "tiers",
        .array(
          plan.tiers.map {
            .object([
              ("tier", .integer($0.tier)), ("paid_hours", .number($0.paidHours)),
              (cost, .number($0.cost)),
            ])
          })
      ),
      ("channels", .array(channels)),
      (
        "cost_by_day",
        .array(
          plan.days.map {
            .object([
              ("day", .integer($0.day)), ("paid_hours", .number($0.paidHours)),
              (cost, .number($0.cost)),
            ])
          })
      ),
      ("notes", .array(notes(plan).map { .string($0) })),
    ])
  }
}
