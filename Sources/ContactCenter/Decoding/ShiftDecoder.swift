/// Decodes `shifts[]`: the shift types `ccplan schedule` rosters with.
struct ShiftDecoder {
  let context: DecodingContext
  let horizon: Horizon

  static let keys = [
    "id", "pools", "length", "earliestStart", "latestStart", "startStep", "breaks",
    "costMultiplier", "min", "max", "workDays",
  ]

  /// Returns the shift types, or nil with issues; pool ids are checked against `poolIDs`
  /// when the pools could be read.
  func decode(_ node: JSONNode, poolIDs: [String]?) -> [ShiftType]? {
    guard let items = context.array(node, at: "shifts", of: "shift types") else { return nil }
    if items.isEmpty {
      context.report(
        "shifts", node.position, "expected at least one shift type, found an empty array")
      return nil
    }
    if horizon.uniformDay == nil {
      context.report(
        "shifts", node.position,
        "expected a horizon with the same opening hours every day (`open`/`close`, or 24/7) for "
          + "shift rules, found weekly or overnight hours; ccplan schedule does not roster those yet"
      )
      return nil
    }
    var types: [ShiftType?] = []
    var seen: [String: Int] = [:]
    for (i, item) in items.enumerated() {
      let path = "shifts[\(i)]"
      let type = decodeType(item, at: path, poolIDs: poolIDs)
      if let id = type?.id {
        if let first = seen[id] {
          context.report(
            "\(path).id",
            "expected a shift id not used before, found \(JSONText.quote(id)) (also shifts[\(first)])"
          )
          types.append(nil)
          continue
        }
        seen[id] = i
      }
      types.append(type)
    }
    let present = types.compactMap { $0 }
    return present.count == types.count ? present : nil
  }

  private func decodeType(_ node: JSONNode, at path: String, poolIDs: [String]?) -> ShiftType? {
    guard let object = context.object(node, at: path, allowed: Self.keys) else { return nil }
    let id = object.required("id", "a shift id string").flatMap {
      context.string($0, at: object.path("id"))
    }
    let pools = object.optional("pools").map { decodePools($0, at: object.path("pools"), poolIDs) }
    let length = object.required("length", "the shift's length, such as \"8.5h\"").flatMap {
      interval($0, at: object.path("length"), positive: true)
    }
    let step =
      object.optional("startStep").map {
        interval($0, at: object.path("startStep"), positive: true)
      }
      ?? horizon.intervalSeconds
    let earliest = object.optional("earliestStart").map {
      clock($0, at: object.path("earliestStart"))
    }
    let latest = object.optional("latestStart").map { clock($0, at: object.path("latestStart")) }
    let breaks =
      object.optional("breaks").map { decodeBreaks($0, at: object.path("breaks")) } ?? []
    let multiplier =
      object.optional("costMultiplier").map {
        context.number(
          $0, at: object.path("costMultiplier"), in: 0.01...100, what: "a factor from 0.01 to 100")
      } ?? 1
    let minimum =
      object.optional("min").map {
        context.integer($0, at: object.path("min"), minimum: 0, maximum: ScenarioRules.maxHeadcount)
      } ?? 0
    let maximum = object.optional("max").map {
      context.integer($0, at: object.path("max"), minimum: 0, maximum: ScenarioRules.maxHeadcount)
    }
    let workDays = object.optional("workDays").map {
      decodeWorkDays($0, at: object.path("workDays"))
    }
    guard let id, let length, let step, let breaks, let multiplier, let minimum else { return nil }
    if case .some(.none) = pools { return nil }
    if case .some(.none) = earliest { return nil }
    if case .some(.none) = latest { return nil }
    if case .some(.none) = maximum { return nil }
    if case .some(.none) = workDays { return nil }
    let open = horizon.openSeconds
    let close = horizon.closeSeconds
    let wraps = horizon.isAlwaysOpen
    let first = (earliest ?? nil) ?? open
    let last = (latest ?? nil) ?? (wraps ? close - step : close - length)
    var ok = true
    if length > Horizon.daySeconds || (!wraps && length > close - open) {
      context.report(
        object.path("length"),
        "expected a shift that fits in the open hours (\(Units.formatDuration(close - open))), found \(Units.formatDuration(length))"
      )
      return nil
    }
    if first < open || (!wraps && first + length > close) {
      context.report(
        object.path(earliest == nil ? "length" : "earliestStart"),
        "expected an earliest start from \(TimeOfDay.format(seconds: open)) with the shift ending by \(TimeOfDay.format(seconds: close)), found \(TimeOfDay.format(seconds: first))"
      )
      ok = false
    }
    if last < first || (!wraps && last + length > close) || last >= Horizon.daySeconds {
      context.report(
        object.path(latest == nil ? "length" : "latestStart"),
        "expected a latest start from the earliest start \(TimeOfDay.format(seconds: first)) "
          + (wraps
            ? "to before 24:00" : "with the shift ending by \(TimeOfDay.format(seconds: close))")
          + ", found \(TimeOfDay.format(seconds: last))")
      ok = false
    }
    for (b, item) in breaks.enumerated() where item.beforeSeconds + item.lengthSeconds > length {
      context.report(
        object.path("breaks[\(b)].before"),
        "expected a break ending within the shift's \(Units.formatDuration(length)), found it may end \(Units.formatDuration(item.beforeSeconds + item.lengthSeconds)) after the start"
      )
      ok = false
    }
    if let maximum = maximum ?? nil, maximum < minimum {
      context.report(
        object.path("max"), "expected a maximum ≥ min (\(minimum)), found \(maximum)")
      ok = false
    }
    guard ok else { return nil }
    return ShiftType(
      id: id, pools: pools ?? nil, lengthSeconds: length, earliestStartSeconds: first,
      latestStartSeconds: last, startStepSeconds: step, breaks: breaks,
      costMultiplier: multiplier, minimum: minimum, maximum: maximum ?? nil,
      workDays: workDays ?? nil)
  }

