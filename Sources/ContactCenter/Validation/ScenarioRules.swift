/// The wording of the scenario format's value rules, shared by decoding (which sees how a
/// value was written) and `Scenario.validate()` (which sees only the value), so that one
/// mistake gets one message however it was made.
enum ScenarioRules {
  /// What a percentage (`sla.percent`) must be.
  static let percentage = "a percentage in (0, 100] (such as 80 or \"80%\")"

  /// What a share must be, in [0, upper] (1, or 0.99 for shrinkage), with the real limit.
  static func share(below upper: Double) -> String {
    "a share in [0, \(JSONNode.format(upper))] (a fraction such as 0.3, or a string such as \"30%\")"
  }

  /// What a duration must be.
  static func duration(positive: Bool) -> String {
    (positive ? "a positive duration" : "a duration ≥ 0")
      + " of at most 366d (seconds as a number, or a string such as \"20s\", \"3m\", \"1.5h\", \"2d\")"
  }

  /// The longest duration a scenario may state, 366 days: the longest horizon. Anything
  /// longer means nothing to a plan and overflows the simulation's clock arithmetic.
  static let maxDurationSeconds = 366 * 86_400.0

  /// Whether a duration in seconds is valid: finite, positive (or ≥ 0) and at most 366 days.
  static func isValidDuration(_ seconds: Double, positive: Bool) -> Bool {
    seconds.isFinite && (positive ? seconds > 0 : seconds >= 0) && seconds <= maxDurationSeconds
  }

  /// The largest headcount a pool may have in one interval: far above any contact center,
  /// and small enough that headcount arithmetic and per-agent storage stay bounded.
  static let maxHeadcount = Pool.maxHeadcount
  /// The largest initial backlog of a deferrable channel, in contacts: each is held in memory.
  static let maxBacklog = 1_000_000.0

  /// The lowest occupancy cap: below 1 % the staffing search has nothing left to plan.
  static let minOccupancyCap = 0.01
  /// What an occupancy cap must be.
  static let occupancyCap = "an occupancy cap from 1% to 100% (such as 0.85 or \"85%\")"
  /// The most warm-up days: a horizon's worth.
  static let maxWarmupDays = 366
  /// What simulation.warmupDays must be.
  static let warmupDays = "a whole number of days from 0 to 366"
  /// The most phases of an Erlang distribution (cv 1/√k ≈ 0.03 at 1,000); each draw costs k.
  static let maxPhases = 1_000
  /// What an Erlang distribution's k must be.
  static let phases =
    "a whole number of phases from 1 to 1,000 (for a smaller cv use a gamma or deterministic)"

