import ContactCenter

extension SimulationSummary {
  /// Returns first-contact figures per hour of day and channel, pooling every day of the
  /// horizon (ratios of sums over the intervals of that hour; counts per day; backlog at the
  /// hour's end averaged over the days).
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
        // The hour's last interval on each day: backlog is a level, averaged over the days.
        var lastOfDay: [Int: Int] = [:]
        for k in ks { lastOfDay[k / model.openPerDay] = k }
        let ends = lastOfDay.values.sorted()
        func averageAtEnd(_ r: ReplicationResult, _ value: (JourneyCounters) -> Double) -> Double {
          ends.reduce(0.0) { $0 + value(r.journeys[$1 * channelCount + c]) }
            / Double(max(ends.count, 1))
        }
        rows.append(
          IntervalSummary(
            interval: hour, channel: channel.id, offered: .mean(counters.map { $0.offered / days }),
            handled: .mean(journeys.map { $0.handled / days }),
            abandoned: .mean(journeys.map { $0.abandoned / days }),
            serviceLevel: serviceLevel(counters, channel.sla.definition),
            asaSeconds: .ratio(counters.map(\.waitSum), counters.map(\.answered)),
            ahtSeconds: .ratio(counters.map(\.handleSum), counters.map(\.served)),
            backlogAtEnd: .mean(results.map { averageAtEnd($0, \.backlogAtEnd) }),
            oldestAgeSeconds: .mean(results.map { averageAtEnd($0, \.oldestAgeAtEnd) })))
      }
    }
    return rows
  }
}
