/// The value ranges of a scenario, checked on the values themselves: decoding checks each
/// value as it reads it (and says how it was written), and this catches the same mistakes
/// in a scenario built or edited in code, with the same wording.
extension ScenarioValidator {
  /// Checks every value's range, each array's length and which keys apply to which kind.
  func validateValues(_ scenario: Scenario) {
    let horizon = scenario.horizon
    if let problem = ScenarioRules.nameProblem(scenario.name) { context.report("name", problem) }
    validateHorizon(horizon)
    share(scenario.shrinkage, at: "shrinkage", below: 0.99)
    if scenario.occupancyCap < ScenarioRules.minOccupancyCap {
      context.report(
        "occupancyCap",
        "expected \(ScenarioRules.occupancyCap), found \(JSONNode.format(scenario.occupancyCap))")
    } else {
      share(scenario.occupancyCap, at: "occupancyCap")
    }
    if let problem = ScenarioRules.textProblem(scenario.costs.currency, what: "a currency code") {
      context.report("costs.currency", problem)
    }
    share(scenario.costs.overhead, at: "costs.overhead")
    number(
      scenario.costs.abandonedContact, at: "costs.abandonedContact", in: 0...1e9,
      what: "a cost per abandoned contact ≥ 0")
    number(
      scenario.costs.fteHoursPerWeek, at: "costs.fteHoursPerWeek", in: 1...168,
      what: "hours per week from 1 to 168")
    share(scenario.dayFactorCV, at: "demandUncertainty.dayFactorCV")
    if !(1...ScenarioRules.maxReplications).contains(scenario.simulation.replications) {
      context.report(
        "simulation.replications",
        "expected a whole number from 1 to 1,000,000, found the number \(scenario.simulation.replications)"
      )
    }
    if !(0...ScenarioRules.maxWarmupDays).contains(scenario.simulation.warmupDays) {
      context.report(
        "simulation.warmupDays",
        "expected \(ScenarioRules.warmupDays), found the number \(scenario.simulation.warmupDays)")
    }
    for (c, channel) in scenario.channels.enumerated() {
      validateChannel(channel, at: "channels[\(c)]", horizon: horizon)
    }
    for (p, pool) in scenario.pools.enumerated() {
      validatePool(pool, at: "pools[\(p)]", horizon: horizon)
    }
  }

  private func validateHorizon(_ horizon: Horizon) {
    if let problem = ScenarioRules.intervalLengthProblem(horizon.intervalSeconds) {
      context.report("horizon.intervalLength", problem)
      return
    }
    if !(1...366).contains(horizon.days) {
      context.report(
        "horizon.days", "expected a number of days from 1 to 366, found \(horizon.days)")
    }
    for problem in HoursRules.problems(horizon) {
      context.report(problem.path(keys: [:]), problem.message)
    }
  }

  private func validateChannel(_ channel: Channel, at path: String, horizon: Horizon) {
    if let problem = ScenarioRules.textProblem(channel.id, what: "a channel id") {
      context.report("\(path).id", problem)
    }
    let kind = channel.kind
    if channel.demand.count != horizon.openIntervals {
      context.report(
        "\(path).demand",
        ScenarioRules.horizonLengthProblem(
          channel.demand.count, of: "demand values", horizon: horizon))
    }
    for (i, value) in channel.demand.enumerated() {
      number(value, at: "\(path).demand[\(i)]", in: 0...1e12, what: ScenarioRules.contacts)
    }
    validateDistribution(channel.handleTime, at: "\(path).handleTime")
    if let patience = channel.patience {
      if kind.isRealTime {
        validateDistribution(patience, at: "\(path).patience")
      } else {
        context.report(
          "\(path).patience",
          "patience applies to real-time channels (voice, chat, sms) only; \(kind.rawValue) customers do not hang up — remove it"
        )
      }
    }
    if let concurrency = channel.concurrency {
      validateConcurrency(concurrency, at: "\(path).concurrency", kind: kind)
    }
    // In a value 0.8 is 0.8 % (a file says so with "0.8%"), so no fraction hint here.
    number(
      channel.sla.percent, at: "\(path).sla.percent", in: .ulpOfOne...100,
      what: ScenarioRules.percentage)
    duration(channel.sla.withinSeconds, at: "\(path).sla.within", positive: true)
    share(channel.deflection, at: "\(path).deflection")
    if let priority = channel.priority, priority < 1 {
      context.report(
        "\(path).priority",
        "expected a whole number ≥ 1 (1 is the highest), found the number \(priority)")
    }
    if channel.initialBacklog != 0 && kind.isRealTime {
      context.report(
        "\(path).initialBacklog",
        "initialBacklog applies to deferrable channels (email, social) only, found it on a \(kind.rawValue) channel"
      )
    } else {
      number(
        channel.initialBacklog, at: "\(path).initialBacklog", in: 0...ScenarioRules.maxBacklog,
        what: ScenarioRules.backlog)
    }
  }

