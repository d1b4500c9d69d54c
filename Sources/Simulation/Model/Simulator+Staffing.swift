import ContactCenter

extension ContactCenterSimulator {
  /// Accumulates pool p's on-line and slot integrals up to now into the current counted
  /// interval (they change only when agents come or go; busy time is `flushOccupancy`'s).
  @inline(__always)
  mutating func integrate(pool p: Int) {
    let elapsed = now - lastChange[p]
    lastChange[p] = now
    guard elapsed > 0, poolInterval >= 0 else { return }
    let slot = poolInterval * poolCount + p
    let agentsPresent = Double(present[p])
    poolStats[slot].presentSeconds += elapsed * agentsPresent
    poolStats[slot].slotSeconds += elapsed * agentsPresent * Double(poolChatSlots[p])
  }

  /// Adds pool p's busy-agent and held-chat integrals since the last flush to the current
  /// counted interval and restarts them at now (at each interval boundary and at the end).
  mutating func flushOccupancy(pool p: Int) {
    let busyLevel = Double(busy[p]) * now
    let heldLevel = Double(heldChats[p]) * now
    if poolInterval >= 0 {
      let slot = poolInterval * poolCount + p
      poolStats[slot].busySeconds += busyRunning[p] + busyLevel
      poolStats[slot].heldSeconds += heldRunning[p] + heldLevel
    }
    busyRunning[p] = -busyLevel
    heldRunning[p] = -heldLevel
  }

  /// Handles the boundary at the start of interval `slot` of simulated window `window`:
  /// records the backlog of the interval that ends, then opens an interval (new staffing)
  /// or, at `slot` = the window's length, closes (agents stay while real-time work may still
  /// reach them). A window that the next one joins (24/7) runs into it without closing.
  mutating func boundary(slot: Int, window j: Int) {
    for p in 0..<poolCount {
      integrate(pool: p)
      flushOccupancy(pool: p)
    }
    for c in 0..<channels { changeWaiting(channel: c, by: 0) }
    if endingInterval >= 0 { recordBacklog(endingInterval) }
    let length = opening.length[j]
    if slot < length {
      if opening.day[j] < model.warmupDays + model.days { progress?.intervalStarted() }
      let reopening = !isOpen
      isOpen = true
      let k = countedInterval(openIndex: opening.simBase[j] + slot)
      poolInterval = k
      endingInterval = k
      let index = opening.cycleBase[j] + slot
      for p in 0..<poolCount {
        if draining[p] {
          draining[p] = false
          drainingCount -= 1
        }
        setTarget(pool: p, agents: model.onLine[p][index], reopening: reopening)
      }
      // The initial backlog arrives when the first counted interval opens, once its staffing
      // is on line.
      if k == 0 { releaseBacklog() }
      if slot + 1 < length {
        scheduleBoundary(slot: slot + 1, window: j)
      } else if opening.joinsNext[j] {
        scheduleBoundary(slot: 0, window: j + 1)
      } else {
        scheduleBoundary(slot: length, window: j)
      }
    } else {
      isOpen = false
      endingInterval = -1
      for p in 0..<poolCount where !draining[p] && present[p] > 0 {
        draining[p] = true
        drainingCount += 1
      }
      if j + 1 < opening.day.count { scheduleBoundary(slot: 0, window: j + 1) }
    }
  }

  /// Schedules the boundary at the start of interval `slot` of simulated window j.
  mutating func scheduleBoundary(slot: Int, window j: Int) {
    calendar.schedule(
      time: opening.time(window: j, slot: slot, intervalSeconds: intervalSeconds),
      kind: EventKind.boundary.rawValue, a: Int32(slot), b: Int32(j))
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
        agents.records[a].held = 0
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
    for id in 0..<contacts.highWater where contacts.records[id].state == .inService {
      let a = Int(contacts.records[id].agent)
      if range.contains(a) && contacts.records[id].serviceStart < earliestStart[a] {
        earliestStart[a] = contacts.records[id].serviceStart
      }
    }
    if count <= 16 {
      // A drop of a few: pick the earliest one at a time (a designated agent is no longer a
      // candidate), the same agents in the same order as sorting every candidate, without
      // the sort and its array (the sort was 1–1.3 % of the tiers and multichannel runs).
      for _ in 0..<count {
        var best = -1
        var bestStart = Double.infinity
        for a in range where !agents.records[a].leaving && earliestStart[a] < bestStart {
          best = a
          bestStart = earliestStart[a]
        }
        guard best >= 0 else { return }
        designate(agent: best, pool: p)
      }
      return
    }
    var candidates: [(start: Double, agent: Int)] = []
    for a in range where !agents.records[a].leaving && earliestStart[a] < .infinity {
      candidates.append((earliestStart[a], a))
    }
    candidates.sort { ($0.start, $0.agent) < ($1.start, $1.agent) }
    for candidate in candidates.prefix(count) { designate(agent: candidate.agent, pool: p) }
  }

  /// Marks busy agent a of pool p designated: it takes no new work and leaves once empty.
  private mutating func designate(agent a: Int, pool p: Int) {
    agents.records[a].leaving = true
    designationOrder[a] = nextDesignation
    nextDesignation &+= 1
    leavingCount[p] += 1
    agents.unlink(a)
  }

  /// Returns the designated agent of pool p designated first (the pool must have one).
  func earliestDesignated(pool p: Int) -> Int {
    var best = -1
    for a in agents.range(pool: p) where agents.records[a].leaving {
      if best < 0 || designationOrder[a] < designationOrder[best] { best = a }
    }
    assert(best >= 0, "no designated agent in pool \(p)")
    return best
  }

  /// Cancels agent a's designation: it keeps serving, and an agent with open chat slots
  /// fills them from the queue or becomes available for chats.
  mutating func undesignate(agent a: Int) {
    let p = Int(agents.records[a].pool)
    agents.records[a].leaving = false
    leavingCount[p] -= 1
    let held = Int(agents.records[a].held)
    if agents.records[a].holdsChats && held < Int(agents.records[a].chatLimit)
      && !takeAllWork(agent: a)
    {
      agents.append(a, level: held, at: now)
    }
  }

  /// A designated agent holding nothing more goes home.
  mutating func departDesignated(agent a: Int) {
    let p = Int(agents.records[a].pool)
    integrate(pool: p)
    agents.records[a].leaving = false
    leavingCount[p] -= 1
    present[p] -= 1
    agents.depart(a)
  }

  /// Offers waiting work (deferrable work held overnight) to the pool's idle agents.
  private mutating func redispatchIdle(pool p: Int) {
    var a = agents.first(pool: p, level: 0)
    while a >= 0 {
      let next = Int(agents.records[a].next)
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

  /// Returns whether pool p's agents may go home (see `checkDraining`); inlined, so the
  /// check that runs after every event while a pool drains copies no simulator.
  @inline(__always)
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
        let age = now - contacts.records[head].arrival
        if age > journeyStats[k * channels + c].oldestAgeAtEnd {
          journeyStats[k * channels + c].oldestAgeAtEnd = age
        }
      }
    }
  }
}
