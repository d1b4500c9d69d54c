extension ReportData {
  /// Returns the data of a `ccplan staff` result: requirements.csv, staffing.csv and
  /// summary.json.
  static func staff(_ files: ResultFiles, summary: SummaryJSON) throws(ResultReportError)
    -> ReportData
  {
    let staffing = try ResultCSV(
      files.text("staffing.csv", writtenBy: "staff"), file: files.path("staffing.csv"))
    let requirements = try ResultCSV(
      files.text("requirements.csv", writtenBy: "staff"), file: files.path("requirements.csv"))
    let (sStart, sPool) = (try staffing.column("interval_start"), try staffing.column("pool"))
    let (sNet, sHead) = (
      try staffing.column("net_agents"), try staffing.column("scheduled_headcount")
    )
    var labels: [String] = []
    var index: [String: Int] = [:]
    var poolIDs: [String] = []
    for row in staffing.rows {
      let label = staffing.text(row, sStart)
      if index[label] == nil {
        index[label] = labels.count
        labels.append(label)
      }
      let pool = staffing.text(row, sPool)
      if !poolIDs.contains(pool) { poolIDs.append(pool) }
    }
    let n = labels.count
    let (perDay, minutes) = intervals(labels)
    var data = ReportData(
      kind: .staff, scenario: try summary.string("scenario"), intervalLabels: labels,
      intervalsPerDay: perDay,
      intervalMinutes: summary.number("interval_seconds").map { $0 / 60 } ?? minutes)
    let poolNodes = (try? summary.array("pools")) ?? []
    var pools = poolIDs.map { id in
      let tier = poolNodes.first { $0.member("id")?.string == id }?.member("tier")?.number
      return PoolSeries(
        id: id, tier: Int(tier ?? 0), required: [Double?](repeating: nil, count: n),
        agents: [Double?](repeating: nil, count: n), occupancy: [Double?](repeating: nil, count: n))
    }
    for row in staffing.rows {
      guard let k = index[staffing.text(row, sStart)],
        let p = poolIDs.firstIndex(of: staffing.text(row, sPool))
      else { continue }
      pools[p].required?[k] = staffing.number(row, sNet)
      pools[p].agents[k] = staffing.number(row, sHead)
    }
    try readRequirements(requirements, index: index, summary: summary, into: &data, pools: &pools)
    data.pools = pools
    try readStaffCosts(summary, into: &data)
    return data
  }

  /// Fills the channel series and pool occupancy from requirements.csv: each channel's
  /// figures at its first tier; a pool's occupancy is its busy agents (occupancy × net
  /// agents, summed over the channels and tiers it serves) ÷ its net agents.
  static func readRequirements(
    _ csv: ResultCSV, index: [String: Int], summary: SummaryJSON, into data: inout ReportData,
    pools: inout [PoolSeries]
  ) throws(ResultReportError) {
    let n = data.intervalLabels.count
    let columns = try [
      "interval_start", "channel", "tier", "pool", "net_agents", "service_level",
      "abandon_rate", "occupancy", "offered_contacts", "service_level_definition",
    ].map { name throws(ResultReportError) in try csv.column(name) }
    var ids: [String] = []
    var firstTier: [String: Double] = [:]
    for row in csv.rows {
      let id = csv.text(row, columns[1])
      if !ids.contains(id) { ids.append(id) }
      let tier = csv.number(row, columns[2]) ?? 1
      firstTier[id] = min(firstTier[id] ?? tier, tier)
    }
    let channelNodes = (try? summary.array("channels")) ?? []
    var channels = ids.map { id in
      let node = channelNodes.first { $0.member("id")?.string == id }
      let percent = node.flatMap { summary.number("sla.percent", in: $0) }
      let empty = [Double?](repeating: nil, count: n)
      return ChannelSeries(
        id: id, target: percent.map { $0 / 100 }, definition: "", offered: empty,
        serviceLevel: empty, serviceLevelCI95: nil, abandonRate: empty,
        missed: [Bool](repeating: false, count: n))
    }
    var busy = [[Double]](repeating: [Double](repeating: 0, count: n), count: pools.count)
    var net = busy
    for row in csv.rows {
      guard let k = index[csv.text(row, columns[0])],
        let c = ids.firstIndex(of: csv.text(row, columns[1]))
      else { continue }
      if let p = pools.firstIndex(where: { $0.id == csv.text(row, columns[3]) }),
        let agents = csv.number(row, columns[4]), let occupancy = csv.number(row, columns[7])
      {
        busy[p][k] += agents * occupancy
        net[p][k] += agents
      }
      guard csv.number(row, columns[2]) == firstTier[channels[c].id] else { continue }
      channels[c].offered[k] = csv.number(row, columns[8])
      channels[c].serviceLevel[k] = csv.number(row, columns[5])
      channels[c].abandonRate[k] = csv.number(row, columns[6])
      channels[c].definition = csv.text(row, columns[9])
      if let sl = channels[c].serviceLevel[k], let target = channels[c].target {
        channels[c].missed[k] = sl < target - 1e-9
      }
    }
    for p in pools.indices {
      for k in 0..<n where net[p][k] > 0 { pools[p].occupancy[k] = busy[p][k] / net[p][k] }
    }
    data.channels = channels
  }
}
