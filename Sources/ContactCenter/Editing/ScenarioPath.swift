/// A path into a scenario by ids, such as `channels[voice].handleTime.mean` or
/// `pools[tier1].staffing`: the field a sweep parameter or a what-if override changes.
///
/// Paths name channels and pools by id, never by position, so a path keeps its meaning
/// when the file's order changes. `parse(_:in:)` checks the ids against a scenario and
/// suggests the closest id or field name when one is misspelt.
public struct ScenarioPath: Sendable, Hashable, CustomStringConvertible {
  /// A field of a channel that a path can name.
  public enum ChannelField: String, Sendable, Hashable, CaseIterable {
    /// The handle-time distribution's mean (a duration); the cv and shape stay.
    case handleTimeMean = "handleTime.mean"
    /// The handle-time distribution's coefficient of variation (a number ≥ 0).
    case handleTimeCV = "handleTime.cv"
    /// The patience distribution's mean (a duration); the cv and shape stay.
    case patienceMean = "patience.mean"
    /// The most chats an agent holds at once (a whole number).
    case concurrencyMax = "concurrency.max"
    /// Every interval's demand (scale only).
    case demand
    /// The share resolved by self-service.
    case deflection
    /// The SLA's target percentage.
    case slaPercent = "sla.percent"
    /// The SLA's threshold (a duration).
    case slaWithin = "sla.within"
    /// Contacts waiting at the first opening (a whole number).
    case initialBacklog
  }

  /// A field of a pool that a path can name.
  public enum PoolField: Sendable, Hashable {
    /// The scheduled headcount: set to one number everywhere, or every element scaled.
    case staffing
    /// The cost of one scheduled agent-hour.
    case hourlyCost
    /// The first-contact resolution share for a channel id.
    case fcr(String)
  }

  /// What a path names.
  public enum Target: Sendable, Hashable {
    /// A field of the channel with this id.
    case channel(String, ChannelField)
    /// A field of the pool with this id.
    case pool(String, PoolField)
    /// `shrinkage`.
    case shrinkage
    /// `occupancyCap`.
    case occupancyCap
    /// `costs.overhead`.
    case costsOverhead
    /// `costs.abandonedContact`.
    case costsAbandonedContact
    /// `demandUncertainty.dayFactorCV`.
    case dayFactorCV
  }

  /// What the path names.
  public let target: Target

  /// Returns a path naming `target`.
  public init(_ target: Target) {
    self.target = target
  }

  /// The top-level paths that are not inside a channel or a pool.
  static let scalarPaths: [(String, Target)] = [
    ("shrinkage", .shrinkage), ("occupancyCap", .occupancyCap),
    ("costs.overhead", .costsOverhead), ("costs.abandonedContact", .costsAbandonedContact),
    ("demandUncertainty.dayFactorCV", .dayFactorCV),
  ]

  /// The pool fields, as written after `pools[id].`.
  static let poolFieldNames = ["staffing", "hourlyCost", "fcr.<channel>"]

  /// Returns the path as written: `channels[voice].handleTime.mean`.
  public var description: String {
    switch target {
    case .channel(let id, let field): return "channels[\(id)].\(field.rawValue)"
    case .pool(let id, .staffing): return "pools[\(id)].staffing"
    case .pool(let id, .hourlyCost): return "pools[\(id)].hourlyCost"
    case .pool(let id, .fcr(let channel)): return "pools[\(id)].fcr.\(channel)"
    default: return Self.scalarPaths.first { $0.1 == target }?.0 ?? ""
    }
  }

  /// Returns the path in `text`, checked against `scenario`'s channel and pool ids, or
  /// throws `ScenarioPathError` saying what is unknown and the closest name.
  public static func parse(_ text: String, in scenario: Scenario) throws(ScenarioPathError)
    -> ScenarioPath
  {
    if let (_, target) = scalarPaths.first(where: { $0.0 == text }) { return ScenarioPath(target) }
    for (prefix, ids) in [
      ("channels", scenario.channels.map(\.id)), ("pools", scenario.pools.map(\.id)),
    ] where text.hasPrefix(prefix + "[") {
      let rest = text.dropFirst(prefix.count + 1)
      guard let close = rest.firstIndex(of: "]") else {
        throw ScenarioPathError(path: text, message: "expected '\(prefix)[<id>].<field>'")
      }
      let id = String(rest[..<close])
      guard ids.contains(id) else {
        let kind = prefix == "channels" ? "channel" : "pool"
        throw ScenarioPathError(
          path: text,
          message: "no \(kind) '\(id)' in the scenario"
            + didYouMean(id, ids) + " (\(prefix): \(ids.joined(separator: ", ")))")
      }
      var field = String(rest[rest.index(after: close)...])
      guard field.hasPrefix(".") else {
        throw ScenarioPathError(path: text, message: "expected a field after '\(prefix)[\(id)]'")
      }
      field.removeFirst()
      if prefix == "channels" { return try channelPath(text, id: id, field: field) }
      return try poolPath(text, id: id, field: field, channels: scenario.channels.map(\.id))
    }
    let names = scalarPaths.map(\.0) + ["channels[<id>]", "pools[<id>]"]
    let head = String(text.prefix { $0 != "[" && $0 != "." })
    let guess =
      Suggestion.closest(to: text, among: scalarPaths.map(\.0))
      ?? Suggestion.closest(to: head, among: ["channels", "pools"]).map { "\($0)[<id>]" }
    throw ScenarioPathError(
      path: text,
      message: "unknown field" + (guess.map { "; did you mean '\($0)'?" } ?? "")
        + " (expected one of: \(names.joined(separator: ", ")))")
  }

