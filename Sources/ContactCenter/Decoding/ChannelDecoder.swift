/// Decodes one entry of `channels[]`.
struct ChannelDecoder {
  let context: DecodingContext
  let files: ScenarioFiles
  let horizon: Horizon

  static let keys = [
    "id", "kind", "demand", "handleTime", "patience", "concurrency", "sla", "deflection",
    "priority", "initialBacklog",
  ]

  /// Returns the channel, or nil when any of its values is wrong, and in both cases what the
  /// reference checks need (its id and whether it carries demand) as far as it was readable.
  func decode(_ node: JSONNode, at path: String) -> (
    channel: Channel?, entry: ReferenceOutline.ChannelEntry
  ) {
    guard let object = context.object(node, at: path, allowed: Self.keys) else {
      return (nil, ReferenceOutline.ChannelEntry(id: nil, carriesDemand: nil))
    }
    var entry = ReferenceOutline.ChannelEntry(id: nil, carriesDemand: nil)
    let channel = decode(object, entry: &entry)
    return (channel, entry)
  }

  private func decode(_ object: ObjectView, entry: inout ReferenceOutline.ChannelEntry) -> Channel?
  {
    let kinds = ChannelKind.allCases.map(\.rawValue)
    let id = object.required("id", "a channel id string").flatMap {
      context.string($0, at: object.path("id"))
    }
    var kind: ChannelKind?
    if let kindNode = object.required("kind", "one of \(kinds.joined(separator: ", "))") {
      if case .string(let text) = kindNode.content, let parsed = ChannelKind(rawValue: text) {
        kind = parsed
      } else {
        let guess: String? = {
          if case .string(let text) = kindNode.content {
            return Suggestion.closest(to: text, among: kinds)
          }
          return nil
        }()
        context.expected(
          "one of \(kinds.joined(separator: ", "))", at: object.path("kind"), found: kindNode,
          hint: guess.map { "did you mean '\($0)'?" })
      }
    }
    let distributions = DistributionDecoder(context: context, files: files)
    let demandSpec = object.required(
      "demand", "an array per interval, {\"daily\", \"profile\"} or {\"csv\"}"
    )
    .flatMap { decodeDemandSpec($0, at: object.path("demand"), channelID: id ?? "") }
    let demand = demandSpec.flatMap { resolve($0, at: object.path("demand")) }
    let handleTime = object.required(
      "handleTime", "a distribution such as {\"distribution\": \"exponential\", \"mean\": \"3m\"}"
    )
    .flatMap { distributions.decode($0, at: object.path("handleTime")) }
    var patience: DistributionSpec?
    if let node = object.optional("patience") {
      if let kind, !kind.isRealTime {
        context.report(
          object.path("patience"), node.position,
          "patience applies to real-time channels (voice, chat, sms) only; \(kind.rawValue) customers do not hang up — remove it"
        )
      } else {
        patience = distributions.decode(node, at: object.path("patience"))
      }
    }
    var concurrency: Concurrency?
    if let node = object.optional("concurrency") {
      if let kind, kind != .chat {
        context.report(
          object.path("concurrency"), node.position,
          "concurrency applies to chat channels only, found it on a \(kind.rawValue) channel")
      } else {
        concurrency = decodeConcurrency(node, at: object.path("concurrency"))
      }
    }
    let sla = object.required("sla", "{\"percent\": 80, \"within\": \"20s\"}").flatMap {
      decodeSLA($0, at: object.path("sla"))
    }
    let deflection =
      object.optional("deflection").map { context.share($0, at: object.path("deflection")) } ?? 0
    let priority = object.optional("priority").map {
      context.integer(
        $0, at: object.path("priority"), minimum: 1, what: "a whole number ≥ 1 (1 is the highest)")
    }
    var backlog: Double? = 0
    if let node = object.optional("initialBacklog") {
      if let kind, kind.isRealTime {
        context.report(
          object.path("initialBacklog"), node.position,
          "initialBacklog applies to deferrable channels (email, social) only, found it on a \(kind.rawValue) channel"
        )
        backlog = nil
      } else {
        backlog = context.number(
          node, at: object.path("initialBacklog"), in: 0...ScenarioRules.maxBacklog,
          what: ScenarioRules.backlog)
      }
    }
    entry.id = id
    if let demand, demand.reduce(0, +) > 0 {
      entry.carriesDemand = true
    } else if let demand, let backlog {
      entry.carriesDemand = demand.reduce(0, +) > 0 || backlog > 0
    }
    guard let id, let kind, let demandSpec, let demand, let handleTime, let sla, let deflection,
      let backlog
    else { return nil }
    if case .some(.none) = priority { return nil }
    return Channel(
      id: id, kind: kind, demandSpec: demandSpec, demand: demand, handleTime: handleTime,
      patience: patience, concurrency: concurrency, sla: sla, deflection: deflection,
      priority: priority ?? nil, initialBacklog: backlog)
  }

