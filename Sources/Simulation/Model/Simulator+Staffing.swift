import ContactCenter

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
    poolStats[slot].heldSeconds += elapsed * Double(heldChats[p])
    poolStats[slot].slotSeconds += elapsed * agentsPresent * Double(poolChatSlots[p])
  }

  /// Handles the boundary at the start of calendar slot `slot` of simulated day `day`:
  /// records the backlog of the interval that ends, then opens an interval (new staffing)
  /// or closes the day (agents stay while real-time work may still reach them).
  mutating func boundary(slot: Int, day: Int) {
    for p in 0..<poolCount { integrate(pool: p) }
    for c in 0..<channels { changeWaiting(channel: c, by: 0) }
    if endingInterval >= 0 { recordBacklog(endingInterval) }
    let openPerDay = model.openPerDay
    let firstOpen = model.firstOpenSlot
    let openSlot = slot - firstOpen
    if openSlot < openPerDay {
      if day < model.warmupDays + model.days { progress?.intervalStarted() }
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
    let time = Double(day) * Horizon.daySeconds + Double(slot) * intervalSeconds
    calendar.schedule(
      time: time, kind: EventKind.boundary.rawValue, a: Int32(slot), b: Int32(day))
  }

  /// Sets pool p's on-line target (DESIGN.md, "Staffing"). A rise first un-designates
  /// agents still finishing after a drop, in the order they were designated, then brings
  /// absent agents on line. A drop by k designates exactly k agents: idle ones first
  /// (longest idle first), who leave at once, then busy ones whose current service started
  /// earliest, who finish what they hold, take no new work and leave; everyone else keeps
  /// serving the queue.
  mutating func setTarget(pool p: Int, agents target: Int, reopening: Bool) {
    integrate(pool: p)
    let effective = present[p] - leavingCount[p]
    if target > effective {
      var add = target - effective
      while add > 0 && leavingCount[p] > 0 {
        undesignate(agent: earliestDesignated(pool: p))
        add -= 1
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
      if remove > 0 { designateBusy(pool: p, count: remove) }
    }
    if reopening { redispatchIdle(pool: p) }
  }

  /// Designates up to `count` busy, not yet designated agents of pool p to leave: those
  /// whose current service (for a chat agent, its earliest open chat) started earliest,
  /// ties by agent index. They stop taking work at once.
  mutating func designateBusy(pool p: Int, count: Int) {
    let range = agents.range(pool: p)
    for a in range { earliestStart[a] = .infinity }
    for id in 0..<contacts.highWater where contacts.state[id] == .inService {
      let a = Int(contacts.agent[id])
      if range.contains(a) && contacts.serviceStart[id] < earliestStart[a] {
        earliestStart[a] = contacts.serviceStart[id]
      }
    }
    var candidates: [(start: Double, agent: Int)] = []
    for a in range where !leaving[a] && earliestStart[a] < .infinity {
      candidates.append((earliestStart[a], a))
    }
    candidates.sort { ($0.start, $0.agent) < ($1.start, $1.agent) }
    for candidate in candidates.prefix(count) {
      let a = candidate.agent
      leaving[a] = true
      designationOrder[a] = nextDesignation
      nextDesignation &+= 1
      leavingCount[p] += 1
      agents.unlink(a)
    }
  }

  /// Returns the designated agent of pool p designated first (the pool must have one).
  func earliestDesignated(pool p: Int) -> Int {
    var best = -1
    for a in agents.range(pool: p) where leaving[a] {
      if best < 0 || designationOrder[a] < designationOrder[best] { best = a }
    }
    assert(best >= 0, "no designated agent in pool \(p)")
    return best
  }

  /// Cancels agent a's designation: it keeps serving, and an agent with open chat slots
  /// fills them from the queue or becomes available for chats.
  mutating func undesignate(agent a: Int) {
    let p = Int(agents.pool[a])
    leaving[a] = false
    leavingCount[p] -= 1
    let held = Int(agents.held[a])
    if agents.holdsChats[a] && held < Int(agents.chatLimit[a]) && !takeAllWork(agent: a) {
      agents.append(a, level: held, at: now)
    }
  }

  /// A designated agent holding nothing more goes home.
  mutating func departDesignated(agent a: Int) {
    let p = Int(agents.pool[a])
    integrate(pool: p)
    leaving[a] = false
    leavingCount[p] -= 1
    present[p] -= 1
    agents.depart(a)
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
        designateBusy(pool: p, count: present[p] - leavingCount[p])
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