  private static func channelPath(_ text: String, id: String, field: String)
    throws(ScenarioPathError) -> ScenarioPath
  {
    if let known = ChannelField(rawValue: field) { return ScenarioPath(.channel(id, known)) }
    let names = ChannelField.allCases.map(\.rawValue)
    throw ScenarioPathError(
      path: text,
      message: "unknown channel field '\(field)'" + didYouMean(field, names)
        + " (expected one of: \(names.joined(separator: ", ")))")
  }

  private static func poolPath(_ text: String, id: String, field: String, channels: [String])
    throws(ScenarioPathError) -> ScenarioPath
  {
    switch field {
    case "staffing": return ScenarioPath(.pool(id, .staffing))
    case "hourlyCost": return ScenarioPath(.pool(id, .hourlyCost))
    default: break
    }
    if field.hasPrefix("fcr.") {
      let channel = String(field.dropFirst(4))
      guard channels.contains(channel) else {
        throw ScenarioPathError(
          path: text,
          message: "no channel '\(channel)' in the scenario" + didYouMean(channel, channels)
            + " (channels: \(channels.joined(separator: ", ")))")
      }
      return ScenarioPath(.pool(id, .fcr(channel)))
    }
    throw ScenarioPathError(
      path: text,
      message: "unknown pool field '\(field)'"
        + didYouMean(field, ["staffing", "hourlyCost", "fcr"])
        + " (expected one of: \(poolFieldNames.joined(separator: ", ")))")
  }

  private static func didYouMean(_ word: String, _ candidates: [String]) -> String {
    Suggestion.closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// The unit in which the path's values are written and reported.
  public var valueKind: ScenarioValueKind {
    switch target {
    case .channel(_, let field):
      switch field {
      case .handleTimeMean, .patienceMean, .slaWithin: return .duration
      case .handleTimeCV: return .number
      case .concurrencyMax, .initialBacklog: return .count
      case .demand: return .factor
      case .deflection: return .share
      case .slaPercent: return .percent
      }
    case .pool(_, .staffing): return .count
    case .pool(_, .hourlyCost), .costsAbandonedContact: return .number
    case .pool(_, .fcr), .shrinkage, .occupancyCap, .costsOverhead, .dayFactorCV: return .share
    }
  }

  /// Whether the field can be set to a value (demand can only be scaled).
  public var allowsSet: Bool {
    if case .channel(_, .demand) = target { return false }
    return true
  }

  /// The channel id the path is under, if any.
  public var channelID: String? {
    if case .channel(let id, _) = target { return id }
    return nil
  }

  /// A column name for outputs, snake case with the unit: `voice_handle_time_mean_seconds`
  /// when set, `tier1_staffing_factor` when scaled.
  public func columnName(scaled: Bool) -> String {
    let stem: String
    switch target {
    case .channel(let id, let field): stem = id + "_" + Self.snake(field.rawValue)
    case .pool(let id, .staffing): stem = id + "_staffing"
    case .pool(let id, .hourlyCost): stem = id + "_hourly_cost"
    case .pool(let id, .fcr(let channel)): stem = id + "_fcr_" + channel
    default: stem = Self.snake(description)
    }
    if scaled { return stem + "_factor" }
    switch valueKind {
    case .duration: return stem + "_seconds"
    case .count where poolID != nil: return stem + "_agents"
    case .share: return stem + "_share"
    case .percent: return stem + "_percent"
    default: return stem
    }
  }

  /// The pool id the path is under, if any.
  public var poolID: String? {
    if case .pool(let id, _) = target { return id }
    return nil
  }

  /// Returns `handleTime.mean` as `handle_time_mean`.
  static func snake(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "." {
        result += "_"
      } else if character.isUppercase {
        result += "_" + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// How the values of a path are written (units as in scenario files) and checked.
public enum ScenarioValueKind: String, Sendable, Hashable {
  /// Seconds: a number, or a string with a unit (`"5m"`).
  case duration
  /// A share in [0, 1]: a fraction or a percent string (`"30%"`).
  case share
  /// A percentage in (0, 100] (`80` or `"80%"`).
  case percent
  /// A whole number ≥ 0.
  case count
  /// A plain number ≥ 0.
  case number
  /// A multiplier > 0 (demand, which can only be scaled).
  case factor
}

/// A path that does not name a field of the scenario, or an override of it that cannot be
/// applied or leaves the scenario invalid: what was written and what is wrong.
public struct ScenarioPathError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path as written, or the override (`channels[voice].handleTime.mean = 300`).
  public var path: String
  /// What is wrong, with a did-you-mean suggestion when one is close.
  public var message: String

  /// Returns an error about `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// Returns "path: message".
  public var description: String { "\(path): \(message)" }
}
