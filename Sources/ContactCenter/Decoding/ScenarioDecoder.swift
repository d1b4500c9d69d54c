import Foundation

/// Decodes a parsed scenario document into a `Scenario`, collecting every problem.
struct ScenarioDecoder {
  let context: DecodingContext
  let files: ScenarioFiles

  static let keys = [
    "name", "description", "horizon", "channels", "pools", "shrinkage", "occupancyCap", "costs",
    "demandUncertainty", "simulation", "shifts",
  ]

  /// Returns the scenario (nil when any value is wrong) and, when the channel and pool lists
  /// could be read, the outline the reference checks need.
  func decode(_ root: JSONNode) -> (scenario: Scenario?, outline: ReferenceOutline?) {
    guard let object = context.object(root, at: "", allowed: Self.keys) else { return (nil, nil) }
    let name = object.required("name", "a scenario name").flatMap { node -> String? in
      guard let text = context.string(node, at: "name") else { return nil }
      if let problem = ScenarioRules.nameProblem(text) {
        context.report("name", node.position, problem)
        return nil
      }
      return text
    }
    let description =
      object.optional("description").map { context.string($0, at: "description") } ?? ""
    let horizon =
      object.optional("horizon").map { decodeHorizon($0) }
      ?? Horizon(intervalSeconds: 900, openSeconds: 0, closeSeconds: Horizon.daySeconds, days: 1)
    var channels: [Channel]?
    var pools: [Pool]?
    var outline: ReferenceOutline?
    var shifts: [ShiftType]?? = .some(nil)
    if let horizon {
      let decodedChannels = object.required("channels", "an array of channels").flatMap { node in
        decodeList(node, at: "channels", of: "channels") {
          ChannelDecoder(context: context, files: files, horizon: horizon).decode($0, at: $1)
        }
      }
      let decodedPools = object.required("pools", "an array of agent pools").flatMap { node in
        decodeList(node, at: "pools", of: "pools") {
          PoolDecoder(context: context, horizon: horizon).decode($0, at: $1)
        }
      }
      files.reportUnreadColumns(to: context)
      channels = decodedChannels.flatMap { all($0.map(\.channel)) }
      pools = decodedPools.flatMap { all($0.map(\.pool)) }
      if let node = object.optional("shifts") {
        let ids = decodedPools.flatMap { all($0.map { $0.entry?.id }) }
        let decoded = ShiftDecoder(context: context, horizon: horizon).decode(node, poolIDs: ids)
        if let decoded { shifts = .some(decoded) } else { shifts = nil }
      }
      if let decodedChannels, let decodedPools {
        outline = ReferenceOutline(
          channels: decodedChannels.map(\.entry), pools: decodedPools.map(\.entry))
      }
    }
    let shrinkage =
      object.optional("shrinkage").map { context.share($0, at: "shrinkage", below: 0.99) } ?? 0
    var occupancyCap =
      object.optional("occupancyCap").map { context.share($0, at: "occupancyCap") } ?? 1
    if let cap = occupancyCap, cap < ScenarioRules.minOccupancyCap {
      context.report(
        "occupancyCap", "expected \(ScenarioRules.occupancyCap), found \(JSONNode.format(cap))")
      occupancyCap = nil
    }
    let costs =
      object.optional("costs").map { decodeCosts($0) }
      ?? Costs(currency: "EUR", overhead: 0, abandonedContact: 0, fteHoursPerWeek: 37.5)
    let dayFactorCV = object.optional("demandUncertainty").map { decodeUncertainty($0) } ?? 0
    let hasDeferrable = channels?.contains { !$0.kind.isRealTime } ?? false
    let defaultWarmup = (horizon?.isAlwaysOpen ?? false) || hasDeferrable ? 1 : 0
    let simulation =
      object.optional("simulation").map { decodeSimulation($0, defaultWarmup: defaultWarmup) }
      ?? SimulationSettings(replications: 20, seed: 1, warmupDays: defaultWarmup)
    guard let name, let description, var horizon, let channels, let pools, let shrinkage,
      let occupancyCap, let costs, let dayFactorCV, let simulation, let shifts
    else { return (nil, outline) }
    guard let startDate = startDate(horizon) else { return (nil, outline) }
    horizon.startDate = startDate
    let scenario = Scenario(
      name: name, description: description, horizon: horizon, channels: channels, pools: pools,
      shrinkage: shrinkage, occupancyCap: occupancyCap, costs: costs, dayFactorCV: dayFactorCV,
      simulation: simulation, shifts: shifts)
    return (scenario, outline)
  }

  /// Returns the items decoded from a non-empty array, one result per item, or nil (with an
  /// issue) when the node is not an array or is empty.
  private func decodeList<T>(
    _ node: JSONNode, at path: String, of what: String, _ decodeItem: (JSONNode, String) -> T
  ) -> [T]? {
    guard let items = context.array(node, at: path, of: what) else { return nil }
    if items.isEmpty {
      context.report(path, node.position, "expected at least one entry, found an empty array")
      return nil
    }
    return items.enumerated().map { decodeItem($1, "\(path)[\($0)]") }
  }

