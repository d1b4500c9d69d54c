/// Decodes one entry of `pools[]`.
struct PoolDecoder {
  let context: DecodingContext
  let horizon: Horizon

  static let keys = [
    "id", "tier", "skills", "staffing", "hourlyCost", "fcr", "escalateTo", "overflow",
  ]

  /// Returns the pool, or nil when any of its values is wrong, and what the reference checks
  /// need when all of that (id, tier, skills, fcr, escalateTo) was readable.
  func decode(_ node: JSONNode, at path: String) -> (
    pool: Pool?, entry: ReferenceOutline.PoolEntry?
  ) {
    guard let object = context.object(node, at: path, allowed: Self.keys) else { return (nil, nil) }
    var entry: ReferenceOutline.PoolEntry?
    let pool = decode(object, entry: &entry)
    return (pool, entry)
  }

  private func decode(_ object: ObjectView, entry: inout ReferenceOutline.PoolEntry?) -> Pool? {
    let id = object.required("id", "a pool id string").flatMap {
      context.string($0, at: object.path("id"))
    }
    let tier = object.required("tier", ScenarioRules.tier).flatMap {
      context.integer(
        $0, at: object.path("tier"), minimum: 1, maximum: ScenarioRules.maxTier,
        what: ScenarioRules.tier)
    }
    let skills = object.required("skills", "an array of channel ids").flatMap {
      decodeSkills($0, at: object.path("skills"))
    }
    let staffing = object.optional("staffing").map {
      decodeStaffing($0, at: object.path("staffing"))
    }
    let hourlyCost = object.optional("hourlyCost").map {
      context.number(
        $0, at: object.path("hourlyCost"), in: 0...1e9, what: ScenarioRules.hourlyCost)
    }
    var fcr: [String: Double]? = [:]
    if let node = object.optional("fcr"), case .object(let members) = node.content {
      context.remember(object.path("fcr"), node.position)
      for member in members {
        let memberPath = "\(object.path("fcr")).\(member.key)"
        context.remember(memberPath, member.value.position)
        if let share = context.share(member.value, at: memberPath) {
          fcr?[member.key] = share
        } else {
          fcr = nil
        }
      }
    } else if let node = object.optional("fcr") {
      context.expected(
        "an object of shares per channel, such as {\"voice\": 0.72}", at: object.path("fcr"),
        found: node)
      fcr = nil
    }
    let escalateTo = object.optional("escalateTo").map {
      context.string($0, at: object.path("escalateTo"))
    }
    let overflow =
      object.optional("overflow").map { context.bool($0, at: object.path("overflow")) } ?? false
    if let id, let tier, let skills, let fcr, escalateTo != .some(nil) {
      entry = ReferenceOutline.PoolEntry(
        id: id, tier: tier, skills: skills.map(\.channel), fcr: fcr, escalateTo: escalateTo ?? nil)
    }
    guard let id, let tier, let skills, let fcr, let overflow else { return nil }
    if case .some(.none) = escalateTo { return nil }
    if case .some(.none) = staffing { return nil }
    if case .some(.none) = hourlyCost { return nil }
    return Pool(
      id: id, tier: tier, skills: skills, staffing: staffing ?? nil,
      hourlyCost: hourlyCost ?? nil, fcr: fcr, escalateTo: escalateTo ?? nil, overflow: overflow)
  }

  private func decodeSkills(_ node: JSONNode, at path: String) -> [Skill]? {
    guard let items = context.array(node, at: path, of: "channel ids") else { return nil }
    if items.isEmpty {
      context.report(path, node.position, "expected at least one channel id, found an empty array")
      return nil
    }
    var skills: [Skill] = []
    var ok = true
    for (i, item) in items.enumerated() {
      let itemPath = "\(path)[\(i)]"
      switch item.content {
      case .string(let channel):
        skills.append(Skill(channel: channel, handleTimeFactor: 1))
      case .object:
        guard
          let object = context.object(
            item, at: itemPath, allowed: ["channel", "handleTimeFactor"]),
          let channel = object.required("channel", "a channel id").flatMap({
            context.string($0, at: object.path("channel"))
          })
        else {
          ok = false
          continue
        }
        let factor =
          object.optional("handleTimeFactor").map {
            context.number(
              $0, at: object.path("handleTimeFactor"), in: 0.01...100, what: ScenarioRules.factor)
          } ?? 1
        guard let factor else {
          ok = false
          continue
        }
        skills.append(Skill(channel: channel, handleTimeFactor: factor))
      default:
        context.expected(
          "a channel id or {\"channel\": …, \"handleTimeFactor\": …}", at: itemPath, found: item)
        ok = false
      }
    }
    return ok ? skills : nil
  }

  private func decodeStaffing(_ node: JSONNode, at path: String) -> [Int]? {
    let what = ScenarioRules.headcount
    if case .array(let items) = node.content {
      var values: [Int] = []
      for (i, item) in items.enumerated() {
        context.remember("\(path)[\(i)]", item.position)
        guard
          let value = context.integer(
            item, at: "\(path)[\(i)]", minimum: 0, maximum: ScenarioRules.maxHeadcount, what: what)
        else {
          return nil
        }
        values.append(value)
      }
      if let spread = horizon.spread(values) { return spread }
      context.report(
        path, node.position,
        ScenarioRules.lengthProblem(values.count, of: "headcounts", horizon: horizon))
      return nil
    }
    return context.integer(
      node, at: path, minimum: 0, maximum: ScenarioRules.maxHeadcount,
      what: what + " or an array of them"
    ).map {
      Array(repeating: $0, count: horizon.openIntervals)
    }
  }
}
