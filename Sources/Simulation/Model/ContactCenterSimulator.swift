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
  /// Set when the run stopped early at the contact limit; the statistics are then partial.
  public var overflow: QueueOverflow? = nil
}

/// Event kinds of the contact-center model (the calendar stores the raw value).
enum EventKind: UInt8 {
  /// An interval boundary: staffing changes, opening or closing (a = interval within the
  /// window, its length at closing; b = simulated window, `OpeningTable`).
  case boundary = 0
  /// A service ends (a = agent, b = contact).
  case completion = 1
  /// A waiting contact's patience runs out (a = contact, b = generation).
  case abandon = 3
}

/// One replication of the contact-center model: a value type holding the whole state.
///
/// Hot state lives in `RawArray`s owned by `arena` (no copy-on-write tests in the loop), so a
/// copy would share that state: the type is `~Copyable`, and the compiler refuses a copy. Same-time events run in the order they were
/// scheduled (the calendar breaks ties by insertion sequence); an arrival at the same time as
/// a calendar event comes after it. See README, "Simulation rules", for the semantics.
public struct ContactCenterSimulator: ~Copyable {
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
  /// The open windows of the whole run.
  let opening: OpeningTable
  /// The end of the counted horizon: its last day's midnight, or later when its last window
  /// closes after midnight.
  let horizonEnd: Double
  /// The run stops at the first event after this time; the contact limit sets it to −∞.
  var hardStop: Double
  /// Contacts in the system at once beyond which the run stops (`CompiledModel.contactLimit`).
  let contactLimit: Int
  var overflow: QueueOverflow?
  // Flat copies of model arrays read in the hot loop.
  let rates: RawArray<Double>
  let skillFactor: RawArray<Double>
  let fcr: RawArray<Double>
  let escalationQueue: RawArray<Int32>
  /// Chat slots of one agent of each pool: the highest `max` among its chat skills (0 when
  /// it serves no chat channel).
  let poolChatSlots: RawArray<Int>
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
  /// The `ContactQueues.waitingMask` bits of each pool's queues.
  let poolQueueMask: RawArray<UInt64>

  var now = 0.0
  var calendar: EventCalendar
  var contacts: ContactStore
  let queues: ContactQueues
  let agents: AgentStore
  // Per-pool state.
  let present: RawArray<Int>
  let busy: RawArray<Int>
  /// Open chats per pool (slot occupancy counts chats only).
  let heldChats: RawArray<Int>
  /// Real-time contacts in service, per pool × channel.
  let busyByChannel: RawArray<Int>
  /// How many agents of each pool are designated to leave (`AgentRecord.leaving`).
  let leavingCount: RawArray<Int>
  /// The order in which each designated agent was designated (un-designation goes first
  /// in, first out), and the next number to give.
  let designationOrder: RawArray<UInt64>
  var nextDesignation: UInt64 = 0
  /// Scratch per agent: the start of its earliest open service, filled at a drop.
  let earliestStart: RawArray<Double>
  let lastChange: RawArray<Double>
  /// Busy agents' and held chats' time integrals per pool since the last flush, kept as a
  /// sum of −t at each rise and +t at each fall (one add per service start or end): the
  /// integral up to now is this plus the current level × now (`flushOccupancy`).
  let busyRunning: RawArray<Double>
  let heldRunning: RawArray<Double>
  /// Waiting contacts per channel (all its queues) and when that count last changed.
  let waitingCount: RawArray<Int>
  let waitingSince: RawArray<Double>
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
  /// `firstArrivalTime` as `SimEvent.orderedBits`, compared with the calendar's top as is.
  var firstArrivalOrder = SimEvent.orderedBits(.infinity)
  // Random streams (README, "Random streams"): arrivals per channel, keyed by its id; each
  // contact's own key, from which its deflection, handle-time, patience and FCR draws
  // are derived; the day factors.
  let arrivalRNG: RawArray<Xoshiro256StarStar>
  /// The unit exponential's ziggurat, for the gaps between arrivals (read from here, not
  /// the global, so the hot loop skips its lazy-initialisation check).
  let exponential = Ziggurat.exponential
  /// Base key of each channel's arriving contacts and of its initial backlog.
  let contactBase: RawArray<UInt64>
  let backlogBase: RawArray<UInt64>
  /// Arrivals generated so far per channel (deflected ones included): the next number.
  let arrivalCount: RawArray<UInt64>
  var dayRNG: Xoshiro256StarStar
  /// When true, every contact draw is appended to `draws` (a test hook).
  let recordsDraws: Bool
  /// The contact draws recorded so far (empty unless `recordsDraws`).
  public internal(set) var draws: [ContactDraw] = []
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
  /// Advanced once per open interval when set (a progress display reads it).
  public var progress: SimulationProgress?

