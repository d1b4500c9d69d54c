/// The analytic staffing rule for deferrable channels (email, social): a fluid
/// earliest-deadline-first schedule in calendar time.
///
/// **Rule.** Every deadline is arrival + the SLA's `within`, so earliest deadline first is
/// first in, first out. The contacts of open interval i arrive together as one parcel at the
/// interval's start (the initial backlog is a parcel ahead of them at the first opening).
/// `c` agents work the queue, as a fluid, at c ÷ AHT contacts per second during open
/// intervals and not at all while closed; the deadline clock runs in calendar time either
/// way. A contact counts as answered when the fluid reaches it; it is on time when that is at
/// or before its deadline. The horizon repeats day after day with the backlog carried over:
/// what is left at the end is worked in the open intervals of the horizon's next cycle
/// (later arrivals queue behind it). The recommended staffing is the lowest whole `c`,
/// constant over the open intervals, at which at least the SLA share of all contacts (the
/// initial backlog included) is answered on time and average occupancy over the open time
/// stays within the occupancy cap.
///
/// **Example** (the test `DeferrableScheduleTests.handWorked`): 1-hour intervals open
/// 09:00–12:00 for one day, AHT 1 h, deadline 2 h, arrivals 4, 0, 0 and no backlog. With
/// c = 2 the 4 contacts arriving at 09:00 are answered at rate 2 per hour: 2 during
/// 09:00–10:00 and 2 during 10:00–11:00, all by 11:00, all on time; mean wait 1 h. With
/// c = 1: one per hour, at 09:00–12:00 three are reached by 12:00, of which those reached by
/// 11:00 (2) are on time; the fourth waits to the next opening, 09:00 the next day. SLA
/// share 2 ÷ 4 = 50 %. So a 50 % SLA needs 1 agent (occupancy 4 h ÷ 3 h > 1 is refused by a
/// cap of 1, so 2), and a 100 % SLA needs 2.
public enum DeferrableSchedule {
  /// The open intervals of a horizon in calendar time.
  public struct Calendar: Sendable, Equatable {
    /// Returns the start of each open interval, in seconds from the horizon's start.
    public var openStarts: [Double]
    /// Returns the length of one interval, in seconds.
    public var intervalSeconds: Double
    /// Returns the length of the whole horizon (its days × 86,400), in seconds.
    public var cycleSeconds: Double

    /// Returns a calendar with these open interval starts (seconds), length and cycle.
    public init(openStarts: [Double], intervalSeconds: Double, cycleSeconds: Double) {
      self.openStarts = openStarts
      self.intervalSeconds = intervalSeconds
      self.cycleSeconds = cycleSeconds
    }
  }

  /// What the schedule gives at one staffing level.
  public struct Outcome: Sendable, Equatable {
    /// Returns the constant number of agents, in agents.
    public var agents: Int
    /// Returns the share of all contacts answered on time, a fraction (1 with no contacts).
    public var onTimeShare: Double
    /// Returns, per open interval, the share of that interval's arrivals answered on time.
    public var intervalOnTimeShare: [Double]
    /// Returns, per open interval, the mean wait of that interval's arrivals, in seconds.
    public var intervalMeanWaitSeconds: [Double]
    /// Returns, per open interval, the contacts completed in it (wrap-up folded back), in
    /// contacts.
    public var completions: [Double]
    /// Returns the average occupancy over the open time, a fraction (work ÷ capacity).
    public var occupancy: Double
  }

