import ContactCenter
import Foundation
import Simulation

/// How simulation-based staffing runs: replications, seed, threads and its budget.
public struct SimulationStaffingSettings: Sendable {
  /// Replications of every iteration (the same seed each time: common random numbers).
  public var replications: Int
  /// Base seed of the iterations; the verification uses another.
  public var seed: UInt64
  /// Worker threads.
  public var threads: Int
  /// Most simulate-and-adjust iterations.
  public var maxIterations: Int
  /// Wall-clock budget, in seconds (nil: none).
  public var timeLimitSeconds: Double?
  /// Standard errors by which an interval's simulated mean SL must clear its target to
  /// pass (1: about 84 % one-sided confidence; 0: the mean alone).
  public var passMargin = 1.0

  /// Returns settings with the given fields.
  public init(
    replications: Int, seed: UInt64, threads: Int, maxIterations: Int = 40,
    timeLimitSeconds: Double? = nil
  ) {
    self.replications = replications
    self.seed = seed
    self.threads = threads
    self.maxIterations = maxIterations
    self.timeLimitSeconds = timeLimitSeconds
  }

  /// The seed of the final verification run: another seed, so the plan is judged on
  /// customers it was not tuned on.
  public var verificationSeed: UInt64 { seed &+ 7_919 }
}

/// One simulate-and-adjust iteration, as progress reports it.
public struct StaffingIteration: Sendable, Equatable {
  /// Iteration number, from 1.
  public var iteration: Int
  /// Interval × channel targets failing in this iteration's simulation.
  public var failing: Int
  /// Agent-intervals added and removed after it.
  public var added: Int
  public var removed: Int
  /// Paid hours of the staffing simulated, in hours.
  public var paidHours: Double
  /// Seconds since the search started.
  public var elapsedSeconds: Double
}

/// Simulation-based staffing (`ccplan staff --method simulation`): the analytic plan
/// corrected interval by interval until the simulated service meets every real-time
/// channel's target in every interval.
///
/// **Algorithm** (after the iterative staffing algorithm of Feldman, Mandelbaum, Massey and
/// Whitt 2008, with a greedy removal step). Start from the analytic plan's net agents per
/// pool and interval. Each iteration simulates the current staffing with R replications on
/// one seed (common random numbers, so successive staffings see the same customers and
/// their differences are the staffing's effect), then
/// 1. for every interval where a real-time channel's first-contact service level (under its
///    definition) is below target by its mean, adds one net agent to that interval's
///    first-contact pool of the channel;
/// 2. when nothing fails, removes one agent from every pool-interval whose channels all
///    clear their target with margin — the lower end of the 95 % interval at least 2
///    points above it — and that was never raised, in pools serving no deferrable channel;
///    an interval that then fails gets its agent back and is not tried again.
/// It stops when nothing fails and nothing can be removed (converged), or at the iteration
/// or time budget. A target no staffing reaches (the channel's service level does not rise
/// although its pool has had agents added in each of the last 4 iterations, as when
/// patience is shorter than the threshold) is reported as unreachable. Higher-tier pools
/// and deferrable channels keep the analytic plan, and are verified, not tuned. The result
/// is verified on a fresh seed, the analytic plan beside it. With a `confidence` the
/// analytic start and the iterations plan for the day factor's quantile (a fixed demand
/// multiplier), and the checks simulate random days, so their day-SL distribution says on
/// what share of days each target held.
public struct SimulationStaffing: Sendable {
  /// The analytic start.
  public var analytic: StaffingPlan
  /// The plan corrected by simulation (same files as the analytic one).
  public var verified: StaffingPlan
  /// The iterations run.
  public var iterations: [StaffingIteration]
  /// Whether the search ended with every target met and nothing left to remove.
  public var converged: Bool
  /// Why it stopped, in a sentence.
  public var reason: String
  /// The analytic plan simulated on the verification seed.
  public var analyticCheck: SimulationSummary
  /// The verified plan simulated on the verification seed.
  public var verifiedCheck: SimulationSummary

