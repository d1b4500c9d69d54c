import ContactCenter

extension SimulationSummary {
  /// Returns first-contact figures per hour of day and channel, pooling every day of the
  /// horizon (ratios of sums over the intervals of that hour; counts per day).
  static func hourOfDay(scenario: Scenario, model: CompiledModel, results: [ReplicationResult])
    -> [IntervalSummary]
  {
    let horizon = scenario.horizon
    let channelCount = model.channelCount
    let tierCount = model.tierCount
    var hours: [Int] = []
    var intervalsOfHour: [Int: [Int]] = [:]
    for k in 0..<model.horizonIntervals {
      let start = horizon.startSeconds(ofOpenInterval: k)
      let hour = Int((start.truncatingRemainder(dividingBy: Horizon.daySeconds)) / 3600)
      if intervalsOfHour[hour] == nil { hours.append(hour) }
      intervalsOfHour[hour, default: []].append(k)
    }
    let days = Double(horizon.days)
    var rows: [IntervalSummary] = []
    for hour in hours.sorted() {
      let ks = intervalsOfHour[hour] ?? []
      for (c, channel) in scenario.channels.enumerated() {
        let counters = results.map { r in
          ks.reduce(into: TierCounters()) { $0.add(r.tiers[($1 * channelCount + c) * tierCount]) }
        }
        let journeys = results.map { r in
          ks.reduce(into: JourneyCounters()) { $0.add(r.journeys[$1 * channelCount + c]) }
        }
        let last = ks.last ?? 0
        rows.append(
          IntervalSummary(
            interval: hour, channel: channel.id, offered: .mean(counters.map { $0.offered / days }),
            handled: .mean(journeys.map { $0.handled / days }),
            abandoned: .mean(journeys.map { $0.abandoned / days }),
            serviceLevel: serviceLevel(counters, channel.sla.definition),
            asaSeconds: .ratio(counters.map(\.waitSum), counters.map(\.answered)),
            ahtSeconds: .ratio(counters.map(\.handleSum), counters.map(\.served)),
            backlogAtEnd: .mean(results.map { $0.journeys[last * channelCount + c].backlogAtEnd }),
            oldestAgeSeconds: .mean(
              results.map { $0.journeys[last * channelCount + c].oldestAgeAtEnd })))
      }
    }
    return rows
  }
}