  /// Returns the outcome of the fluid schedule with `agents` agents; arrivals are contacts
  /// per open interval, times in seconds.
  public static func evaluate(
    agents: Int, arrivals: [Double], initialBacklog: Double, handleSeconds: Double,
    deadlineSeconds: Double, calendar: Calendar
  ) -> Outcome {
    let count = arrivals.count
    precondition(calendar.openStarts.count == count, "one start per open interval")
    var onTime = [Double](repeating: 0, count: count)
    var waitSum = [Double](repeating: 0, count: count)
    var completions = [Double](repeating: 0, count: count)
    let offered = arrivals.enumerated().map { $0.element + ($0.offset == 0 ? initialBacklog : 0) }
    let total = offered.reduce(0, +)
    let capacitySeconds = Double(count) * calendar.intervalSeconds * Double(agents)
    let occupancy = capacitySeconds > 0 ? total * handleSeconds / capacitySeconds : 0
    guard agents > 0, total > 0 else {
      let share: Double = total > 0 ? 0 : 1
      return Outcome(
        agents: agents, onTimeShare: share,
        intervalOnTimeShare: offered.map { $0 > 0 ? 0 : 1 },
        intervalMeanWaitSeconds: offered.map { $0 > 0 ? .infinity : 0 },
        completions: completions, occupancy: total > 0 ? .infinity : 0)
    }
    // Parcels in FIFO order: (arrival time, remaining contacts, origin interval).
    var queue: [(arrival: Double, amount: Double, origin: Int)] = []
    queue.reserveCapacity(count + 1)
    var head = 0
    let rate = Double(agents) / handleSeconds
    let epsilon = total * 1e-12
    var cycle = 0
    repeat {
      let offset = Double(cycle) * calendar.cycleSeconds
      for i in 0..<count {
        let start = calendar.openStarts[i] + offset
        if cycle == 0 {
          if i == 0 && initialBacklog > 0 { queue.append((start, initialBacklog, 0)) }
          if arrivals[i] > 0 { queue.append((start, arrivals[i], i)) }
        }
        var now = start
        let end = start + calendar.intervalSeconds
        while head < queue.count && now < end {
          let parcel = queue[head]
          let finish = min(end, now + parcel.amount / rate)
          let served = finish < end ? parcel.amount : (finish - now) * rate
          let deadline = parcel.arrival + deadlineSeconds
          onTime[parcel.origin] += min(served, max(0, (deadline - now) * rate))
          waitSum[parcel.origin] += served * ((now + finish) / 2 - parcel.arrival)
          completions[i] += served
          let left = parcel.amount - served
          if left <= epsilon { head += 1 } else { queue[head].amount = left }
          now = finish
        }
      }
      cycle += 1
    } while head < queue.count && cycle < 10_000
    let onTimeTotal = onTime.reduce(0, +)
    return Outcome(
      agents: agents, onTimeShare: min(1, onTimeTotal / total),
      intervalOnTimeShare: offered.indices.map {
        offered[$0] > 0 ? min(1, onTime[$0] / offered[$0]) : 1
      },
      intervalMeanWaitSeconds: offered.indices.map {
        offered[$0] > 0 ? waitSum[$0] / offered[$0] : 0
      },
      completions: completions, occupancy: occupancy)
  }

  /// Returns the outcome at the lowest constant agent count (0 with no contacts) answering
  /// at least `targetShare` on time with occupancy at most `occupancyCap`; throws
  /// `Unreachable` when no count up to a bound that clears all work in one interval does.
  ///
  /// More agents answer every parcel no later, so the share is monotone in the agent count:
  /// the search starts at the occupancy bound, gallops up (1, 2, 4, …) and bisects.
  public static func minimumAgents(
    arrivals: [Double], initialBacklog: Double, handleSeconds: Double, deadlineSeconds: Double,
    targetShare: Double, occupancyCap: Double, calendar: Calendar
  ) throws(Unreachable) -> Outcome {
    func run(_ agents: Int) -> Outcome {
      evaluate(
        agents: agents, arrivals: arrivals, initialBacklog: initialBacklog,
        handleSeconds: handleSeconds, deadlineSeconds: deadlineSeconds, calendar: calendar)
    }
    let work = (arrivals.reduce(0, +) + initialBacklog) * handleSeconds
    guard work > 0 else { return run(0) }
    let openSeconds = Double(arrivals.count) * calendar.intervalSeconds
    var lower = max(1, Int((work / (openSeconds * occupancyCap)).rounded(.up)))
    while Double(lower) * openSeconds * occupancyCap < work { lower += 1 }
    func meets(_ outcome: Outcome) -> Bool {
      outcome.onTimeShare >= targetShare - 1e-12 && outcome.occupancy <= occupancyCap + 1e-12
    }
    let first = run(lower)
    if meets(first) { return first }
    // Enough agents to clear everything in the first open interval bound the search.
    let limit = max(lower, Int((work / calendar.intervalSeconds).rounded(.up))) * 4 + 16
    var failing = lower
    var step = 1
    var meeting = lower + step
    var best = run(meeting)
    while !meets(best) {
      guard meeting < limit else { throw Unreachable(searchedUpTo: limit) }
      failing = meeting
      step *= 2
      meeting = min(limit, failing + step)
      best = run(meeting)
    }
    while meeting - failing > 1 {
      let middle = failing + (meeting - failing) / 2
      let outcome = run(middle)
      if meets(outcome) {
        meeting = middle
        best = outcome
      } else {
        failing = middle
      }
    }
    return best
  }

  /// No constant staffing up to `searchedUpTo` agents meets the deferrable SLA.
  public struct Unreachable: Error, Sendable, Equatable {
    /// Returns the largest agent count tried, in agents.
    public var searchedUpTo: Int
  }
}