  private func decodeSLA(_ node: JSONNode, at path: String) -> ServiceLevelTarget? {
    guard let object = context.object(node, at: path, allowed: ["percent", "within", "definition"])
    else {
      return nil
    }
    let percent = object.required("percent", "a percentage such as 80 or \"80%\"").flatMap {
      context.percent($0, at: object.path("percent"))
    }
    let within = object.required("within", "a duration such as \"20s\"").flatMap {
      context.duration($0, at: object.path("within"))
    }
    var definition: ServiceLevelDefinition? = .offered
    if let node = object.optional("definition") {
      let names = ServiceLevelDefinition.allCases.map(\.rawValue)
      if case .string(let text) = node.content, let parsed = ServiceLevelDefinition(rawValue: text)
      {
        definition = parsed
      } else {
        context.expected(
          "one of \(names.joined(separator: ", "))", at: object.path("definition"), found: node)
        definition = nil
      }
    }
    guard let percent, let within, let definition else { return nil }
    return ServiceLevelTarget(percent: percent, withinSeconds: within, definition: definition)
  }

  private func decodeConcurrency(_ node: JSONNode, at path: String) -> Concurrency? {
    guard let object = context.object(node, at: path, allowed: ["max", "handleTimeFactor"]),
      let maxNode = object.required("max", "the most chats one agent holds, a whole number ≥ 1"),
      let max = context.integer(
        maxNode, at: object.path("max"), minimum: 1, what: "a whole number ≥ 1")
    else { return nil }
    guard max <= 50 else {
      context.report(
        object.path("max"), maxNode.position, "expected at most 50 chats at once, found \(max)")
      return nil
    }
    guard let factorNode = object.optional("handleTimeFactor") else {
      return Concurrency(max: max, handleTimeFactor: Array(repeating: 1, count: max))
    }
    guard
      let factors = context.numbers(
        factorNode, at: object.path("handleTimeFactor"), in: 0.01...100, what: ScenarioRules.factor)
    else { return nil }
    guard factors.count == max else {
      context.report(
        object.path("handleTimeFactor"), factorNode.position,
        "expected \(max) factors (one per concurrency level 1…\(max)), found \(factors.count)")
      return nil
    }
    return Concurrency(max: max, handleTimeFactor: factors)
  }

  private func decodeDemandSpec(_ node: JSONNode, at path: String, channelID: String) -> DemandSpec?
  {
    switch node.content {
    case .array:
      return context.numbers(node, at: path, in: 0...1e12, what: ScenarioRules.contacts).map {
        .perInterval($0)
      }
    case .object(let members):
      let isCSV = members.contains { $0.key == "csv" }
      let allowed = isCSV ? ["csv", "column"] : ["daily", "profile"]
      guard let object = context.object(node, at: path, allowed: allowed) else { return nil }
      if isCSV {
        guard
          let file = object.required("csv", "a file name").flatMap({
            context.string($0, at: object.path("csv"))
          })
        else { return nil }
        let column = object.optional("column").flatMap {
          context.string($0, at: object.path("column"))
        }
        return .csv(file: file, column: column ?? channelID)
      }
      guard let dailyNode = object.required("daily", "contacts per day: a number, or one per day")
      else {
        return nil
      }
      let totals: [Double]?
      if case .array = dailyNode.content {
        totals = context.numbers(
          dailyNode, at: object.path("daily"), in: 0...1e12, what: ScenarioRules.contacts)
      } else {
        totals = context.number(
          dailyNode, at: object.path("daily"), in: 0...1e12, what: ScenarioRules.contacts
        )
        .map { [$0] }
      }
      if let node = object.optional("profile"), case .object = node.content {
        let profiles = weekdayProfiles(node, at: object.path("profile"))
        guard let totals, let profiles else { return nil }
        return .dailyByWeekday(totals: totals, profiles: profiles)
      }
      let profile = object.optional("profile").map {
        context.numbers($0, at: object.path("profile"), in: 0...1e12, what: "a weight ≥ 0")
      }
      guard let totals else { return nil }
      if case .some(.none) = profile { return nil }
      return .daily(totals: totals, profile: profile ?? nil)
    default:
      context.expected(
        "an array of contacts per interval, {\"daily\": …, \"profile\": […]} or {\"csv\": \"file.csv\"}",
        at: path, found: node)
      return nil
    }
  }
}
