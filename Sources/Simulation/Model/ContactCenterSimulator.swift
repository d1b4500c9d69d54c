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
  /// A contact arrives (a = channel, b = simulated open-interval index).
  static let arrival: UInt8 = 2
  /// A waiting contact's patience runs out (a = contact, b = generation).
  static let abandon: UInt8 = 3
  /// The initial backlog of deferrable channels is released.
  static let backlog: UInt8 = 4
}

/// One replication of the contact-center model: a value type holding the whole state.
///
/// Same-time events run in the order they were scheduled (the calendar breaks ties by
/// insertion sequence). See README, "Simulation rules", for the semantics implemented here.
public struct ContactCenterSimulator {
  let model: CompiledModel
  // Dimensions.
  let channels: Int
  let poolCount: Int
  let tierCount: Int
  let horizonIntervals: Int
  let intervalSeconds: Double
  let intervalsPerDay: Int
  let warmupStart: Int
  let horizonEnd: Double
  let hardStop: Double
  // Flat copies of hot model arrays.
  let rates: ContiguousArray<Double>
  let skillFactor: ContiguousArray<Double>
  let fcr: ContiguousArray<Double>
  let escalationQueue: ContiguousArray<Int32>
  let poolMaxChats: ContiguousArray<Int>
  let queueChannel: ContiguousArray<Int>
  let queueRank: ContiguousArray<Int>

  var now = 0.0
  var calendar: EventCalendar
  var contacts: ContactStore
  var queues: ContiguousArray<ContactQueue>
  var agents: AgentStore
  var holdsChats: ContiguousArray<Bool>
  // Per-pool state.
  var present: ContiguousArray<Int>
  var busy: ContiguousArray<Int>
  var heldTotal: ContiguousArray<Int>
  var busyRealTime: ContiguousArray<Int>
  var pendingDepartures: ContiguousArray<Int>
  /// Chat agents due to leave after a staffing drop: they finish the chats they hold and
  /// take no new ones (per agent), and how many each pool has.
  var leaving: ContiguousArray<Bool>
  var leavingCount: ContiguousArray<Int>
  var lastChange: ContiguousArray<Double>
  var draining: ContiguousArray<Bool>
  var drainingCount = 0
  var isOpen = false
  var poolInterval = -1
  var endingInterval = -1
  // Random streams, one per purpose (and per channel for arrivals).
  var arrivalRNG: ContiguousArray<Xoshiro256StarStar>
  var deflectionRNG: Xoshiro256StarStar
  var serviceRNG: Xoshiro256StarStar
  var patienceRNG: Xoshiro256StarStar
  var routingRNG: Xoshiro256StarStar
  var dayRNG: Xoshiro256StarStar
  var dayFactors: ContiguousArray<Double> = []
  let dayFactorSampler: Sampler?
  // Statistics.
  var tierStats: [TierCounters]
  var journeyStats: [JourneyCounters]
  var poolStats: [PoolCounters]
  var waits: [WaitHistogram]
  var countedOpen = 0
  var simulatedContacts = 0