  /// Returns a duration that is a whole number of intervals, or nil with an issue.
  private func interval(_ node: JSONNode, at path: String, positive: Bool) -> Double? {
    guard let seconds = context.duration(node, at: path, positive: positive) else { return nil }
    let count = seconds / horizon.intervalSeconds
    guard count.rounded() == count else {
      context.expected(
        "a whole number of intervals (a multiple of \(Units.formatDuration(horizon.intervalSeconds)))",
        at: path, found: node)
      return nil
    }
    return seconds
  }

  private func clock(_ node: JSONNode, at path: String) -> Double? {
    guard case .string(let text) = node.content, let seconds = TimeOfDay.parse(text) else {
      context.expected("a time of day \"HH:MM\"", at: path, found: node)
      return nil
    }
    if let problem = ScenarioRules.boundaryProblem(seconds, interval: horizon.intervalSeconds) {
      context.report(path, node.position, problem)
      return nil
    }
    return seconds
  }

  private func decodePools(_ node: JSONNode, at path: String, _ poolIDs: [String]?) -> [String]? {
    guard let items = context.array(node, at: path, of: "pool ids"), !items.isEmpty else {
      if case .array = node.content {
        context.report(path, node.position, "expected at least one pool id, found an empty array")
      }
      return nil
    }
    var ids: [String] = []
    for (i, item) in items.enumerated() {
      guard let id = context.string(item, at: "\(path)[\(i)]") else { return nil }
      if let poolIDs, !poolIDs.contains(id) {
        var message =
          "expected one of the scenario's pools (\(poolIDs.joined(separator: ", "))), found \(JSONText.quote(id))"
        if let guess = Suggestion.closest(to: id, among: poolIDs) {
          message += "; did you mean '\(guess)'?"
        }
        context.report("\(path)[\(i)]", item.position, message)
        return nil
      }
      ids.append(id)
    }
    return ids
  }

  private func decodeBreaks(_ node: JSONNode, at path: String) -> [ShiftBreak]? {
    guard let items = context.array(node, at: path, of: "breaks") else { return nil }
    var breaks: [ShiftBreak] = []
    for (i, item) in items.enumerated() {
      let itemPath = "\(path)[\(i)]"
      guard
        let object = context.object(
          item, at: itemPath, allowed: ["length", "paid", "after", "before"])
      else { return nil }
      let length = object.required("length", "the break's length, such as \"30m\"").flatMap {
        interval($0, at: object.path("length"), positive: true)
      }
      let paid = object.required("paid", "true or false (whether the break is paid)").flatMap {
        context.bool($0, at: object.path("paid"))
      }
      let after = object.required("after", "the earliest start after the shift's, such as \"3h\"")
        .flatMap { interval($0, at: object.path("after"), positive: false) }
      let before = object.required("before", "the latest start after the shift's, such as \"5h\"")
        .flatMap { interval($0, at: object.path("before"), positive: false) }
      guard let length, let paid, let after, let before else { return nil }
      guard before >= after else {
        context.report(
          object.path("before"),
          "expected a latest start ≥ after (\(Units.formatDuration(after))), found \(Units.formatDuration(before))"
        )
        return nil
      }
      breaks.append(
        ShiftBreak(lengthSeconds: length, paid: paid, afterSeconds: after, beforeSeconds: before))
    }
    return breaks
  }

  private func decodeWorkDays(_ node: JSONNode, at path: String) -> WorkDays? {
    guard let object = context.object(node, at: path, allowed: ["count", "consecutive"]) else {
      return nil
    }
    let count = object.required("count", "the days worked of the horizon's").flatMap {
      context.integer(
        $0, at: object.path("count"), minimum: 1, maximum: horizon.days,
        what: "a number of days worked from 1 to the horizon's \(horizon.days)")
    }
    let consecutive =
      object.optional("consecutive").map { context.bool($0, at: object.path("consecutive")) }
      ?? false
    guard let count, let consecutive else { return nil }
    return WorkDays(count: count, consecutive: consecutive)
  }
}
