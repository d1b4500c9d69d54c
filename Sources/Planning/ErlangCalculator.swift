import ContactCenter
import Queueing

/// The calculator behind `ccplan erlang`: one queue, one period, the smallest agent count
/// meeting every target and the table of measures around it.
///
/// Erlang C without patience, Erlang A (exponential patience) with it. Rows cover three
/// agent counts either side of the recommendation (from 1), plus any requested count.
public enum ErlangCalculator {
  /// What the planner typed.
  public struct Input: Sendable, Equatable {
    /// Returns the contacts offered in the period, in contacts.
    public var contacts: Double
    /// Returns the length of the period, in seconds.
    public var periodSeconds: Double
    /// Returns the average handle time, in seconds.
    public var handleSeconds: Double
    /// Returns the service-level goal (fraction within a threshold, and its definition).
    public var serviceLevel: StaffingTarget.ServiceLevel
    /// Returns the mean patience, in seconds (nil: nobody abandons, Erlang C).
    public var patienceSeconds: Double?
    /// Returns the occupancy cap, a fraction (nil: none).
    public var maxOccupancy: Double?
    /// Returns the largest acceptable ASA, in seconds (nil: none).
    public var maxASASeconds: Double?
    /// Returns the largest acceptable abandonment rate, a fraction (nil: none).
    public var maxAbandonRate: Double?
    /// Returns the shrinkage, a fraction in [0, 0.99].
    public var shrinkage: Double
    /// Returns an agent count to include in the rows, in agents (nil: none).
    public var agents: Int?

    /// Returns an input with these values (times in seconds, shares as fractions).
    public init(
      contacts: Double, periodSeconds: Double, handleSeconds: Double,
      serviceLevel: StaffingTarget.ServiceLevel, patienceSeconds: Double? = nil,
      maxOccupancy: Double? = nil, maxASASeconds: Double? = nil, maxAbandonRate: Double? = nil,
      shrinkage: Double = 0, agents: Int? = nil
    ) {
      self.contacts = contacts
      self.periodSeconds = periodSeconds
      self.handleSeconds = handleSeconds
      self.serviceLevel = serviceLevel
      self.patienceSeconds = patienceSeconds
      self.maxOccupancy = maxOccupancy
      self.maxASASeconds = maxASASeconds
      self.maxAbandonRate = maxAbandonRate
      self.shrinkage = shrinkage
      self.agents = agents
    }
  }

  /// One row of the table.
  public struct Row: Sendable, Equatable {
    /// Returns the measures at this agent count.
    public var metrics: QueueMetrics
    /// Returns the scheduled headcount putting this many agents on line, in agents.
    public var scheduledHeadcount: Int
    /// Returns why the row has no finite ASA (an unstable Erlang C queue), or nil.
    public var note: String?
  }

  /// The calculator's answer.
  public struct Result: Sendable, Equatable {
    /// Returns the model used.
    public var model: QueueModel
    /// Returns the offered load, in Erlangs (arrival rate × handle time).
    public var loadErlangs: Double
    /// Returns the smallest agent count meeting every target, in agents.
    public var recommendedAgents: Int
    /// Returns the scheduled headcount for the recommendation after shrinkage, in agents.
    public var scheduledHeadcount: Int
    /// Returns the rows, by increasing agent count.
    public var rows: [Row]
  }

  /// Returns the recommendation and its table, or throws the `QueueingError` of a bad input.
  /// The shrinkage must be in [0, 0.99] (callers check it; outside is a programming error).
  public static func compute(_ input: Input) throws(QueueingError) -> Result {
    precondition(input.shrinkage >= 0 && input.shrinkage <= 0.99, "shrinkage outside [0, 0.99]")
    guard input.periodSeconds.isFinite, input.periodSeconds > 0 else {
      throw .invalidArrivalRate(input.contacts / input.periodSeconds)
    }
    let rate = input.contacts / input.periodSeconds
    let model: QueueModel = input.patienceSeconds.map { .erlangA(patienceSeconds: $0) } ?? .erlangC
    let target = StaffingTarget(
      serviceLevel: input.serviceLevel, maxASASeconds: input.maxASASeconds,
      maxAbandonRate: input.maxAbandonRate, maxOccupancy: input.maxOccupancy)
    let recommended = try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: rate, handleSeconds: input.handleSeconds, model: model,
      target: target)
    let shrinkage = Shrinkage(share: input.shrinkage)
    var counts = Set(max(1, recommended - 3)...max(1, recommended + 3))
    if let agents = input.agents {
      guard agents >= 1 else { throw .invalidAgents(agents, minimum: 1) }
      counts.insert(agents)
    }
    let load = rate * input.handleSeconds
    var rows: [Row] = []
    for n in counts.sorted() {
      let metrics = try StaffingSearch.metrics(
        agents: n, arrivalRatePerSecond: rate, handleSeconds: input.handleSeconds, model: model,
        thresholdSeconds: input.serviceLevel.thresholdSeconds,
        definition: input.serviceLevel.definition)
      let note =
        metrics.asaSeconds.isFinite
        ? nil
        : "unstable: the offered load of \(formatLoad(load)) Erlangs is at least \(n) agents, "
          + "so the queue grows without bound"
      rows.append(
        Row(metrics: metrics, scheduledHeadcount: shrinkage.scheduled(net: n), note: note))
    }
    return Result(
      model: model, loadErlangs: load, recommendedAgents: recommended,
      scheduledHeadcount: shrinkage.scheduled(net: recommended), rows: rows)
  }

  private static func formatLoad(_ load: Double) -> String {
    let rounded = load.magnitude < 1e15 ? (load * 100).rounded() / 100 : load
    return Units.plainNumber(rounded)
  }
}
