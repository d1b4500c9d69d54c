/// Decodes `horizon`: interval length, days, start date, and the opening hours — `open` and
/// `close` (the same every day; a closing before the opening is the next day's), or `hours`
/// per day of the week.
extension ScenarioDecoder {
  func decodeHorizon(_ node: JSONNode) -> Horizon? {
    guard
      let object = context.object(
        node, at: "horizon",
        allowed: ["intervalLength", "open", "close", "days", "startDate", "hours", "firstWeekday"])
    else {
      return nil
    }
    var interval: Double? = 900
    if let node = object.optional("intervalLength"),
      let seconds = context.duration(node, at: "horizon.intervalLength")
    {
      if let problem = ScenarioRules.intervalLengthProblem(seconds) {
        context.report("horizon.intervalLength", node.position, problem)
        interval = nil
      } else {
        interval = seconds
      }
    } else if object.optional("intervalLength") != nil {
      interval = nil
    }
    let open = object.optional("open").map { clock($0, at: "horizon.open") }
    let close = object.optional("close").map { clock($0, at: "horizon.close") }
    var startDate: CalendarDate?? = .some(nil)
    if let node = object.optional("startDate") {
      if case .string(let text) = node.content, let date = CalendarDate.parse(text) {
        startDate = date
      } else {
        context.expected("a date \"YYYY-MM-DD\"", at: "horizon.startDate", found: node)
        startDate = nil
      }
    }
    let days =
      object.optional("days").map {
        context.integer(
          $0, at: "horizon.days", minimum: 1, what: "a number of days, a whole number from 1 to 366"
        )
      } ?? 1
    let weekly = object.optional("hours").map { decodeWeek($0) }
    let first = object.optional("firstWeekday").map { node -> Weekday? in
      if case .string(let text) = node.content, let day = Weekday.parse(text) { return day }
      context.expected(
        "a day of the week (\(Weekday.names.joined(separator: ", ")))", at: "horizon.firstWeekday",
        found: node)
      return nil
    }
    guard let interval, let days, let startDate else { return nil }
    if days > 366 {
      context.report("horizon.days", "expected a number of days from 1 to 366, found \(days)")
      return nil
    }
    let hours: OpeningHours
    var keys: [Weekday: String] = [:]
    switch (open, close, weekly) {
    case (nil, nil, nil):
      if first != nil {
        context.report(
          "horizon.firstWeekday",
          "expected 'firstWeekday' only with 'hours' (the weekly form), found it with hours the same every day; remove it"
        )
        return nil
      }
      hours = .daily(DailyHours(openSeconds: 0, closeSeconds: Horizon.daySeconds))
    case (.some(let openAt?), .some(let closeAt?), nil):
      if first != nil {
        context.report(
          "horizon.firstWeekday",
          "expected 'firstWeekday' only with 'hours' (the weekly form), found it with 'open' and 'close'; remove it"
        )
        return nil
      }
      hours = .daily(DailyHours(openSeconds: openAt, closeSeconds: closeAt))
    case (nil, nil, .some(let week?)):
      if case .some(nil) = first { return nil }
      let first = first ?? nil
      if let first, let startDate, startDate.weekday != first {
        context.report(
          "horizon.firstWeekday",
          "expected the weekday of horizon.startDate \(startDate) (\(startDate.weekday.name)), found '\(first.name)'; give one of the two"
        )
        return nil
      }
      hours = .weekly(week.days, firstWeekday: first)
      keys = week.keys
    case (nil, nil, .some(nil)), (.some(nil), _, _), (_, .some(nil), _):
      return nil
    case (_, _, .some):
      context.report(
        "horizon.hours",
        "expected either 'hours' (per day of the week) or 'open' and 'close' (every day), found both; remove 'open' and 'close'"
      )
      return nil
    default:
      let missing = open == nil ? "open" : "close"
      context.report(
        "horizon.\(missing)", object.node.position,
        "missing '\(missing)': give both 'open' and 'close', or neither for 24/7")
      return nil
    }
    let horizon = Horizon(
      intervalSeconds: interval, hours: hours, days: days, startDate: startDate)
    let problems = HoursRules.problems(horizon)
    for problem in problems { context.report(problem.path(keys: keys), problem.message) }
    return problems.isEmpty ? horizon : nil
  }

