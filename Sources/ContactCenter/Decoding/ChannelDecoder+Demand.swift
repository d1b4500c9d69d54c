/// Resolves a channel's demand as written to contacts per open interval of the horizon.
extension ChannelDecoder {
  /// Returns the contacts per open interval over the whole horizon.
  func resolve(_ spec: DemandSpec, at path: String) -> [Double]? {
    switch spec {
    case .perInterval(let values):
      return checkedPerInterval(values, at: path, what: "demand values")
    case .daily(let totals, let profile):
      guard checkTotals(totals, at: path) else { return nil }
      var weights = Array(repeating: 1.0, count: horizon.openIntervalsPerOpenDay ?? 0)
      if let profile {
        guard let perDay = horizon.openIntervalsPerOpenDay else {
          context.report(
            "\(path).profile",
            "expected weights per day of the week, such as {\"mon-fri\": [...], \"sat\": [...]}, since the open days differ in length (\(dayLengths())), found an array of \(profile.count)"
          )
          return nil
        }
        guard profile.count == perDay else {
          context.report(
            "\(path).profile",
            "expected \(perDay) weights (one per open interval of a day), found \(profile.count)")
          return nil
        }
        guard profile.reduce(0, +) > 0 else {
          context.report("\(path).profile", "expected weights with a positive sum, found all zeros")
          return nil
        }
        weights = profile
      } else if horizon.openIntervalsPerOpenDay == nil {
        return spread(totals) { window in
          Array(repeating: 1.0, count: horizon.openIntervals(ofWindow: window).count)
        }
      }
      return spread(totals) { _ in weights }
    case .dailyByWeekday(let totals, let profiles):
      guard checkTotals(totals, at: path), checkProfiles(profiles, at: "\(path).profile")
      else { return nil }
      return spread(totals) { window in
        profiles[horizon.weekday(ofDay: horizon.windows[window].day).rawValue] ?? []
      }
    case .csv(let file, let column):
      return files.forecastColumn(
        file, column: column, horizon: horizon, at: "\(path).csv", context: context
      ).flatMap { horizon.spread($0) }
    }
  }

  /// Returns each window's daily total spread by its weights (`weights(window)`).
  private func spread(_ totals: [Double], weights: (Int) -> [Double]) -> [Double] {
    var demand: [Double] = []
    demand.reserveCapacity(horizon.openIntervals)
    for (w, window) in horizon.windows.enumerated() {
      let total = totals.count == 1 ? totals[0] : totals[window.day]
      let shares = weights(w)
      let sum = shares.reduce(0, +)
      demand.append(contentsOf: shares.map { total * $0 / sum })
    }
    return demand
  }

  /// Checks daily totals: one number (every open day), or one per day with 0 on closed days.
  private func checkTotals(_ totals: [Double], at path: String) -> Bool {
    let days = horizon.days
    guard totals.count == 1 || totals.count == days else {
      context.report(
        "\(path).daily",
        "expected one daily total or \(days) (one per day), found \(totals.count)")
      return false
    }
    guard totals.count == days else { return true }
    for day in 0..<days where totals[day] > 0 && horizon.openIntervals(ofDay: day).isEmpty {
      context.report(
        "\(path).daily[\(day)]",
        "expected 0 contacts on day \(day + 1) (a \(horizon.weekday(ofDay: day).name), closed in horizon.hours), found \(JSONNode.format(totals[day]))"
      )
      return false
    }
    return true
  }

  /// Checks a profile per weekday: every weekday open in the horizon has one with a weight
  /// per open interval of its window and a positive sum; a closed weekday has none.
  private func checkProfiles(_ profiles: [[Double]?], at path: String) -> Bool {
    var ok = true
    for weekday in Weekday.allCases {
      let window = horizon.windows.firstIndex { horizon.weekday(ofDay: $0.day) == weekday }
      let profile = profiles[weekday.rawValue]
      let key = "\(path).\(weekday.name)"
      switch (window, profile) {
      case (nil, nil): continue
      case (nil, .some):
        context.report(
          path,
          "expected no profile for \(weekday.name) (no window of the horizon opens on it), found one; remove it"
        )
        ok = false
      case (.some, nil):
        context.report(
          path, "expected a profile for every open day of the week, missing \(weekday.name)")
        ok = false
      case (.some(let w), .some(let weights)):
        let count = horizon.openIntervals(ofWindow: w).count
        if weights.count != count {
          let hours = horizon.hours(ofDay: horizon.windows[w].day)?.text ?? ""
          context.report(
            path,
            "expected \(count) weights for \(weekday.name) (one per open interval of \(hours)), found \(weights.count)"
          )
          ok = false
        } else if weights.reduce(0, +) <= 0 {
          context.report(key, "expected weights with a positive sum, found all zeros")
          ok = false
        }
      }
    }
    return ok
  }

  /// Returns each distinct day length with the first weekday that has it, such as
  /// "mon 48, sat 16 intervals".
  private func dayLengths() -> String {
    var seen: [Int] = []
    var entries: [String] = []
    for (w, window) in horizon.windows.enumerated() {
      let count = horizon.openIntervals(ofWindow: w).count
      guard !seen.contains(count) else { continue }
      seen.append(count)
      entries.append("\(horizon.weekday(ofDay: window.day).name) \(count)")
    }
    return entries.joined(separator: ", ") + " intervals"
  }

  /// Returns the profile of each weekday (Monday first) from `{"mon-fri": [...], "sat": [...]}`,
  /// or nil after an issue (unknown day, a day twice, a weight < 0).
  func weekdayProfiles(_ node: JSONNode, at path: String) -> [[Double]?]? {
    guard case .object(let members) = node.content else { return nil }
    context.remember(path, node.position)
    var profiles = [[Double]?](repeating: nil, count: 7)
    let (entries, _, valid) = context.weekdayMembers(members, at: path)
    var ok = valid
    for entry in entries {
      let weights = context.numbers(entry.value, at: entry.path, in: 0...1e12, what: "a weight ≥ 0")
      for day in entry.days { profiles[day.rawValue] = weights }
      if weights == nil { ok = false }
    }
    return ok ? profiles : nil
  }

  /// Returns a per-interval array over the whole horizon, or nil after reporting its length.
  func checkedPerInterval(_ values: [Double], at path: String, what: String) -> [Double]? {
    if let spread = horizon.spread(values) { return spread }
    context.report(path, ScenarioRules.lengthProblem(values.count, of: what, horizon: horizon))
    return nil
  }
}
