import ContactCenter

/// The statistics of one replication, in flat arrays over the counted horizon.
public struct ReplicationResult: Sendable {
  /// Counters by queue entry, indexed (interval × channels + channel) × tiers + tier index.
  public var tiers: [TierCounters]
  /// Journey counters by arrival, indexed interval × channels + channel.
  public var journeys: [JourneyCounters]
  /// Pool time integrals, indexed interval × pools + pool.
  public var pools: [PoolCounters]
  /// Waits of answered counted contacts, per channel × tiers + tier index.
  public var waits: [WaitHistogram]
  /// Counted contacts still in the system when the run stopped, per channel.
  public var inSystemAtEnd: [Double]
  /// Contacts that arrived during the whole run (warm-up and wrap-up included).
  public var simulatedContacts: Int
}

/// Event kinds of the contact-center model.
enum EventKind {
  /// An interval boundary: staffing changes, opening or closing (a = slot in day, b = day).
  static let boundary: UInt8 = 0
  /// A service ends (a = agent, b = contact).
  static let completion: UInt8 = 1
  /// A waiting contact's patience runs out (a = contact, b = generation).
  static let abandon: UInt8 = 3
}

/// One replication of the contact-center model: a value type holding the whole state.
///
/// Hot state lives in `RawArray`s owned by `arena` (no copy-on-write tests in the loop), so a
/// simulator must not be copied once it runs. Same-time events run in the order they were
/// scheduled (the calendar breaks ties by insertion sequence); an arrival at the same time as
/// a calendar event comes after it. See README, "Simulation rules", for the semantics.
public struct ContactCenterSimulator {
  let model: CompiledModel
  let arena = RawArena()
  // Dimensions.
  let channels: Int
  let poolCount: Int
  let tierCount: Int
  let horizonIntervals: Int
  let intervalSeconds: Double
  let intervalsPerDay: Int
  let levels: Int
  let warmupStart: Int
  let horizonEnd: Double
  let hardStop: Double
  // Flat copies of model arrays read in the hot loop.
  let rates: RawArray<Double>
  let skillFactor: RawArray<Double>
  let fcr: RawArray<Double>
  let escalationQueue: RawArray<Int32>
  let poolMaxChats: RawArray<Int>
  let queueChannel: RawArray<Int>
  let queueRank: RawArray<Int>
  let queueTier: RawArray<Int>
  let isRealTime: RawArray<Bool>
  let isChat: RawArray<Bool>
  let hasPatience: RawArray<Bool>
  let deflection: RawArray<Double>
  let slaSeconds: RawArray<Double>
  let concurrencyMax: RawArray<Int>
  let concurrencyFactor: RawArray<Double>
  let handleTime: RawArray<DrawRule>
  let patience: RawArray<DrawRule>
  /// Pools serving each queue in routing order: `queuePoolList[queuePoolStart[q] ..< queuePoolStart[q + 1]]`.
  let queuePoolStart: RawArray<Int>
  let queuePoolList: RawArray<Int>
  /// Rank of each entry of `queuePoolList`: (overflow ? 1 : 0) × 2³² + the pool's skill count.
  let queuePoolRank: RawArray<Int>
  /// Queues of each pool in rank order: `poolQueueList[poolQueueStart[p] ..< poolQueueStart[p + 1]]`.
  let poolQueueStart: RawArray<Int>
  let poolQueueList: RawArray<Int>

  var now = 0.0
  var calendar: EventCalendar
  var contacts: ContactStore
  let queues: ContactQueues
  let agents: AgentStore
  // Per-pool state.
  let present: RawArray<Int>
  let busy: RawArray<Int>
  let heldTotal: RawArray<Int>
  /// Real-time contacts in service, per pool × channel.
  let busyByChannel: RawArray<Int>
  let pendingDepartures: RawArray<Int>
  /// Chat agents due to leave after a staffing drop: they finish the chats they hold and
  /// take no new ones (per agent), and how many each pool has.
  let leaving: RawArray<Bool>
  let leavingCount: RawArray<Int>
  let lastChange: RawArray<Double>
  let draining: RawArray<Bool>
  var drainingCount = 0
  var isOpen = false
  var poolInterval = -1
  var endingInterval = -1
  // Arrivals, kept out of the calendar: each channel's next arrival and its interval.
  let nextArrival: RawArray<Double>
  let arrivalOpenIndex: RawArray<Int>
  let arrivalIntervalEnd: RawArray<Double>
  let arrivalRate: RawArray<Double>
  var firstArrivalChannel = 0
  var firstArrivalTime = Double.infinity
  // Random streams, one per purpose (and per channel for arrivals).
  let arrivalRNG: RawArray<Xoshiro256StarStar>
  var deflectionRNG: Xoshiro256StarStar
  var serviceRNG: Xoshiro256StarStar
  var patienceRNG: Xoshiro256StarStar
  var routingRNG: Xoshiro256StarStar
  var dayRNG: Xoshiro256StarStar
  var dayFactors: [Double] = []
  let dayFactorSampler: Sampler?
  // Statistics.
  let tierStats: RawArray<TierCounters>
  let journeyStats: RawArray<JourneyCounters>
  let poolStats: RawArray<PoolCounters>
  /// Wait histograms of answered counted contacts per channel × tier, kept flat: bin
  /// counts (`waitCounts[(c × tiers + t) × bins + bin]`) and sums, built into
  /// `WaitHistogram`s at the end.
  let waitLayout = WaitHistogram()
  let waitCounts: RawArray<UInt64>
  let waitSums: RawArray<Double>
  let waitZeros: RawArray<UInt64>
  let waitMinimum: RawArray<Double>
  let waitMaximum: RawArray<Double>
  var countedOpen = 0
  var simulatedContacts = 0

