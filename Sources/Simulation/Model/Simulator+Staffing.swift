extension ContactCenterSimulator {
  /// Accumulates pool p's time integrals up to now into the current counted interval.
  @inline(__always)
  mutating func integrate(pool p: Int) {
    let elapsed = now - lastChange[p]
    lastChange[p] = now
    guard elapsed > 0, poolInterval >= 0 else { return }
    let slot = poolInterval * poolCount + p
    let agentsPresent = Double(present[p])
    poolStats[slot].presentSeconds += elapsed * agentsPresent
    poolStats[slot].busySeconds += elapsed * Double(busy[p])
    poolStats[slot].heldSeconds += elapsed * Double(heldTotal[p])
    poolStats[slot].slotSeconds += elapsed * agentsPresent * Double(poolMaxChats[p])
  }

  /// Handles the boundary at the start of calendar slot `slot` of simulated day `day`:
  /// records the backlog of the interval that ends, then opens an interval (new staffing)
  /// or closes the day (agents stay while real-time work may still reach them).
  mutating func boundary(slot: Int, day: Int) {
    for p in 0..<poolCount { integrate(pool: p) }
    if endingInterval >= 0 { recordBacklog(endingInterval) }
    let openPerDay = model.openPerDay
    let firstOpen = model.firstOpenSlot
    let openSlot = slot - firstOpen
    if openSlot < openPerDay {
      let reopening = !isOpen
      isOpen = true
      let k = countedInterval(openIndex: day * openPerDay + openSlot)
      poolInterval = k
      endingInterval = k
      var cycleDay = (day - model.warmupDays) % model.days
      if cycleDay < 0 { cycleDay += model.days }
      for p in 0..<poolCount {
        if draining[p] {
          draining[p] = false
          drainingCount -= 1
        }
        setTarget(
          pool: p, agents: model.onLine[p][cycleDay * openPerDay + openSlot], reopening: reopening)
      }
      // The initial backlog arrives when the first counted interval opens, once its staffing
      // is on line.
      if k == 0 && day == model.warmupDays { releaseBacklog() }
      if openSlot + 1 < openPerDay {
        schedule(slot: slot + 1, day: day)
      } else if model.alwaysOpen {
        schedule(slot: 0, day: day + 1)
      } else {
        schedule(slot: slot + 1, day: day)
      }
    } else {
      isOpen = false
      endingInterval = -1
      for p in 0..<poolCount where !draining[p] && present[p] > 0 {
        draining[p] = true
        drainingCount += 1
      }
      schedule(slot: firstOpen, day: day + 1)
    }
  }

  private mutating func schedule(slot: Int, day: Int) {
    let time = Double(day) * 86_400 + Double(slot) * intervalSeconds
    calendar.schedule(time: time, kind: EventKind.boundary, a: Int32(slot), b: Int32(day))
  }

  /// Sets pool p's on-line target. Extra agents first cancel pending departures, then come
  /// on line and take work; a drop sends idle agents home first, and busy ones as they finish.
  mutating func setTarget(pool p: Int, agents target: Int, reopening: Bool) {
    integrate(pool: p)
    let effective = present[p] - pendingDepartures[p] - leavingCount[p]
    if target > effective {
      var add = target - effective
      let cancelled = min(add, pendingDepartures[p])
      pendingDepartures[p] -= cancelled
      add -= cancelled
      // Then chat agents finishing their chats before leaving stay on and take work again.
      var a = 0
      while add > 0 && leavingCount[p] > 0 && a < leaving.count {
        if leaving[a] && Int(agents.pool[a]) == p {
          leaving[a] = false
          leavingCount[p] -= 1
          add -= 1
          if !takeAllWork(agent: a) && Int(agents.held[a]) < Int(agents.chatLimit[a]) {
            agents.append(a, level: Int(agents.held[a]), at: now)
          }
        }
        a += 1
      }
      for _ in 0..<add {
        guard let a = agents.arrive(pool: p) else { break }
        present[p] += 1
        agents.held[a] = 0
        if !takeAllWork(agent: a) { agents.append(a, level: 0, at: now) }
      }
    } else if target < effective {
      var remove = effective - target
      while remove > 0 {
        let a = agents.first(pool: p, level: 0)
        guard a >= 0 else { break }
        agents.depart(a)
        present[p] -= 1
        remove -= 1
      }
      pendingDepartures[p] += remove
    }
    if reopening { redispatchIdle(pool: p) }
  }

  /// Offers waiting work (deferrable work held overnight) to the pool's idle agents.
  private mutating func redispatchIdle(pool p: Int) {
    var a = agents.first(pool: p, level: 0)
    while a >= 0 {
      let next = Int(agents.next[a])
      if takeAllWork(agent: a) == false { break }
      a = next
    }
  }

  /// After closing: a pool's agents go home once no real-time contact waits in its queues
  /// and none is waiting or in service in a pool that may escalate to it; busy agents
  /// finish their contact first.
  mutating func checkDraining() {
    for p in 0..<poolCount where draining[p] {
      if present[p] == 0 || canLeave(pool: p) {
        integrate(pool: p)
        while true {
          let a = agents.first(pool: p, level: 0)
          guard a >= 0 else { break }
          agents.depart(a)
          present[p] -= 1
        }
        pendingDepartures[p] = present[p] - leavingCount[p]
        draining[p] = false
        drainingCount -= 1
      }
    }
  }

  private func canLeave(pool p: Int) -> Bool {
    if hasRealTimeWaiting(pool: p) { return false }
    let sources = model.upstreamSources[p]
    var i = 0
    while i < sources.count {
      let (u, c) = (sources[i], sources[i + 1])
      i += 2
      // A real-time contact of channel c in service at u may still escalate here, and one
      // waiting at u will be served there tonight if u still has agents.
      if busyByChannel[u * channels + c] > 0 { return false }
      if present[u] > 0 {
        for j in poolQueueStart[u]..<poolQueueStart[u + 1] {
          let q = poolQueueList[j]
          if queueChannel[q] == c && queues.live[q] > 0 { return false }
        }
      }
    }
    return true
  }

  private func hasRealTimeWaiting(pool p: Int) -> Bool {
    for j in poolQueueStart[p]..<poolQueueStart[p + 1] {
      let q = poolQueueList[j]
      if queues.live[q] > 0 && isRealTime[queueChannel[q]] { return true }
    }
    return false
  }

  /// Records each channel's waiting contacts and the age of the oldest at the end of interval k.
  private mutating func recordBacklog(_ k: Int) {
    for q in 0..<model.queueCount where queues.live[q] > 0 {
      let c = queueChannel[q]
      journeyStats[k * channels + c].backlogAtEnd += Double(queues.live[q])
      let head = liveHead(q)
      if head >= 0 {
        let age = now - contacts.arrival[head]
        if age > journeyStats[k * channels + c].oldestAgeAtEnd {
          journeyStats[k * channels + c].oldestAgeAtEnd = age
        }
      }
    }
  }
}