  /// Creates replication `replication` of a compiled model with a base seed; with
  /// `recordingDraws`, every contact draw is kept in `draws` (for tests).
  public init(
    model: CompiledModel, seed: UInt64, replication: Int, recordingDraws: Bool = false
  ) {
    self.model = model
    recordsDraws = recordingDraws
    let arena = self.arena
    channels = model.channelCount
    poolCount = model.poolCount
    tierCount = model.tierCount
    horizonIntervals = model.horizonIntervals
    intervalSeconds = model.intervalSeconds
    intervalsPerDay = Int((Horizon.daySeconds / model.intervalSeconds).rounded())
    let opening = OpeningTable(
      model: model, simulatedDays: model.warmupDays + model.days + max(1, model.days) + 2)
    self.opening = opening
    warmupStart = opening.warmupStart
    horizonEnd = max(
      Double(model.warmupDays + model.days) * Horizon.daySeconds, opening.countedEnd)
    hardStop = horizonEnd + Double(max(1, model.days)) * Horizon.daySeconds
    // Contact ids are stored as Int32 (truncated, unchecked, in the hot path): the limit
    // keeps them in range whatever a caller sets.
    contactLimit = min(model.contactLimit, Int(Int32.max))
    rates = arena.array(model.arrivalRate.joined(), padding: 0)
    skillFactor = arena.array(model.skillFactor.joined(), padding: 0)
    fcr = arena.array(model.fcr.joined(), padding: 1)
    escalationQueue = arena.array(model.escalationQueue.joined().map { Int32($0) }, padding: -1)
    let chatSlots = (0..<model.poolCount).map { p in
      (0..<model.channelCount).filter { model.skillFactor[p][$0] > 0 && model.isChat[$0] }.map {
        model.concurrencyMax[$0]
      }.max() ?? 0
    }
    poolChatSlots = arena.array(chatSlots, padding: 0)
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
    poolQueueMask = arena.array(
      model.poolQueues.map { $0.reduce(UInt64(0)) { $0 | ContactQueues.mask(of: $1) } },
      padding: 0)

    let capacity = model.onLine.map { ($0.max() ?? 0) }
    agents = AgentStore(arena: arena, capacityPerPool: capacity, levels: levels)
    calendar = EventCalendar(minimumCapacity: capacity.reduce(0, +) * 2 + 64)
    // Room from the start for two contacts per agent (one in service, one waiting): a
    // large center then never copies its contact records while they grow, so its peak
    // memory is not 1.5 times their final size.
    contacts = ContactStore(arena: arena, capacity: max(1024, 2 * capacity.reduce(0, +)))
    queues = ContactQueues(arena: arena, queues: model.queueCount)
    present = arena.array(repeating: 0, count: model.poolCount)
    busy = arena.array(repeating: 0, count: model.poolCount)
    heldChats = arena.array(repeating: 0, count: model.poolCount)
    busyByChannel = arena.array(repeating: 0, count: model.poolCount * model.channelCount)
    designationOrder = arena.array(repeating: 0, count: capacity.reduce(0, +))
    earliestStart = arena.array(repeating: .infinity, count: capacity.reduce(0, +))
    leavingCount = arena.array(repeating: 0, count: model.poolCount)
    lastChange = arena.array(repeating: 0, count: model.poolCount)
    busyRunning = arena.array(repeating: 0, count: model.poolCount)
    heldRunning = arena.array(repeating: 0, count: model.poolCount)
    waitingCount = arena.array(repeating: 0, count: model.channelCount)
    waitingSince = arena.array(repeating: 0, count: model.channelCount)
    draining = arena.array(repeating: false, count: model.poolCount)
    nextArrival = arena.array(repeating: .infinity, count: model.channelCount)
    arrivalOpenIndex = arena.array(repeating: 0, count: model.channelCount)
    arrivalIntervalEnd = arena.array(repeating: -1, count: model.channelCount)
    arrivalRate = arena.array(repeating: 0, count: model.channelCount)

    let streams = RandomStreams(seed: seed, replication: UInt64(replication))
    let keys = model.channelKeys
    arrivalRNG = arena.array(
      keys.map { streams.stream(purpose: StreamPurpose.arrival.rawValue, index: $0) },
      padding: streams.stream(purpose: StreamPurpose.arrival.rawValue))
    func base(_ purpose: StreamPurpose, _ key: UInt64) -> UInt64 {
      RandomStreams.key(
        seed: seed, replication: UInt64(replication), purpose: purpose.rawValue, index: key)
    }
    contactBase = arena.array(keys.map { base(.contact, $0) }, padding: 0)
    backlogBase = arena.array(keys.map { base(.backlog, $0) }, padding: 0)
    arrivalCount = arena.array(repeating: 0, count: model.channelCount)
    dayRNG = streams.stream(purpose: StreamPurpose.dayFactor.rawValue)
    dayFactorSampler = model.dayFactor

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
    if !opening.day.isEmpty { scheduleBoundary(slot: 0, window: 0) }
    for c in 0..<channels { scheduleNextArrival(channel: c, from: 0) }
    while true {
      if firstArrivalOrder < calendar.peekOrderedTime {
        now = firstArrivalTime
        if now > horizonEnd && countedOpen == 0 || now > hardStop { break }
        arrive(channel: firstArrivalChannel)
      } else {
        // Taken, not popped: a completion that starts the next service puts that
        // completion in its slot (one sift instead of two); `finishTake` removes it otherwise.
        guard let event = calendar.takeMin() else { break }
        now = event.time
        // The boundary at the horizon's end still runs: it records the last backlog.
        if now > horizonEnd && countedOpen == 0 || now > hardStop { break }
        switch EventKind(rawValue: event.kind) {
        case .completion?: complete(agent: Int(event.a), contact: Int(event.b))
        case .abandon?: abandon(contact: Int(event.a), generation: event.b)
        case .boundary?: boundary(slot: Int(event.a), window: Int(event.b))
        case nil: preconditionFailure("unknown event kind \(event.kind)")
        }
        calendar.finishTake()
      }
      if drainingCount > 0 { checkDraining() }
    }
    for p in 0..<poolCount {
      integrate(pool: p)
      flushOccupancy(pool: p)
    }
    for c in 0..<channels { changeWaiting(channel: c, by: 0) }
    var inSystem = Array(repeating: 0.0, count: channels)
    for id in 0..<contacts.highWater
    where contacts.records[id].state != ContactState.released
      && contacts.records[id].arrivalInterval >= 0
    {
      inSystem[Int(contacts.records[id].channel)] += 1
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
      inSystemAtEnd: inSystem, simulatedContacts: simulatedContacts, overflow: overflow)
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
  func tierSlot(_ k: Int, _ c: Int, _ t: Int) -> Int { (k &* channels &+ c) &* tierCount &+ t }
}