  /// Creates replication `replication` of a compiled model with a base seed.
  public init(model: CompiledModel, seed: UInt64, replication: Int, dayFactorCV: Double) {
    self.model = model
    let arena = self.arena
    channels = model.channelCount
    poolCount = model.poolCount
    tierCount = model.tierCount
    horizonIntervals = model.horizonIntervals
    intervalSeconds = model.intervalSeconds
    intervalsPerDay = Int((86_400 / model.intervalSeconds).rounded())
    warmupStart = model.warmupDays * model.openPerDay
    horizonEnd = Double(model.warmupDays + model.days) * 86_400
    hardStop = horizonEnd + Double(max(1, model.days)) * 86_400
    rates = arena.array(model.arrivalRate.joined(), padding: 0)
    skillFactor = arena.array(model.skillFactor.joined(), padding: 0)
    fcr = arena.array(model.fcr.joined(), padding: 1)
    escalationQueue = arena.array(model.escalationQueue.joined().map { Int32($0) }, padding: -1)
    let maxChats = (0..<model.poolCount).map { p in
      (0..<model.channelCount).filter { model.skillFactor[p][$0] > 0 }.map {
        model.concurrencyMax[$0]
      }.max() ?? 1
    }
    poolMaxChats = arena.array(maxChats, padding: 1)
    queueChannel = arena.array(model.queueChannel, padding: 0)
    queueRank = arena.array(model.queueRank, padding: 0)
    queueTier = arena.array(model.queueTier, padding: 1)
    isRealTime = arena.array(model.isRealTime, padding: false)
    isChat = arena.array(model.isChat, padding: false)
    hasPatience = arena.array(model.hasPatience, padding: false)
    deflection = arena.array(model.deflection, padding: 0)
    slaSeconds = arena.array(model.slaSeconds, padding: 0)
    concurrencyMax = arena.array(model.concurrencyMax, padding: 1)
    let levels = max(1, model.concurrencyMax.max() ?? 1)
    self.levels = levels
    concurrencyFactor = arena.array(
      model.concurrencyFactor.flatMap { $0 + Array(repeating: 1, count: levels - $0.count) },
      padding: 1)
    let constant = DrawRule(.deterministic(0), arena: arena)
    handleTime = arena.array(model.handleTime.map { DrawRule($0, arena: arena) }, padding: constant)
    patience = arena.array(model.patience.map { DrawRule($0, arena: arena) }, padding: constant)
    queuePoolStart = arena.array(
      Self.offsets(model.queuePools), padding: 0)
    queuePoolList = arena.array(model.queuePools.joined(), padding: 0)
    queuePoolRank = arena.array(model.queuePools.joined().map { model.poolRank[$0] }, padding: 0)
    poolQueueStart = arena.array(
      Self.offsets(model.poolQueues), padding: 0)
    poolQueueList = arena.array(model.poolQueues.joined(), padding: 0)

    let capacity = model.onLine.map { ($0.max() ?? 0) }
    agents = AgentStore(arena: arena, capacityPerPool: capacity, levels: levels)
    calendar = EventCalendar(minimumCapacity: capacity.reduce(0, +) * 2 + 64)
    contacts = ContactStore(arena: arena, capacity: 1024)
    queues = ContactQueues(arena: arena, queues: model.queueCount)
    present = arena.array(repeating: 0, count: model.poolCount)
    busy = arena.array(repeating: 0, count: model.poolCount)
    heldTotal = arena.array(repeating: 0, count: model.poolCount)
    busyByChannel = arena.array(repeating: 0, count: model.poolCount * model.channelCount)
    pendingDepartures = arena.array(repeating: 0, count: model.poolCount)
    leaving = arena.array(repeating: false, count: capacity.reduce(0, +))
    leavingCount = arena.array(repeating: 0, count: model.poolCount)
    lastChange = arena.array(repeating: 0, count: model.poolCount)
    draining = arena.array(repeating: false, count: model.poolCount)
    nextArrival = arena.array(repeating: .infinity, count: model.channelCount)
    arrivalOpenIndex = arena.array(repeating: 0, count: model.channelCount)
    arrivalIntervalEnd = arena.array(repeating: -1, count: model.channelCount)
    arrivalRate = arena.array(repeating: 0, count: model.channelCount)

    let streams = RandomStreams(seed: seed, replication: UInt64(replication))
    arrivalRNG = arena.array(
      (0..<model.channelCount).map { streams.stream(purpose: 0, index: UInt64($0)) },
      padding: streams.stream(purpose: 0))
    deflectionRNG = streams.stream(purpose: 1)
    serviceRNG = streams.stream(purpose: 2)
    patienceRNG = streams.stream(purpose: 3)
    routingRNG = streams.stream(purpose: 4)
    dayRNG = streams.stream(purpose: 5)
    dayFactorSampler = dayFactorCV > 0 ? try? Sampler.gamma(mean: 1, cv: dayFactorCV) : nil

    tierStats = arena.array(
      repeating: TierCounters(), count: model.horizonIntervals * channels * tierCount)
    journeyStats = arena.array(
      repeating: JourneyCounters(), count: model.horizonIntervals * channels)
    poolStats = arena.array(repeating: PoolCounters(), count: model.horizonIntervals * poolCount)
    waitCounts = arena.array(repeating: 0, count: channels * tierCount * waitLayout.binCount)
    waitSums = arena.array(repeating: 0, count: channels * tierCount)
    waitZeros = arena.array(repeating: 0, count: channels * tierCount)
    waitMinimum = arena.array(repeating: .infinity, count: channels * tierCount)
    waitMaximum = arena.array(repeating: -.infinity, count: channels * tierCount)
  }