  /// Returns the seconds after midnight of a time of day, or nil with an issue.
  private func clock(_ node: JSONNode, at path: String) -> Double? {
    if case .string(let text) = node.content, let seconds = TimeOfDay.parse(text) {
      return seconds
    }
    context.expected("a time of day \"HH:MM\" (00:00 to 24:00)", at: path, found: node)
    return nil
  }

  /// Returns the hours of each weekday (Monday first) from `{"mon-fri": ["08:00", "20:00"],
  /// "sat": …, "sun": "closed"}`, and the key that gave each day; nil after an issue.
  private func decodeWeek(_ node: JSONNode) -> (days: [DailyHours?], keys: [Weekday: String])? {
    context.remember("horizon.hours", node.position)
    guard case .object(let members) = node.content else {
      context.expected(
        "an object of days of the week, such as {\"mon-fri\": [\"08:00\", \"20:00\"], \"sun\": \"closed\"}",
        at: "horizon.hours", found: node)
      return nil
    }
    var days = [DailyHours?](repeating: nil, count: 7)
    let (entries, keys, valid) = context.weekdayMembers(members, at: "horizon.hours")
    var ok = valid
    for entry in entries {
      let value = dayHours(entry.value, at: entry.path)
      for day in entry.days {
        if case .some(let hours) = value { days[day.rawValue] = hours } else { ok = false }
      }
    }
    let missing = Weekday.allCases.filter { keys[$0] == nil }.map(\.name)
    if ok && !missing.isEmpty {
      context.report(
        "horizon.hours", node.position,
        "expected hours for every day of the week, missing \(missing.joined(separator: ", ")) (give \"\(missing[0])\": \"closed\" for a closed day)"
      )
      ok = false
    }
    return ok ? (days, keys) : nil
  }

  /// Returns one day's hours: `["HH:MM", "HH:MM"]` (opening, closing), or `.some(nil)` for
  /// `"closed"`; nil after an issue.
  private func dayHours(_ node: JSONNode, at path: String) -> DailyHours?? {
    if case .string("closed") = node.content { return .some(nil) }
    let what =
      "[\"HH:MM\", \"HH:MM\"] (opening and closing; a closing before the opening is the next day's) or \"closed\""
    guard case .array(let items) = node.content, items.count == 2 else {
      context.expected(what, at: path, found: node)
      return nil
    }
    for (i, item) in items.enumerated() { context.remember("\(path)[\(i)]", item.position) }
    guard let open = clock(items[0], at: "\(path)[0]"),
      let close = clock(items[1], at: "\(path)[1]")
    else { return nil }
    return .some(DailyHours(openSeconds: open, closeSeconds: close))
  }
}

extension DecodingContext {
  /// One member of an object keyed by days of the week: its key, the days it names, its
  /// value and its path.
  struct WeekdayMember {
    let key: String
    let days: [Weekday]
    let value: JSONNode
    let path: String
  }

  /// Returns the members of an object keyed by days of the week (`mon`, or a range such as
  /// `mon-fri`), the key that named each day, and false after reporting an unknown day
  /// (with a did-you-mean; its member is left out) or a day named twice.
  func weekdayMembers(_ members: [JSONNode.Member], at path: String) -> (
    [WeekdayMember], [Weekday: String], Bool
  ) {
    var entries: [WeekdayMember] = []
    var keys: [Weekday: String] = [:]
    var ok = true
    for member in members {
      let memberPath = "\(path).\(member.key)"
      remember(memberPath, member.value.position)
      guard let covered = Weekday.range(member.key) else {
        var message =
          "expected a day of the week (\(Weekday.names.joined(separator: ", "))) or a range such as mon-fri, found '\(member.key)'"
        let parts = member.key.split(separator: "-").map(String.init)
        if let wrong = parts.first(where: { Weekday.parse($0) == nil }),
          let guess = Weekday.parse(String(wrong.prefix(3)).lowercased())?.name
            ?? Suggestion.closest(to: wrong, among: Weekday.names)
        {
          message += "; did you mean '\(guess)'?"
        }
        report(memberPath, member.keyPosition, message)
        ok = false
        continue
      }
      for day in covered {
        if let earlier = keys[day] {
          report(
            memberPath, member.keyPosition,
            "expected each day of the week once, found \(day.name) again (already in '\(earlier)')")
          ok = false
        } else {
          keys[day] = member.key
        }
      }
      entries.append(
        WeekdayMember(key: member.key, days: covered, value: member.value, path: memberPath))
    }
    return (entries, keys, ok)
  }
}
