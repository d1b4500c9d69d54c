extension ContactCenterSimulator {
  /// Sends a waiting contact to an available agent of the queue's pools, or queues it.
  ///
  /// One ordered key picks the agent (DESIGN.md, "Routing"): pool rank first — tier 1
  /// before overflow pools, then fewest skills (specialists first) — then, for a chat, the
  /// fewest chats held (an idle agent first), then the longest in that state (across pools
  /// of equal rank too). Pool rank always comes before chats held: a chat goes to a tier-1
  /// specialist with a free slot before an idle generalist. Deferrable work is not started
  /// while the center is closed.
  @inline(__always)
  mutating func route(contact x: Int, queue q: Int) {
    let c = queueChannel[q]
    let realTime = isRealTime[c]
    if realTime || isOpen {
      let last = queuePoolStart[q &+ 1]
      var groupStart = queuePoolStart[q]
      // Fast path: one pool and no chat slots (M/M/c, a specialist queue), so the key is
      // the pool's longest idle agent: the head of its idle list.
      if last == groupStart &+ 1 && !isChat[c] {
        let a = agents.first(pool: queuePoolList[groupStart], level: 0)
        if a >= 0 {
          startService(contact: x, agent: a)
          return
        }
        groupStart = last
      }
      let levels = isChat[c] ? concurrencyMax[c] : 1
      while groupStart < last {
        let rank = queuePoolRank[groupStart]
        var groupEnd = groupStart + 1
        while groupEnd < last && queuePoolRank[groupEnd] == rank { groupEnd += 1 }
        for level in 0..<levels {
          var best = -1
          var bestSince = Double.infinity
          for i in groupStart..<groupEnd {
            let a = agents.first(pool: queuePoolList[i], level: level)
            if a >= 0 && agents.records[a].since < bestSince {
              best = a
              bestSince = agents.records[a].since
            }
          }
          if best >= 0 {
            startService(contact: x, agent: best)
            return
          }
        }
        groupStart = groupEnd
      }
    }
    if realTime && hasPatience[c] {
      let patience = contactDraw(x, .patience, patience[c])
      if recordsDraws { record(x, .patience, patience) }
      if patience <= 0 {
        leave(contact: x)
        return
      }
      calendar.schedule(
        time: now + patience, kind: EventKind.abandon.rawValue, a: Int32(truncatingIfNeeded: x),
        b: contacts.records[x].generation)
    }
    contacts.records[x].state = .waiting
    changeWaiting(channel: c, by: 1)
    if queues.isFull(q) { queues.makeRoom(q, contacts: contacts) }
    queues.push(
      q, QueueEntry(id: Int32(truncatingIfNeeded: x), generation: contacts.records[x].generation))
  }

  /// Starts serving contact x by agent a now.
  @inline(__always)
  mutating func startService(contact x: Int, agent a: Int) {
    let c = Int(contacts.records[x].channel)
    let p = Int(agents.records[a].pool)
    let k = Int(contacts.records[x].entryInterval)
    let wait = now - contacts.records[x].entry
    if k >= 0 {
      let t = Int(contacts.records[x].tierIndex)
      let slot = tierSlot(k, c, t)
      tierStats[slot].answered += 1
      tierStats[slot].waitSum += wait
      let sinceArrival = isRealTime[c] ? wait : now - contacts.records[x].arrival
      if sinceArrival <= slaSeconds[c] { tierStats[slot].answeredWithinT += 1 }
      let h = c &* tierCount &+ t
      waitCounts[h &* waitLayout.binCount &+ waitLayout.binIndex(wait)] &+= 1
      waitSums[h] += wait
      if wait == 0 {
        waitZeros[h] &+= 1
        tierStats[slot].answeredAtOnce += 1
      }
      if wait < waitMinimum[h] { waitMinimum[h] = wait }
      if wait > waitMaximum[h] { waitMaximum[h] = wait }
    }
    contacts.records[x].state = .inService
    contacts.records[x].serviceStart = now
    contacts.records[x].agent = Int32(truncatingIfNeeded: a)
    agents.unlink(a)
    let held = Int(agents.records[a].held) &+ 1
    agents.records[a].held = Int32(truncatingIfNeeded: held)
    if held == 1 {
      busy[p] &+= 1
      busyRunning[p] -= now
    }
    let chat = isChat[c]
    if chat {
      heldChats[p] &+= 1
      heldRunning[p] -= now
    }
    let pc = p &* channels &+ c
    if isRealTime[c] { busyByChannel[pc] &+= 1 }
    agents.records[a].holdsChats = chat
    var factor = skillFactor[pc]
    if chat {
      factor *= concurrencyFactor[c * levels + held - 1]
      let limit =
        held == 1 ? concurrencyMax[c] : min(Int(agents.records[a].chatLimit), concurrencyMax[c])
      agents.records[a].chatLimit = Int16(truncatingIfNeeded: limit)
      if held < limit { agents.append(a, level: held, at: now) }
    }
    let base = contactDraw(x, .handleTime, handleTime[c])
    if recordsDraws { record(x, .handleTime, base) }
    calendar.schedule(
      time: now + base * factor, kind: EventKind.completion.rawValue,
      a: Int32(truncatingIfNeeded: a), b: Int32(truncatingIfNeeded: x))
  }

  /// Ends a service: statistics, escalation or the end of the journey, then the agent's next step.
  @inline(__always)
  mutating func complete(agent a: Int, contact x: Int) {
    let c = Int(contacts.records[x].channel)
    let p = Int(agents.records[a].pool)
    let k = Int(contacts.records[x].entryInterval)
    let t = Int(contacts.records[x].tierIndex)
    if k >= 0 {
      let slot = tierSlot(k, c, t)
      tierStats[slot].served += 1
      tierStats[slot].handleSum += now - contacts.records[x].serviceStart
    }
    let held = Int(agents.records[a].held) &- 1
    agents.records[a].held = Int32(truncatingIfNeeded: held)
    if held == 0 {
      busy[p] &-= 1
      busyRunning[p] += now
    }
    if isChat[c] {
      heldChats[p] &-= 1
      heldRunning[p] += now
    }
    let pc = p &* channels &+ c
    if isRealTime[c] { busyByChannel[pc] &-= 1 }

    let target = Int(escalationQueue[pc])
    if target >= 0 && escalates(x, fcr: fcr[pc]) {
      if k >= 0 { tierStats[tierSlot(k, c, t)].escalated += 1 }
      escalate(contact: x, to: target)
    } else {
      let arrivalK = Int(contacts.records[x].arrivalInterval)
      if arrivalK >= 0 {
        journeyStats[arrivalK &* channels &+ c].handled += 1
        countedOpen &-= 1
      }
      contacts.release(x)
    }
    freed(agent: a)
  }

  /// Moves a served contact into an escalation queue (a fresh patience draw on real-time).
  mutating func escalate(contact x: Int, to q: Int) {
    // A new generation makes any abandon event still pending from an earlier queue stale:
    // the customer's patience at this queue is a fresh draw.
    contacts.records[x].generation &+= 1
    contacts.records[x].visit &+= 1
    let k = countedInterval(at: now)
    let t = queueTier[q] - 1
    contacts.records[x].queue = Int32(truncatingIfNeeded: q)
    contacts.records[x].entry = now
    contacts.records[x].entryInterval = Int32(truncatingIfNeeded: k)
    contacts.records[x].tierIndex = Int16(truncatingIfNeeded: t)
    if k >= 0 { tierStats[tierSlot(k, queueChannel[q], t)].offered += 1 }
    route(contact: x, queue: q)
  }

  /// A contact gives up now (patience ran out, or zero patience and nobody free).
  mutating func leave(contact x: Int) {
    let c = Int(contacts.records[x].channel)
    let k = Int(contacts.records[x].entryInterval)
    if k >= 0 {
      let slot = tierSlot(k, c, Int(contacts.records[x].tierIndex))
      tierStats[slot].abandoned += 1
      // Compared as times, in the form the abandon event's time was computed (entry +
      // patience), so a patience of exactly T is never short by a rounding of now − entry.
      if now < contacts.records[x].entry + slaSeconds[c] { tierStats[slot].shortAbandoned += 1 }
    }
    let arrivalK = Int(contacts.records[x].arrivalInterval)
    if arrivalK >= 0 {
      journeyStats[arrivalK &* channels &+ c].abandoned += 1
      countedOpen &-= 1
    }
    contacts.release(x)
  }

  /// Handles an abandon event, ignoring it when the contact was served meanwhile.
  mutating func abandon(contact x: Int, generation: Int32) {
    guard contacts.records[x].generation == generation, contacts.records[x].state == .waiting else {
      return
    }
    queues.removeLive(Int(contacts.records[x].queue))
    changeWaiting(channel: Int(contacts.records[x].channel), by: -1)
    leave(contact: x)
  }

  /// Returns the live contact at the head of queue q (dropping stale entries), or −1.
  @inline(__always)
  mutating func liveHead(_ q: Int) -> Int {
    while let entry = queues.peek(q) {
      let id = Int(entry.id)
      if contacts.records[id].generation == entry.generation
        && contacts.records[id].state == .waiting
        && Int(contacts.records[id].queue) == q
      {
        return id
      }
      queues.dropHead(q)
    }
    return -1
  }

  /// An agent has finished a contact: a designated agent (a staffing drop or closing chose
  /// it) takes nothing more and leaves once it holds nothing; any other agent takes the
  /// waiting contact of highest rank among its queues (real-time before deferrable, then
  /// lower priority number, then earliest queue entry), else becomes available.
  @inline(__always)
  mutating func freed(agent a: Int) {
    let held = Int(agents.records[a].held)
    if agents.records[a].leaving {
      if held == 0 { departDesignated(agent: a) }
      return
    }
    if takeAllWork(agent: a) { return }
    agents.unlink(a)
    if held == 0 {
      agents.append(a, level: 0, at: now)
    } else if agents.records[a].holdsChats && held < Int(agents.records[a].chatLimit) {
      agents.append(a, level: held, at: now)
    }
  }

  /// Adds channel c's waiting contacts × time since the last change to the current
  /// interval's queue integral, then changes the count by `delta`.
  @inline(__always)
  mutating func changeWaiting(channel c: Int, by delta: Int) {
    let waiting = waitingCount[c]
    if waiting > 0 && poolInterval >= 0 {
      journeyStats[poolInterval &* channels &+ c].queueSeconds +=
        (now - waitingSince[c]) * Double(waiting)
    }
    waitingSince[c] = now
    waitingCount[c] = waiting &+ delta
  }

  /// Returns contact x's draw from `rule` for one purpose at its current visit (README,
  /// "Random streams"): a pure function of the contact's key, so no other event shifts it.
  @inline(__always)
  func contactDraw(_ x: Int, _ purpose: StreamPurpose, _ rule: DrawRule) -> Double {
    rule.sample(
      key: contacts.records[x].key, purpose: purpose.rawValue,
      step: UInt64(contacts.records[x].visit))
  }

  /// Returns whether contact x escalates after this service (its own FCR draw ≥ `fcr`).
  @inline(__always)
  mutating func escalates(_ x: Int, fcr share: Double) -> Bool {
    let u = RandomStreams.firstUniform(
      key: contacts.records[x].key, purpose: StreamPurpose.fcr.rawValue,
      step: UInt64(contacts.records[x].visit))
    if recordsDraws { record(x, .fcr, u) }
    return u >= share
  }

  /// Appends one draw of contact x to the test log.
  mutating func record(_ x: Int, _ purpose: StreamPurpose, _ value: Double) {
    draws.append(
      ContactDraw(
        key: contacts.records[x].key, visit: contacts.records[x].visit, purpose: purpose.rawValue,
        value: value))
  }

  /// Starts waiting contacts for an agent coming free with all its slots open (on line, back
  /// from leaving, or at reopening): the best one, then, for a chat agent, more chats until
  /// its slots are full, so no later arrival takes a slot while a chat waits. Returns false
  /// when nothing waits. Inlined: every completion calls it, and the call's prologue and
  /// epilogue cost more than the usual answer (nothing waits).
  @inline(__always)
  mutating func takeAllWork(agent a: Int) -> Bool {
    guard takeWork(agent: a) else { return false }
    while agents.records[a].holdsChats && takeWork(agent: a) {}
    return true
  }

  /// Starts the best waiting contact for agent a; returns false when there is none.
  @inline(__always)
  mutating func takeWork(agent a: Int) -> Bool {
    let p = Int(agents.records[a].pool)
    // Nothing waits in any of the pool's queues (the usual answer): no scan.
    if queues.waitingMask[0] & poolQueueMask[p] == 0 { return false }
    let held = Int(agents.records[a].held)
    var best = -1
    var bestQueue = -1
    var bestRank = Int.max
    var bestEntry = Double.infinity
    var i = poolQueueStart[p]
    let end = poolQueueStart[p &+ 1]
    while i < end {
      let q = poolQueueList[i]
      i &+= 1
      let rank = queueRank[q]
      if best >= 0 && rank > bestRank { break }
      if queues.live[q] == 0 { continue }
      let c = queueChannel[q]
      if !isRealTime[c] && !isOpen { continue }
      if held > 0
        && (!isChat[c] || held >= concurrencyMax[c] || held >= Int(agents.records[a].chatLimit))
      {
        continue
      }
      let head = liveHead(q)
      if head >= 0 && contacts.records[head].entry < bestEntry {
        best = head
        bestQueue = q
        bestRank = rank
        bestEntry = contacts.records[head].entry
      }
    }
    guard best >= 0 else { return false }
    queues.dropHead(bestQueue)
    queues.removeLive(bestQueue)
    changeWaiting(channel: queueChannel[bestQueue], by: -1)
    startService(contact: best, agent: a)
    return true
  }
}