  /// Runs the replication to the end and returns its statistics.
  public mutating func run() -> ReplicationResult {
    let firstOpen = Double(model.firstOpenSlot) * intervalSeconds
    calendar.schedule(
      time: firstOpen, kind: EventKind.boundary, a: Int32(model.firstOpenSlot), b: 0)
    for c in 0..<channels { scheduleNextArrival(channel: c, from: 0) }
    while true {
      if firstArrivalTime < calendar.peekTime {
        now = firstArrivalTime
        if now > horizonEnd && countedOpen == 0 || now > hardStop { break }
        arrive(channel: firstArrivalChannel)
      } else {
        guard let event = calendar.popMin() else { break }
        now = event.time
        // The boundary at the horizon's end still runs: it records the last backlog.
        if now > horizonEnd && countedOpen == 0 || now > hardStop { break }
        switch event.kind {
        case EventKind.completion: complete(agent: Int(event.a), contact: Int(event.b))
        case EventKind.abandon: abandon(contact: Int(event.a), generation: event.b)
        default: boundary(slot: Int(event.a), day: Int(event.b))
        }
      }
      if drainingCount > 0 { checkDraining() }
    }
    for p in 0..<poolCount { integrate(pool: p) }
    var inSystem = Array(repeating: 0.0, count: channels)
    for id in 0..<contacts.highWater
    where contacts.state[id] != ContactStore.released && contacts.arrivalInterval[id] >= 0 {
      inSystem[Int(contacts.channel[id])] += 1
    }
    let bins = waitLayout.binCount
    let waits = (0..<channels * tierCount).map { h in
      WaitHistogram(
        layout: waitLayout,
        counts: UnsafeBufferPointer(start: waitCounts.base + h * bins, count: bins),
        zeros: waitZeros[h], sum: waitSums[h], minimum: waitMinimum[h], maximum: waitMaximum[h])
    }
    return ReplicationResult(
      tiers: tierStats.toArray(), journeys: journeyStats.toArray(), pools: poolStats.toArray(),
      waits: waits,
      inSystemAtEnd: inSystem, simulatedContacts: simulatedContacts)
  }

  /// Returns where each list starts in the lists laid end to end, and the total at the end.
  static func offsets(_ lists: [[Int]]) -> [Int] {
    var starts = [0]
    var total = 0
    for list in lists {
      total += list.count
      starts.append(total)
    }
    return starts
  }

  /// Returns the index into the tier statistics of a counted interval, channel and tier index.
  @inline(__always)
  func tierSlot(_ k: Int, _ c: Int, _ t: Int) -> Int { (k * channels + c) * tierCount + t }
}
