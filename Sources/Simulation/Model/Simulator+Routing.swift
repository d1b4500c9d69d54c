extension ContactCenterSimulator {
  /// Sends a waiting contact to an available agent of the queue's pools, or queues it.
  ///
  /// Pools rank in the queue's order: tier 1 before overflow pools, then fewest skills
  /// (specialists first). The contact goes to the longest-idle agent of the best-ranked pools
  /// that have one (across pools of equal rank too). A chat goes to an agent holding the
  /// fewest chats (an idle agent first), the longest in that state. Deferrable work is not
  /// started while the center is closed.
  @inline(__always)
  mutating func route(contact x: Int, queue q: Int) {
    let c = queueChannel[q]
    let realTime = isRealTime[c]
    if realTime || isOpen {
      let first = queuePoolStart[q]
      let last = queuePoolStart[q + 1]
      let levels = isChat[c] ? concurrencyMax[c] : 1
      for level in 0..<levels {
        var best = -1
        var bestRank = Int.max
        var bestSince = Double.infinity
        for i in first..<last {
          let rank = queuePoolRank[i]
          if best >= 0 && rank > bestRank { break }
          let a = agents.first(pool: queuePoolList[i], level: level)
          if a >= 0 && agents.since[a] < bestSince {
            best = a
            bestRank = rank
            bestSince = agents.since[a]
          }
        }
        if best >= 0 {
          startService(contact: x, agent: best)
          return
        }
      }
    }
    if realTime && hasPatience[c] {
      let patience = patience[c].sample(&patienceRNG)
      if patience <= 0 {
        leave(contact: x)
        return
      }
      calendar.schedule(
        time: now + patience, kind: EventKind.abandon, a: Int32(x), b: contacts.generation[x])
    }
    contacts.state[x] = ContactStore.waiting
    queues.push(q, QueueEntry(id: Int32(x), generation: contacts.generation[x]), contacts: contacts)
  }

  /// Starts serving contact x by agent a now.
  @inline(__always)
  mutating func startService(contact x: Int, agent a: Int) {
    let c = Int(contacts.channel[x])
    let p = Int(agents.pool[a])
    let k = Int(contacts.entryInterval[x])
    let wait = now - contacts.entry[x]
    if k >= 0 {
      let t = Int(contacts.tierIndex[x])
      let slot = tierSlot(k, c, t)
      tierStats[slot].answered += 1
      tierStats[slot].waitSum += wait
      let sinceArrival = isRealTime[c] ? wait : now - contacts.arrival[x]
      if sinceArrival <= slaSeconds[c] { tierStats[slot].answeredWithinT += 1 }
      let h = c * tierCount + t
      waitCounts[h * waitLayout.binCount + waitLayout.binIndex(wait)] &+= 1
      waitSums[h] += wait
      if wait == 0 { waitZeros[h] &+= 1 }
      if wait < waitMinimum[h] { waitMinimum[h] = wait }
      if wait > waitMaximum[h] { waitMaximum[h] = wait }
    }
    contacts.state[x] = ContactStore.inService
    contacts.serviceStart[x] = now
    integrate(pool: p)
    agents.unlink(a)
    let held = Int(agents.held[a]) + 1
    agents.held[a] = Int32(held)
    if held == 1 { busy[p] += 1 }
    heldTotal[p] += 1
    if isRealTime[c] { busyByChannel[p * channels + c] += 1 }
    let chat = isChat[c]
    agents.holdsChats[a] = chat
    var factor = skillFactor[p * channels + c]
    if chat {
      factor *= concurrencyFactor[c * levels + held - 1]
      let limit = held == 1 ? concurrencyMax[c] : min(Int(agents.chatLimit[a]), concurrencyMax[c])
      agents.chatLimit[a] = Int32(limit)
      if held < limit { agents.append(a, level: held, at: now) }
    }
    let duration = handleTime[c].sample(&serviceRNG) * factor
    calendar.schedule(time: now + duration, kind: EventKind.completion, a: Int32(a), b: Int32(x))
  }

  /// Ends a service: statistics, escalation or the end of the journey, then the agent's next step.
  @inline(__always)
  mutating func complete(agent a: Int, contact x: Int) {
    let c = Int(contacts.channel[x])
    let p = Int(agents.pool[a])
    let k = Int(contacts.entryInterval[x])
    let t = Int(contacts.tierIndex[x])
    if k >= 0 {
      tierStats[tierSlot(k, c, t)].served += 1
      tierStats[tierSlot(k, c, t)].handleSum += now - contacts.serviceStart[x]
    }
    integrate(pool: p)
    let held = Int(agents.held[a]) - 1
    agents.held[a] = Int32(held)
    if held == 0 { busy[p] -= 1 }
    heldTotal[p] -= 1
    if isRealTime[c] { busyByChannel[p * channels + c] -= 1 }

    let target = Int(escalationQueue[p * channels + c])
    if target >= 0 && routingRNG.nextDouble() >= fcr[p * channels + c] {
      if k >= 0 { tierStats[tierSlot(k, c, t)].escalated += 1 }
      escalate(contact: x, to: target)
    } else {
      let arrivalK = Int(contacts.arrivalInterval[x])
      if arrivalK >= 0 {
        journeyStats[arrivalK * channels + c].handled += 1
        countedOpen -= 1
      }
      contacts.release(x)
    }
    freed(agent: a)
  }

  /// Moves a served contact into an escalation queue (a fresh patience draw on real-time).
  mutating func escalate(contact x: Int, to q: Int) {
    // A new generation makes any abandon event still pending from an earlier queue stale:
    // the customer's patience at this queue is a fresh draw.
    contacts.generation[x] &+= 1
    let k = countedInterval(at: now)
    let t = queueTier[q] - 1
    contacts.queue[x] = Int32(q)
    contacts.entry[x] = now
    contacts.entryInterval[x] = Int32(k)
    contacts.tierIndex[x] = Int32(t)
    if k >= 0 { tierStats[tierSlot(k, queueChannel[q], t)].offered += 1 }
    route(contact: x, queue: q)
  }

  /// A contact gives up now (patience ran out, or zero patience and nobody free).
  mutating func leave(contact x: Int) {
    let c = Int(contacts.channel[x])
    let k = Int(contacts.entryInterval[x])
    if k >= 0 {
      let slot = tierSlot(k, c, Int(contacts.tierIndex[x]))
      tierStats[slot].abandoned += 1
      if now - contacts.entry[x] < slaSeconds[c] { tierStats[slot].shortAbandoned += 1 }
    }
    let arrivalK = Int(contacts.arrivalInterval[x])
    if arrivalK >= 0 {
      journeyStats[arrivalK * channels + c].abandoned += 1
      countedOpen -= 1
    }
    contacts.release(x)
  }

  /// Handles an abandon event, ignoring it when the contact was served meanwhile.
  mutating func abandon(contact x: Int, generation: Int32) {
    guard contacts.generation[x] == generation, contacts.state[x] == ContactStore.waiting else {
      return
    }
    queues.live[Int(contacts.queue[x])] -= 1
    leave(contact: x)
  }

  /// Returns the live contact at the head of queue q (dropping stale entries), or −1.
  @inline(__always)
  mutating func liveHead(_ q: Int) -> Int {
    while let entry = queues.peek(q) {
      let id = Int(entry.id)
      if contacts.generation[id] == entry.generation && contacts.state[id] == ContactStore.waiting
        && Int(contacts.queue[id]) == q
      {
        return id
      }
      queues.dropHead(q)
    }
    return -1
  }

  /// An agent has finished a contact: it leaves if a staffing drop waits for it, else takes
  /// the waiting contact of highest rank among its queues (real-time before deferrable, then
  /// lower priority number, then earliest queue entry), else becomes available.
  ///
  /// A chat agent that still holds chats when a departure is pending becomes a leaving
  /// agent: it takes no new chats and goes home when its last chat ends.
  @inline(__always)
  mutating func freed(agent a: Int) {
    let p = Int(agents.pool[a])
    let held = Int(agents.held[a])
    if leaving[a] || (held > 0 && pendingDepartures[p] > 0) {
      if !leaving[a] {
        leaving[a] = true
        leavingCount[p] += 1
        pendingDepartures[p] -= 1
      }
      agents.unlink(a)
      if held == 0 {
        integrate(pool: p)
        leaving[a] = false
        leavingCount[p] -= 1
        present[p] -= 1
        agents.depart(a)
      }
      return
    }
    if held == 0 && pendingDepartures[p] > 0 {
      integrate(pool: p)
      pendingDepartures[p] -= 1
      present[p] -= 1
      agents.depart(a)
      return
    }
    if takeAllWork(agent: a) { return }
    agents.unlink(a)
    if held == 0 {
      agents.append(a, level: 0, at: now)
    } else if agents.holdsChats[a] && held < Int(agents.chatLimit[a]) {
      agents.append(a, level: held, at: now)
    }
  }

  /// Starts waiting contacts for an agent coming free with all its slots open (on line, back
  /// from leaving, or at reopening): the best one, then, for a chat agent, more chats until
  /// its slots are full, so no later arrival takes a slot while a chat waits. Returns false
  /// when nothing waits.
  mutating func takeAllWork(agent a: Int) -> Bool {
    guard takeWork(agent: a) else { return false }
    while agents.holdsChats[a] && takeWork(agent: a) {}
    return true
  }

  /// Starts the best waiting contact for agent a; returns false when there is none.
  @inline(__always)
  mutating func takeWork(agent a: Int) -> Bool {
    let p = Int(agents.pool[a])
    let held = Int(agents.held[a])
    var best = -1
    var bestQueue = -1
    var bestRank = Int.max
    var bestEntry = Double.infinity
    for i in poolQueueStart[p]..<poolQueueStart[p + 1] {
      let q = poolQueueList[i]
      let rank = queueRank[q]
      if best >= 0 && rank > bestRank { break }
      if queues.live[q] == 0 { continue }
      let c = queueChannel[q]
      if !isRealTime[c] && !isOpen { continue }
      if held > 0 && (!isChat[c] || held >= concurrencyMax[c] || held >= Int(agents.chatLimit[a])) {
        continue
      }
      let head = liveHead(q)
      if head >= 0 && contacts.entry[head] < bestEntry {
        best = head
        bestQueue = q
        bestRank = rank
        bestEntry = contacts.entry[head]
      }
    }
    guard best >= 0 else { return false }
    queues.dropHead(bestQueue)
    queues.live[bestQueue] -= 1
    startService(contact: best, agent: a)
    return true
  }
}