  private func validateConcurrency(_ concurrency: Concurrency, at path: String, kind: ChannelKind) {
    guard kind == .chat else {
      context.report(
        path, "concurrency applies to chat channels only, found it on a \(kind.rawValue) channel")
      return
    }
    guard (1...50).contains(concurrency.max) else {
      context.report(
        "\(path).max", "expected from 1 to 50 chats at once, found \(concurrency.max)")
      return
    }
    let factors = concurrency.handleTimeFactor
    if factors.count != concurrency.max {
      context.report(
        "\(path).handleTimeFactor",
        "expected \(concurrency.max) factors (one per concurrency level 1…\(concurrency.max)), found \(factors.count)"
      )
    }
    for (i, factor) in factors.enumerated() {
      number(
        factor, at: "\(path).handleTimeFactor[\(i)]", in: 0.01...100, what: ScenarioRules.factor)
    }
  }

  private func validateDistribution(_ spec: DistributionSpec, at path: String) {
    switch spec {
    case .exponential(let mean):
      duration(mean, at: "\(path).mean", positive: true)
    case .erlang(let mean, let k):
      duration(mean, at: "\(path).mean", positive: true)
      if !(1...ScenarioRules.maxPhases).contains(k) {
        context.report("\(path).k", "expected \(ScenarioRules.phases), found the number \(k)")
      }
    case .deterministic(let value):
      duration(value, at: "\(path).mean", positive: false)
    case .lognormal(let mean, let cv), .gamma(let mean, let cv):
      duration(mean, at: "\(path).mean", positive: true)
      if cv == 0 {
        context.report(
          "\(path).cv",
          "expected a cv > 0 for a \(spec.name) distribution, found 0; use \"deterministic\" for constant times"
        )
      } else {
        number(cv, at: "\(path).cv", in: 0...100, what: "a coefficient of variation ≥ 0")
      }
    case .uniform(let mean, let cv):
      duration(mean, at: "\(path).mean", positive: true)
      if !(0...(1 / 3.0.squareRoot())).contains(cv) {
        context.report(
          "\(path).cv",
          "expected a cv ≤ 0.577 for a uniform distribution (its lower end mean × (1 − √3·cv) must be ≥ 0), found \(JSONNode.format(cv))"
        )
      }
    case .empirical(let values):
      for (i, value) in values.enumerated() {
        duration(value, at: "\(path).values[\(i)]", positive: false)
      }
      if !values.contains(where: { $0 > 0 }) {
        context.report(
          "\(path).values",
          "expected at least one sample with a positive duration, found \(values.count) samples")
      }
    }
    if case .erlang(_, let k) = spec, k < 1 {
      context.report("\(path).k", "expected a whole number ≥ 1, found the number \(k)")
    }
  }

  private func validatePool(_ pool: Pool, at path: String, horizon: Horizon) {
    if let problem = ScenarioRules.textProblem(pool.id, what: "a pool id") {
      context.report("\(path).id", problem)
    }
    if !(1...ScenarioRules.maxTier).contains(pool.tier) {
      context.report(
        "\(path).tier", "expected \(ScenarioRules.tier), found the number \(pool.tier)")
    }
    if pool.skills.isEmpty {
      context.report(
        "\(path).skills", "expected at least one channel id, found an empty array")
    }
    for (s, skill) in pool.skills.enumerated() {
      number(
        skill.handleTimeFactor, at: "\(path).skills[\(s)].handleTimeFactor", in: 0.01...100,
        what: ScenarioRules.factor)
    }
    if let staffing = pool.staffing {
      if staffing.count != horizon.openIntervals {
        context.report(
          "\(path).staffing",
          ScenarioRules.horizonLengthProblem(staffing.count, of: "headcounts", horizon: horizon))
      }
      for (i, headcount) in staffing.enumerated()
      where headcount < 0 || headcount > ScenarioRules.maxHeadcount {
        context.report(
          "\(path).staffing[\(i)]",
          "expected \(ScenarioRules.headcount), found the number \(headcount)")
      }
    }
    if let cost = pool.hourlyCost {
      number(cost, at: "\(path).hourlyCost", in: 0...1e9, what: ScenarioRules.hourlyCost)
    }
    for channel in pool.fcr.keys.sorted() {
      if let share = pool.fcr[channel] { self.share(share, at: "\(path).fcr.\(channel)") }
    }
  }

  private func share(_ value: Double, at path: String, below upper: Double = 1) {
    if let problem = ScenarioRules.shareProblem(value, below: upper) {
      context.report(path, problem)
    }
  }

  private func number(_ value: Double, at path: String, in range: ClosedRange<Double>, what: String)
  {
    if !range.contains(value) {
      context.report(path, "expected \(what), found the number \(JSONNode.format(value))")
    }
  }

  private func duration(_ seconds: Double, at path: String, positive: Bool) {
    if !ScenarioRules.isValidDuration(seconds, positive: positive) {
      context.report(
        path,
        "expected \(ScenarioRules.duration(positive: positive)), found the number \(JSONNode.format(seconds))"
      )
    }
  }
}