  /// Returns the simulation-based plan of `scenario`, or throws a planning or model error.
  /// `progress` receives each iteration as it finishes.
  public init(
    scenario: Scenario, options: StaffingOptions, settings: SimulationStaffingSettings,
    progress: (@Sendable (StaffingIteration) -> Void)? = nil
  ) throws {
    let start = Date()
    let analytic = try StaffingPlanner.plan(scenario, options: options)
    self.analytic = analytic
    // The iterations tune on the planned-for day: with a confidence, the day factor's
    // quantile as a fixed demand multiplier (no day-to-day noise); the checks judge the plan
    // on random days of the scenario's (or --forecast-cv's) uncertainty.
    let tuned = try ScenarioEdit(
      volumeFactor: options.demandFactor(for: scenario), ahtFactor: options.ahtFactor,
      dayFactorCV: options.confidence == nil ? options.forecastCV : 0
    ).apply(to: scenario)
    let checked = try ScenarioEdit(
      volumeFactor: options.volumeFactor, ahtFactor: options.ahtFactor,
      dayFactorCV: options.forecastCV
    ).apply(to: scenario)
    let shrinkage = scenario.shrinkageRule
    let intervals = scenario.horizon.openIntervals
    // The first-contact pool of each (interval, real-time channel) with a target.
    var firstPool = [[Int?]](
      repeating: [Int?](repeating: nil, count: scenario.channels.count), count: intervals)
    for row in analytic.requirements where row.tier == analytic.firstContactTier(of: row.channel) {
      if scenario.channels[row.channel].kind.isRealTime
        && firstPool[row.interval][row.channel] == nil
      {
        firstPool[row.interval][row.channel] = row.pool
      }
    }
    var net = analytic.pools.map(\.netAgents)
    // A pool that also serves e-mail or social keeps its analytic agents: their service
    // depends on later intervals' staffing, so removing one is never judged safe here.
    let servesDeferrable = scenario.pools.map { pool in
      pool.skills.contains { skill in
        scenario.channels.first { $0.id == skill.channel }.map { !$0.kind.isRealTime } ?? false
      }
    }
    let hours = scenario.horizon.intervalSeconds / 3600
    func paidHours(_ net: [[Int]]) -> Double {
      net.reduce(0) { total, row in
        row.reduce(total) { $0 + Double(shrinkage.scheduled(net: $1)) * hours }
      }
    }
    let experiment = ExperimentSettings(
      seed: settings.seed, replications: settings.replications, threads: settings.threads)
    func simulate(
      _ net: [[Int]], seed: UInt64, on edited: Scenario? = nil
    ) throws -> SimulationSummary {
      var run = experiment
      run.seed = seed
      let scheduled = net.map { $0.map { shrinkage.scheduled(net: $0) } }
      return try Experiment.run(
        try ExperimentVariant(name: "plan", scenario: edited ?? tuned, staffing: scheduled),
        settings: run)
    }
    let targets = scenario.channels.map { $0.sla.percent / 100 }
    let channelCount = scenario.channels.count
    var raised = Set<Int>()  // pool × intervals + k, never removed from
    var frozen = Set<Int>()  // tried for removal and failed
    var lastRemoved: [Int] = []
    var history: [[Int: Double]] = []  // per iteration, (k × channels + c) → SL of failing
    var iterations: [StaffingIteration] = []
    var converged = false
    var reason = ""
    var unreachable: [String] = []
    var giveUp = Set<Int>()  // (k × channels + c) targets no staffing reaches
    var iteration = 0
    while true {
      iteration += 1
      let summary = try simulate(net, seed: settings.seed)
      var failing: [(k: Int, c: Int, pool: Int)] = []
      var slack = Set<Int>()  // pool-intervals whose every channel clears with margin
      var tight = Set<Int>()
      var levels: [Int: Double] = [:]
      for row in summary.intervals.indices {
        let k = row / channelCount
        let c = row % channelCount
        guard let p = firstPool[k][c], let sl = summary.intervals[row].serviceLevel else {
          continue
        }
        let key = p * intervals + k
        if giveUp.contains(k * channelCount + c) {
          tight.insert(key)
        } else if sl.mean - settings.passMargin * (sl.ci95 ?? 0) / 1.96 < targets[c] {
          failing.append((k, c, p))
          levels[k * channelCount + c] = sl.mean
          tight.insert(key)
        } else if let ci = sl.ci95, sl.mean - ci >= targets[c] + 0.02 {
          slack.insert(key)
        } else {
          tight.insert(key)
        }
      }
      history.append(levels)
      var added = 0
      var removed = 0
      if !failing.isEmpty {
        // Put back the agents whose removal made an interval fail, and stop trying them.
        let failingKeys = Set(failing.map { $0.pool * intervals + $0.k })
        for key in lastRemoved where failingKeys.contains(key) {
          net[key / intervals][key % intervals] += 1
          frozen.insert(key)
          added += 1
        }
        let restored = Set(lastRemoved).intersection(failingKeys)
        for key in Set(failing.map { $0.pool * intervals + $0.k }).subtracting(restored) {
          net[key / intervals][key % intervals] += 1
          raised.insert(key)
          added += 1
        }
        lastRemoved = []
        // Unreachable: failing for 4 iterations in a row with no gain in service level.
        if history.count >= 5 {
          for f in failing {
            let index = f.k * channelCount + f.c
            let recent = history.suffix(5).compactMap { $0[index] }
            if recent.count == 5, let first = recent.first, let last = recent.last,
              last <= first + 0.01, giveUp.insert(index).inserted
            {
              unreachable.append(
                "\(scenario.channels[f.c].id) at \(scenario.horizon.label(ofOpenInterval: f.k))")
            }
          }
        }
      } else {
        let candidates = slack.subtracting(tight).subtracting(raised).subtracting(frozen)
          .filter { net[$0 / intervals][$0 % intervals] > 0 && !servesDeferrable[$0 / intervals] }
        lastRemoved = candidates.sorted()
        for key in lastRemoved { net[key / intervals][key % intervals] -= 1 }
        removed = lastRemoved.count
      }
      let record = StaffingIteration(
        iteration: iteration, failing: failing.count, added: added, removed: removed,
        paidHours: paidHours(net), elapsedSeconds: Date().timeIntervalSince(start))
      iterations.append(record)
      progress?(record)
      if failing.isEmpty && removed == 0 {
        converged = unreachable.isEmpty
        if unreachable.isEmpty {
          reason = "every real-time target is met in every interval and no agent can be removed"
        } else {
          reason =
            "every other target is met, but \(unreachable.count) "
            + (unreachable.count == 1 ? "interval's is" : "intervals' are")
            + " unreachable by staffing (the service level did not rise over 4 iterations of "
            + "added agents — patience shorter than the threshold, or work that takes every "
            + "agent added, such as an initial backlog): "
            + unreachable.prefix(4).joined(separator: ", ")
        }
        break
      }
      let unreached =
        unreachable.isEmpty
        ? ""
        : "; unreachable by staffing: " + unreachable.prefix(4).joined(separator: ", ")
      if iteration >= settings.maxIterations {
        reason =
          "iteration budget (\(settings.maxIterations)) reached with \(failing.count) "
          + "interval targets failing" + unreached
        break
      }
      if let limit = settings.timeLimitSeconds, Date().timeIntervalSince(start) >= limit {
        reason = "time limit reached with \(failing.count) interval targets failing" + unreached
        break
      }
    }
    // An unfinished removal step is undone: the plan returned is the last one simulated to
    // meet every target, or the last one simulated.
    for key in lastRemoved { net[key / intervals][key % intervals] += 1 }
    self.iterations = iterations
    self.converged = converged
    self.reason = reason
    verified = analytic.replacingNetAgents(net)
    analyticCheck = try simulate(
      analytic.pools.map(\.netAgents), seed: settings.verificationSeed, on: checked)
    verifiedCheck = try simulate(net, seed: settings.verificationSeed, on: checked)
  }
}