  /// Creates replication `replication` of a compiled model with a base seed.
  public init(model: CompiledModel, seed: UInt64, replication: Int, dayFactorCV: Double) {
    self.model = model
    channels = model.channelCount
    poolCount = model.poolCount
    tierCount = model.tierCount
    horizonIntervals = model.horizonIntervals
    intervalSeconds = model.intervalSeconds
    intervalsPerDay = Int((86_400 / model.intervalSeconds).rounded())
    warmupStart = model.warmupDays * model.openPerDay
    horizonEnd = Double(model.warmupDays + model.days) * 86_400
    hardStop = horizonEnd + Double(max(1, model.days)) * 86_400
    rates = ContiguousArray(model.arrivalRate.joined())
    skillFactor = ContiguousArray(model.skillFactor.joined())
    fcr = ContiguousArray(model.fcr.joined())
    escalationQueue = ContiguousArray(model.escalationQueue.joined().map { Int32($0) })
    poolMaxChats = ContiguousArray(
      (0..<model.poolCount).map { p in
        (0..<model.channelCount).filter { model.skillFactor[p][$0] > 0 }.map { model.concurrencyMax[$0] }.max() ?? 1
      })
    queueChannel = ContiguousArray(model.queueChannel)
    queueRank = ContiguousArray(model.queueRank)

    let levels = max(1, model.concurrencyMax.max() ?? 1)
    let capacity = model.onLine.map { ($0.max() ?? 0) }
    agents = AgentStore(capacityPerPool: capacity, levels: levels)
    holdsChats = ContiguousArray(repeating: false, count: capacity.reduce(0, +))
    leaving = holdsChats
    calendar = EventCalendar(minimumCapacity: capacity.reduce(0, +) * 2 + 64)
    contacts = ContactStore(capacity: 1024)
    queues = ContiguousArray((0..<model.queueCount).map { _ in ContactQueue() })
    present = ContiguousArray(repeating: 0, count: model.poolCount)
    busy = present
    heldTotal = present
    busyRealTime = present
    pendingDepartures = present
    leavingCount = present
    lastChange = ContiguousArray(repeating: 0, count: model.poolCount)
    draining = ContiguousArray(repeating: false, count: model.poolCount)

    let streams = RandomStreams(seed: seed, replication: UInt64(replication))
    arrivalRNG = ContiguousArray((0..<model.channelCount).map { streams.stream(purpose: 0, index: UInt64($0)) })
    deflectionRNG = streams.stream(purpose: 1)
    serviceRNG = streams.stream(purpose: 2)
    patienceRNG = streams.stream(purpose: 3)
    routingRNG = streams.stream(purpose: 4)
    dayRNG = streams.stream(purpose: 5)
    dayFactorSampler = dayFactorCV > 0 ? try? Sampler.gamma(mean: 1, cv: dayFactorCV) : nil

    tierStats = Array(repeating: TierCounters(), count: model.horizonIntervals * channels * tierCount)
    journeyStats = Array(repeating: JourneyCounters(), count: model.horizonIntervals * channels)
    poolStats = Array(repeating: PoolCounters(), count: model.horizonIntervals * poolCount)
    waits = Array(repeating: WaitHistogram(), count: channels * tierCount)
  }

  /// Runs the replication to the end and returns its statistics.
  public mutating func run() -> ReplicationResult {
    let firstOpen = Double(model.firstOpenSlot) * intervalSeconds
    calendar.schedule(time: firstOpen, kind: EventKind.boundary, a: Int32(model.firstOpenSlot), b: 0)
    if model.initialBacklog.contains(where: { $0 > 0 }) {
      calendar.schedule(
        time: Double(model.warmupDays) * 86_400 + firstOpen, kind: EventKind.backlog, a: 0, b: 0)
    }
    for c in 0..<channels { scheduleNextArrival(channel: c, from: 0) }
    while let event = calendar.popMin() {
      now = event.time
      if now >= horizonEnd && countedOpen == 0 || now > hardStop { break }
      switch event.kind {
      case EventKind.completion: complete(agent: Int(event.a), contact: Int(event.b))
      case EventKind.arrival: arrive(channel: Int(event.a), openInterval: Int(event.b))
      case EventKind.abandon: abandon(contact: Int(event.a), generation: event.b)
      case EventKind.boundary: boundary(slot: Int(event.a), day: Int(event.b))
      default: releaseBacklog()
      }
      if drainingCount > 0 { checkDraining() }
    }
    for p in 0..<poolCount { integrate(pool: p) }
    var inSystem = Array(repeating: 0.0, count: channels)
    for id in 0..<contacts.highWater
    where contacts.state[id] != ContactStore.released && contacts.arrivalInterval[id] >= 0 {
      inSystem[Int(contacts.channel[id])] += 1
    }
    return ReplicationResult(
      tiers: tierStats, journeys: journeyStats, pools: poolStats, waits: waits, inSystemAtEnd: inSystem,
      simulatedContacts: simulatedContacts)
  }

  /// Returns the index into the tier statistics of a counted interval, channel and tier index.
  @inline(__always)
  func tierSlot(_ k: Int, _ c: Int, _ t: Int) -> Int { (k * channels + c) * tierCount + t }
}
