import ContactCenter

extension ReportData {
  /// Returns the data of a `ccplan simulate` result: intervals.csv, pool-intervals.csv and
  /// summary.json.
  static func simulate(_ files: ResultFiles, summary: SummaryJSON) throws(ResultReportError)
    -> ReportData
  {
    let csv = try ResultCSV(
      files.text("intervals.csv", writtenBy: "simulate"), file: files.path("intervals.csv"))
    let poolCSV = try ResultCSV(
      files.text("pool-intervals.csv", writtenBy: "simulate"),
      file: files.path("pool-intervals.csv"))
    let columns = try [
      "interval_start", "channel", "offered", "abandoned", "service_level",
      "service_level_ci95", "target_status", "service_level_definition",
    ].map { name throws(ResultReportError) in try csv.column(name) }
    var labels: [String] = []
    var index: [String: Int] = [:]
    var ids: [String] = []
    for row in csv.rows {
      let label = csv.text(row, columns[0])
      if index[label] == nil {
        index[label] = labels.count
        labels.append(label)
      }
      let id = csv.text(row, columns[1])
      if !ids.contains(id) { ids.append(id) }
    }
    let n = labels.count
    let (perDay, minutes) = intervals(labels)
    var data = ReportData(
      kind: .simulate, scenario: try summary.string("run.scenario"), intervalLabels: labels,
      intervalsPerDay: perDay, intervalMinutes: minutes)
    let channelNodes = try summary.array("channels")
    let empty = [Double?](repeating: nil, count: n)
    var channels = ids.map { id in
      let node = channelNodes.first { $0.member("id")?.string == id }
      let percent = node.flatMap { summary.number("sla.percent", in: $0) }
      return ChannelSeries(
        id: id, target: percent.map { $0 / 100 }, definition: "", offered: empty,
        serviceLevel: empty, serviceLevelCI95: empty, abandonRate: empty,
        missed: [Bool](repeating: false, count: n))
    }
    for row in csv.rows {
      guard let k = index[csv.text(row, columns[0])],
        let c = ids.firstIndex(of: csv.text(row, columns[1]))
      else { continue }
      let offered = csv.number(row, columns[2])
      channels[c].offered[k] = offered
      if let offered, offered > 0, let abandoned = csv.number(row, columns[3]) {
        channels[c].abandonRate[k] = abandoned / offered
      }
      channels[c].serviceLevel[k] = csv.number(row, columns[4])
      channels[c].serviceLevelCI95?[k] = csv.number(row, columns[5])
      channels[c].missed[k] = csv.text(row, columns[6]) == "missed"
      channels[c].definition = csv.text(row, columns[7])
    }
    data.channels = channels
    data.pools = try readPoolIntervals(poolCSV, index: index, summary: summary)
    readSimulationSummary(summary, into: &data)
    return data
  }

  /// Returns the pools' agents on line and occupancy per interval from pool-intervals.csv.
  static func readPoolIntervals(_ csv: ResultCSV, index: [String: Int], summary: SummaryJSON)
    throws(ResultReportError) -> [PoolSeries]
  {
    let columns = try ["interval_start", "pool", "agents_on_line", "occupancy"].map {
      name throws(ResultReportError) in try csv.column(name)
    }
    let nodes = (try? summary.array("pools")) ?? []
    var pools: [PoolSeries] = []
    let empty = [Double?](repeating: nil, count: index.count)
    for row in csv.rows {
      guard let k = index[csv.text(row, columns[0])] else { continue }
      let id = csv.text(row, columns[1])
      if !pools.contains(where: { $0.id == id }) {
        let tier = nodes.first { $0.member("id")?.string == id }?.member("tier")?.number
        pools.append(
          PoolSeries(id: id, tier: Int(tier ?? 0), required: nil, agents: empty, occupancy: empty))
      }
      let p = pools.firstIndex { $0.id == id }!
      pools[p].agents[k] = csv.number(row, columns[2])
      pools[p].occupancy[k] = csv.number(row, columns[3])
    }
    return pools
  }

  /// Fills provenance, agent hours by pool and the summary tables from summary.json.
  static func readSimulationSummary(_ summary: SummaryJSON, into data: inout ReportData) {
    let text: (String) -> String = { (try? summary.string($0)) ?? "" }
    let seed = summary.number("run.seed").map { JSONNode.format($0) }
    data.provenance = [
      ("Scenario", data.scenario), ("Scenario file", text("run.scenario_file")),
      ("Scenario SHA-256", text("run.scenario_sha256")),
      ("ccplan version", text("run.ccplan_version")), ("Command", "simulate"),
      ("Method", "discrete-event simulation, independent replications"),
      ("Seed", seed ?? "–"),
      ("Replications", summary.number("run.replications").map { SVGText.number($0) } ?? "–"),
      ("Volume factor", SVGText.number(summary.number("run.volume_factor") ?? 1, decimals: 2)),
      ("AHT factor", SVGText.number(summary.number("run.aht_factor") ?? 1, decimals: 2)),
    ]
    if let staffing = try? summary.string("run.staffing_file") {
      data.provenance.append(("Staffing replayed", staffing))
    }
    let pools = (try? summary.array("pools")) ?? []
    data.byTier = pools.map { node in
      let id = node.member("id")?.string ?? ""
      let tier = summary.number("tier", in: node).map { " (tier " + SVGText.number($0) + ")" }
      return Amount(label: id + (tier ?? ""), value: summary.mean("agent_hours", in: node))
    }
    let channels = (try? summary.array("channels")) ?? []
    data.handled = channels.reduce(0.0) { $0 + (summary.mean("handled", in: $1) ?? 0) }
    let estimate: (String, JSONNode, Bool) -> String = { path, node, percent in
      guard let mean = summary.mean(path, in: node) else { return "–" }
      let ci = summary.number(path + ".ci95", in: node)
      let shown = percent ? SVGText.percent(mean) : SVGText.number(mean, decimals: 1)
      let half = ci.map { percent ? SVGText.percent($0) : SVGText.number($0, decimals: 1) }
      return shown + (half.map { " ± " + $0 } ?? "")
    }
    let channelRows = channels.map { node in
      [
        node.member("id")?.string ?? "", node.member("kind")?.string ?? "",
        estimate("offered", node, false), estimate("handled", node, false),
        estimate("abandon_rate", node, true), estimate("service_level", node, true),
        summary.number("sla.percent", in: node).map { SVGText.number($0) + " %" } ?? "–",
        estimate("asa_seconds", node, false),
      ]
    }
    let poolRows = pools.map { node in
      [
        node.member("id")?.string ?? "",
        summary.number("tier", in: node).map { SVGText.number($0) } ?? "–",
        estimate("occupancy", node, true), estimate("agent_hours", node, false),
      ]
    }
    data.tables = [
      Table(
        caption: "Channels over the horizon (mean ± 95 % half-width)",
        header: [
          "Channel", "Kind", "Offered (contacts)", "Handled (contacts)", "Abandoned (%)",
          "Service level (%)", "Target", "ASA (s)",
        ], rows: channelRows),
      Table(
        caption: "Pools over the horizon (mean ± 95 % half-width)",
        header: ["Pool", "Tier", "Occupancy (%)", "Agent hours (h)"], rows: poolRows),
    ]
  }
}