  /// Returns the horizon's start date: the one `horizon.startDate` gives or the forecasts'
  /// dates name (which must agree); `.some(nil)` when there is none; nil after an issue.
  /// With weekly hours and no `horizon.startDate`, the forecasts' first day must fall on the
  /// weekday the hours were laid out from (`firstWeekday`, or Monday).
  private func startDate(_ horizon: Horizon) -> CalendarDate?? {
    let given = horizon.startDate
    var date = given
    var source = "horizon.startDate"
    for (file, reading) in files.readings {
      guard let named = reading.startDate else { continue }
      if let date, named != date {
        context.report(
          reading.firstPath,
          "\(file): expected the horizon to start on \(date) (as \(source) says), found rows from \(named)"
        )
        return nil
      }
      if given == nil, case .weekly = horizon.hours, named.weekday != horizon.firstWeekday {
        context.report(
          reading.firstPath,
          "\(file): expected rows from a \(horizon.firstWeekday.name) (day 1 of the weekly hours; set horizon.startDate or horizon.firstWeekday), found rows from \(named), a \(named.weekday.name)"
        )
        return nil
      }
      date = named
      source = file
    }
    return .some(date)
  }

  /// Returns the values when none is nil.
  private func all<T>(_ values: [T?]) -> [T]? {
    let present = values.compactMap { $0 }
    return present.count == values.count ? present : nil
  }

  private func decodeCosts(_ node: JSONNode) -> Costs? {
    guard
      let object = context.object(
        node, at: "costs",
        allowed: [
          "currency", "overhead", "abandonedContact", "fteHoursPerWeek", "seatPerWeek",
          "escalation", "operatingDaysPerWeek",
        ])
    else { return nil }
    let currency =
      object.optional("currency").map { context.string($0, at: "costs.currency") } ?? "EUR"
    let overhead = object.optional("overhead").map { context.share($0, at: "costs.overhead") } ?? 0
    let abandoned =
      object.optional("abandonedContact").map {
        context.number(
          $0, at: "costs.abandonedContact", in: 0...1e9, what: "a cost per abandoned contact ≥ 0")
      } ?? 0
    let fteHours =
      object.optional("fteHoursPerWeek").map {
        context.number(
          $0, at: "costs.fteHoursPerWeek", in: 1...168, what: "hours per week from 1 to 168")
      } ?? 37.5
    let seat =
      object.optional("seatPerWeek").map {
        context.number(
          $0, at: "costs.seatPerWeek", in: 0...1e9, what: "a cost per seat per week ≥ 0")
      } ?? 0
    let escalation =
      object.optional("escalation").map {
        context.number($0, at: "costs.escalation", in: 0...1e9, what: "a cost per escalation ≥ 0")
      } ?? 0
    let operatingDays =
      object.optional("operatingDaysPerWeek").map {
        context.number($0, at: "costs.operatingDaysPerWeek", in: 1...7, what: "days from 1 to 7")
      } ?? 7
    guard let currency, let overhead, let abandoned, let fteHours, let seat, let escalation,
      let operatingDays
    else { return nil }
    return Costs(
      currency: currency, overhead: overhead, abandonedContact: abandoned,
      fteHoursPerWeek: fteHours,
      seatPerWeek: seat, escalation: escalation, operatingDaysPerWeek: operatingDays)
  }

  private func decodeUncertainty(_ node: JSONNode) -> Double? {
    guard let object = context.object(node, at: "demandUncertainty", allowed: ["dayFactorCV"])
    else { return nil }
    return object.optional("dayFactorCV").map {
      context.share($0, at: "demandUncertainty.dayFactorCV")
    } ?? 0
  }

  private func decodeSimulation(_ node: JSONNode, defaultWarmup: Int) -> SimulationSettings? {
    guard
      let object = context.object(
        node, at: "simulation", allowed: ["replications", "seed", "warmupDays"])
    else {
      return nil
    }
    let replications =
      object.optional("replications").map {
        context.integer(
          $0, at: "simulation.replications", minimum: 1,
          maximum: ScenarioRules.maxReplications, what: "a whole number from 1 to 1,000,000")
      } ?? 20
    let seed =
      object.optional("seed").map {
        context.integer($0, at: "simulation.seed", minimum: 0, what: "a whole number ≥ 0")
      } ?? 1
    let warmup =
      object.optional("warmupDays").map {
        context.integer(
          $0, at: "simulation.warmupDays", minimum: 0, maximum: ScenarioRules.maxWarmupDays,
          what: ScenarioRules.warmupDays)
      } ?? defaultWarmup
    guard let replications, let seed, let warmup else { return nil }
    return SimulationSettings(replications: replications, seed: UInt64(seed), warmupDays: warmup)
  }
}