  /// Returns nil for a scenario name that is safe as a directory name (`results/runs/<name>`):
  /// ASCII letters, digits, `-`, `_` and `.`, not empty, not starting with `.`; else why.
  static func nameProblem(_ name: String) -> String? {
    let allowed = name.unicodeScalars.allSatisfy {
      $0.isASCII
        && (("a"..."z").contains($0) || ("A"..."Z").contains($0)
          || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
    }
    guard name.isEmpty || !allowed || name.hasPrefix(".") else { return nil }
    return
      "expected a name of letters, digits, '-', '_' and '.' (not first), such as \"bank-24x7\": "
      + "it names the output directory, found \(JSONText.quote(name))"
  }

  /// Returns why an id or currency cannot be used, or nil: it is written into CSV headers
  /// and cells, so a control character (a newline, a tab, U+0000–U+001F, U+007F–U+009F)
  /// would make ccplan's own files unreadable.
  static func textProblem(_ text: String, what: String) -> String? {
    let control = text.unicodeScalars.first {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    guard let control else { return nil }
    let code = String(control.value, radix: 16, uppercase: true)
    return "expected \(what) without control characters (it is written into CSV files), "
      + "found U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) in "
      + JSONText.quote(text)
  }

  /// The highest tier: the simulator keeps statistics for every tier up to the highest used
  /// (a tier of 1e14 aborted `simulate` allocating them).
  static let maxTier = 100
  /// What a tier must be.
  static let tier = "a tier, a whole number from 1 to 100 (1 takes first contacts)"
  /// The most replications a scenario or sweep asks for.
  static let maxReplications = 1_000_000

  /// What a headcount must be.
  static let headcount = "a headcount (whole number from 0 to 1,000,000)"
  /// What an initial backlog must be.
  static let backlog = "a number of contacts from 0 to 1,000,000"
  /// What a count of contacts must be.
  static let contacts = "a number of contacts ≥ 0"
  /// What a handle-time factor must be.
  static let factor = "a positive factor"
  /// What an hourly cost must be.
  static let hourlyCost = "a cost per agent-hour ≥ 0"

  /// Returns the hint for a bare percentage below 1 (not 0), which would silently mean less
  /// than 1 %: "did you mean 80 or \"80%\"?" for 0.8; nil for any other value.
  static func fractionAsPercentHint(_ value: Double) -> String? {
    guard value > 0, value < 1 else { return nil }
    let percent = Units.percentSuggestion(forFraction: value)
    return
      "a percentage is not a fraction (\(JSONNode.format(value)) would mean \(JSONNode.format(value)) %); did you mean \(percent) or \"\(percent)%\"?"
  }

  /// Returns nil when a bare number is a share in [0, upper]; else the message, with a hint
  /// to write a percent string for a number in (1, 100].
  static func shareProblem(_ value: Double, below upper: Double = 1) -> String? {
    if value >= 0 && value <= upper { return nil }
    let found = "found the number \(JSONNode.format(value))"
    if value > 1 && value <= 100 {
      return
        "expected \(share(below: upper)), \(found); did you mean \"\(JSONNode.format(value))%\"?"
    }
    return "expected \(share(below: upper)), \(found)"
  }

  /// Returns nil for a valid interval length (at least 1 minute, dividing a day); else why.
  static func intervalLengthProblem(_ seconds: Double) -> String? {
    let perDay = Horizon.daySeconds / seconds
    guard seconds < 60 || perDay.rounded() != perDay else { return nil }
    return
      "expected an interval length of at least 1 minute that divides a day (such as \"15m\", \"30m\", \"1h\"), found \(Units.formatDuration(seconds))"
  }

  /// Returns nil when a time of day sits on an interval boundary; else why.
  static func boundaryProblem(_ seconds: Double, interval: Double) -> String? {
    guard seconds.truncatingRemainder(dividingBy: interval) != 0 else { return nil }
    return
      "expected a time on an interval boundary (a multiple of \(Units.formatDuration(interval)) after midnight), found \(TimeOfDay.format(seconds: seconds))"
  }

  /// Returns nil when one day's hours make a window (opening before 24:00, closing at another
  /// time; a closing before the opening is the next day's); else why. `wholeDay` says how to
  /// write a day that never closes.
  static func closingProblem(open: Double, close: Double, wholeDay: String) -> String? {
    if open >= Horizon.daySeconds {
      return
        "expected an opening time from 00:00 to 23:59, found \(TimeOfDay.format(seconds: open))"
    }
    guard close == open || (open == 0 && close == 0) else { return nil }
    return
      "expected a closing time other than the opening time \(TimeOfDay.format(seconds: open)) (a window lasts less than 24 h; a closing before the opening is the next day's), found \(TimeOfDay.format(seconds: close)) (\(wholeDay))"
  }

  /// How to write 24/7 in the daily form, and a whole day in the weekly form.
  static let alwaysOpen = "for 24/7 leave out open and close"
  static let wholeDay = "for a whole day give [\"00:00\", \"24:00\"]"

  /// Returns the message for a per-interval array of the wrong length, as written (one day
  /// or the whole horizon).
  static func lengthProblem(_ count: Int, of what: String, horizon: Horizon) -> String {
    guard let perDay = horizon.openIntervalsPerOpenDay else {
      return
        "expected \(horizon.openIntervals) \(what) (one per open interval of the whole horizon of \(horizon.days) days; its open days differ in length, so one day's array does not fit every day), found \(count)"
    }
    return
      "expected \(perDay) \(what) (one per open interval of a day) or \(horizon.openIntervals) (the whole horizon of \(horizon.days) days), found \(count)"
  }

  /// Returns the message for a scenario value's per-interval array of the wrong length (in a
  /// `Scenario`, arrays always cover the whole horizon).
  static func horizonLengthProblem(_ count: Int, of what: String, horizon: Horizon) -> String {
    "expected \(horizon.openIntervals) \(what) (one per open interval of the whole horizon of \(horizon.days) days), found \(count)"
  }
}
