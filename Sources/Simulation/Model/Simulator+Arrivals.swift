import ContactCenter
import Foundation

extension ContactCenterSimulator {
  /// Returns the demand factor of simulated day `day`: one gamma draw with mean 1 per day,
  /// shared by all channels, drawn in day order (1 without demand uncertainty).
  mutating func dayFactor(_ day: Int) -> Double {
    guard let sampler = dayFactorSampler else { return 1 }
    while dayFactors.count <= day { dayFactors.append(sampler.sample(&dayRNG)) }
    return dayFactors[day]
  }

  /// Sets channel c's next arrival after `time`: a non-homogeneous Poisson process with a
  /// rate constant over each open interval, generated interval by interval (by
  /// memorylessness, a draw that overshoots an interval restarts at its end). The current
  /// interval's end and rate are cached per channel, so most draws need no calendar maths.
  @inline(__always)
  mutating func scheduleNextArrival(channel c: Int, from time: Double) {
    let end = arrivalIntervalEnd[c]
    if time < end {
      let rate = arrivalRate[c]
      if rate > 0 {
        let next = time + exponential.exponential(&arrivalRNG[c]) / rate
        if next < end {
          nextArrival[c] = next
          updateFirstArrival()
          return
        }
      }
      scheduleArrivalSlowly(channel: c, from: end)
    } else {
      scheduleArrivalSlowly(channel: c, from: time)
    }
  }

  /// Finds the interval containing `time` (skipping closed hours) and draws from there.
  private mutating func scheduleArrivalSlowly(channel c: Int, from time: Double) {
    var t = time
    let table = opening
    while t < hardStop {
      let day = Int(t / Horizon.daySeconds)
      var j = table.latest[min(day, table.latest.count - 1)]
      var s = 0
      if j < 0 {
        guard !table.day.isEmpty else { break }
        t = table.time(window: 0, slot: 0, intervalSeconds: intervalSeconds)
        continue
      }
      var slot = Int((t - Double(table.day[j]) * Horizon.daySeconds) / intervalSeconds)
      if table.day[j] == day { slot = min(slot, intervalsPerDay - 1) }
      s = slot - table.openSlot[j]
      if s < 0, j > 0 {
        // Before window j opens: inside the previous window (across midnight), or closed.
        let previous =
          Int((t - Double(table.day[j - 1]) * Horizon.daySeconds) / intervalSeconds)
          - table.openSlot[j - 1]
        if previous < table.length[j - 1] {
          j -= 1
          s = previous
        }
      }
      if s < 0 {
        s = 0
        t = table.time(window: j, slot: 0, intervalSeconds: intervalSeconds)
      } else if s >= table.length[j] {
        guard j + 1 < table.day.count else { break }
        t = table.time(window: j + 1, slot: 0, intervalSeconds: intervalSeconds)
        continue
      }
      let end = table.time(window: j, slot: s + 1, intervalSeconds: intervalSeconds)
      if end <= t {
        t = end
        continue
      }
      let rate = rates[c * horizonIntervals + table.cycleBase[j] + s] * dayFactor(table.day[j])
      arrivalIntervalEnd[c] = end
      arrivalRate[c] = rate
      arrivalOpenIndex[c] = table.simBase[j] + s
      if rate > 0 {
        let next = t + exponential.exponential(&arrivalRNG[c]) / rate
        if next < end {
          nextArrival[c] = next
          updateFirstArrival()
          return
        }
      }
      t = end
    }
    nextArrival[c] = .infinity
    updateFirstArrival()
  }

  /// Recomputes which channel's arrival comes first (ties: the lower channel index).
  @inline(__always)
  mutating func updateFirstArrival() {
    var best = 0
    var time = nextArrival[0]
    for c in 1..<channels where nextArrival[c] < time {
      best = c
      time = nextArrival[c]
    }
    firstArrivalChannel = best
    firstArrivalTime = time
    firstArrivalOrder = SimEvent.orderedBits(time)
  }

  /// Returns the counted interval of a simulated open-interval index, or −1.
  @inline(__always)
  func countedInterval(openIndex: Int) -> Int {
    let k = openIndex &- warmupStart
    return k >= 0 && k < horizonIntervals ? k : -1
  }

  /// Returns the counted interval a queue entry at `time` belongs to — the open interval
  /// containing it; while closed, the last open interval before it (after closing, that
  /// day's; before opening, the previous day's) — or −1 outside the horizon. Inlined: an
  /// out-of-line call on the `~Copyable` simulator from a mutating method copied the whole
  /// 2 KB struct (a `memcpy` per escalation).
  @inline(__always)
  func countedInterval(at time: Double) -> Int {
    let day = Int(time / Horizon.daySeconds)
    let slot = Int((time - Double(day) * Horizon.daySeconds) / intervalSeconds)
    let (j, s) = opening.windowAtOrBefore(
      time, dayIndex: day, slotInDay: slot, intervalSeconds: intervalSeconds)
    return j < 0 ? -1 : countedInterval(openIndex: opening.simBase[j] + s)
  }

  /// Handles channel c's arrival now: deflection, then routing at first contact.
  @inline(__always)
  mutating func arrive(channel c: Int) {
    let k = countedInterval(openIndex: arrivalOpenIndex[c])
    scheduleNextArrival(channel: c, from: now)
    simulatedContacts &+= 1
    let number = arrivalCount[c]
    arrivalCount[c] = number &+ 1
    let key = RandomStreams.entityKey(base: contactBase[c], number: number)
    let share = deflection[c]
    if share > 0 {
      let u = RandomStreams.firstUniform(
        key: key, purpose: StreamPurpose.deflection.rawValue, step: 0)
      if recordsDraws {
        draws.append(
          ContactDraw(key: key, visit: 0, purpose: StreamPurpose.deflection.rawValue, value: u))
      }
      if u < share {
        if k >= 0 { journeyStats[k &* channels &+ c].deflected += 1 }
        return
      }
    }
    admit(channel: c, interval: k, key: key)
  }

  /// Creates a first contact of channel c now, drawing from stream key `key`, and routes it.
  @inline(__always)
  mutating func admit(channel c: Int, interval k: Int, key: UInt64) {
    if contacts.highWater == contactLimit && contacts.isFull {
      stopAtContactLimit()
      return
    }
    let x = contacts.allocate(
      channel: c, time: now, interval: Int32(truncatingIfNeeded: k), key: key)
    if k >= 0 {
      tierStats[tierSlot(k, c, 0)].offered += 1
      countedOpen &+= 1
    }
    route(contact: x, queue: c)
  }

  /// Releases the initial backlog of deferrable channels when the first counted interval
  /// opens: it counts as offered in that interval and is not deflected.
  mutating func releaseBacklog() {
    for c in 0..<channels {
      for i in 0..<model.initialBacklog[c] {
        simulatedContacts += 1
        admit(
          channel: c, interval: 0,
          key: RandomStreams.entityKey(base: backlogBase[c], number: UInt64(i)))
      }
    }
  }

  /// Records the overflow (naming the channel with the most contacts waiting) and ends
  /// the run at the next event: the contact is not created, so memory stays bounded.
  mutating func stopAtContactLimit() {
    hardStop = -.infinity
    guard overflow == nil else { return }
    var longest = 0
    for c in 0..<channels where waitingCount[c] > waitingCount[longest] { longest = c }
    overflow = QueueOverflow(
      channel: model.channelIDs[longest], limit: contactLimit,
      runDay: Int(now / Horizon.daySeconds) + 1, warmupDays: model.warmupDays)
  }
}
