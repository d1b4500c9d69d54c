import ContactCenter
import Testing

@testable import Simulation

/// Common random numbers (DESIGN.md): each contact's variates come from its own streams,
/// keyed by the channel id, the replication and its arrival number, so a staffing change
/// changes waits and outcomes, never who the customers are.
@Suite("Common random numbers")
struct CommonRandomNumbersTests {
  /// Two tiers, patience, FCR below 1, deflection and a chat channel: every kind of draw.
  static func text(tierOne: [Int], channelsFirst: Bool = true, extraChannel: Bool = false)
    -> String
  {
    let voice = """
      { "id": "voice", "kind": "voice", "demand": { "daily": 1200 },
        "handleTime": { "distribution": "gamma", "mean": "4m", "cv": 0.7 },
        "patience": { "distribution": "exponential", "mean": "90s" },
        "sla": { "percent": 80, "within": "20s" }, "deflection": 0.1 }
      """
    let chat = """
      { "id": "chat", "kind": "chat", "demand": { "daily": 800 },
        "handleTime": { "distribution": "lognormal", "mean": "6m", "cv": 0.8 },
        "patience": { "distribution": "exponential", "mean": "3m" },
        "concurrency": { "max": 2, "handleTimeFactor": [1, 1.3] },
        "sla": { "percent": 80, "within": "60s" } }
      """
    let sms = """
      { "id": "sms", "kind": "sms", "demand": { "daily": 300 },
        "handleTime": { "distribution": "exponential", "mean": "2m" },
        "sla": { "percent": 80, "within": "5m" } }
      """
    var channels = channelsFirst ? [voice, chat] : [chat, voice]
    if extraChannel { channels.insert(sms, at: 0) }
    let skills = extraChannel ? #"["voice", "chat", "sms"]"# : #"["voice", "chat"]"#
    return """
      { "name": "crn", "horizon": { "intervalLength": "1h", "days": 1 },
        "channels": [\(channels.joined(separator: ",\n"))],
        "pools": [
          { "id": "t1", "tier": 1, "skills": \(skills),
            "staffing": [\(tierOne.map(String.init).joined(separator: ", "))], "hourlyCost": 20,
            "fcr": { "voice": 0.7, "chat": 0.8 }, "escalateTo": "t2" },
          { "id": "t2", "tier": 2, "skills": ["voice", "chat"], "staffing": 3,
            "hourlyCost": 35 } ],
        "simulation": { "replications": 2, "seed": 5, "warmupDays": 1 } }
      """
  }

  /// Returns the draws of replication `replication`, sorted, grouped by contact key.
  static func draws(_ text: String, replication: Int = 0) throws -> [ContactDraw] {
    let model = try CompiledModel(scenario: scenario(text))
    var simulator = ContactCenterSimulator(
      model: model, seed: 5, replication: replication, recordingDraws: true)
    _ = simulator.run()
    return simulator.draws.sorted()
  }

  /// Returns, for each contact key, its draws in journey order (visit, purpose).
  static func byContact(_ draws: [ContactDraw]) -> [UInt64: [ContactDraw]] {
    Dictionary(grouping: draws, by: \.key)
  }

  /// Returns a draw's (visit, purpose) as one number.
  static func slot(_ draw: ContactDraw) -> Int { Int(draw.visit) * 64 + Int(draw.purpose) }

  @Test("Adding one Tier-1 agent in one interval changes no contact's draws")
  func oneMoreAgent() throws {
    let base = Array(repeating: 6, count: 24)
    var more = base
    more[10] += 1
    let a = Self.byContact(try Self.draws(Self.text(tierOne: base)))
    let b = Self.byContact(try Self.draws(Self.text(tierOne: more)))
    #expect(a.count > 1_000, "the run must have contacts: \(a.count)")
    var shared = 0
    for (key, drawsA) in a {
      guard let drawsB = b[key] else { continue }
      shared += 1
      // A draw is a pure function of (contact, visit, purpose): wherever both runs drew
      // the same (visit, purpose) — a contact waits in one run and not the other, so it
      // may draw a patience in only one — the values are identical.
      let valuesA = Dictionary(uniqueKeysWithValues: drawsA.map { (Self.slot($0), $0) })
      for draw in drawsB {
        if let other = valuesA[Self.slot(draw)] {
          #expect(other.value == draw.value, "contact \(key) visit \(draw.visit)")
        }
      }
    }
    // The arrivals are the same customers: every contact of one run is in the other, but
    // for those arriving after one run stopped (the wrap-up ends when all counted
    // contacts are done, which depends on staffing).
    #expect(Double(shared) >= 0.95 * Double(min(a.count, b.count)))
  }

  @Test("Reordering channels or adding one keeps every channel's draws")
  func channelsByID() throws {
    let staffing = Array(repeating: 6, count: 24)
    let first = Set(
      try Self.draws(Self.text(tierOne: staffing)).filter { $0.visit == 0 }.map {
        $0.key
      })
    let reordered = Set(
      try Self.draws(Self.text(tierOne: staffing, channelsFirst: false)).filter { $0.visit == 0 }
        .map { $0.key })
    let extended = Set(
      try Self.draws(Self.text(tierOne: staffing, extraChannel: true)).filter { $0.visit == 0 }
        .map { $0.key })
    #expect(first.count > 1_000)
    // The same customers arrive (same keys, so the same per-contact draws) whatever the
    // channels' positions; adding a channel adds its own customers and keeps the others.
    let overlap = Double(first.intersection(reordered).count) / Double(first.count)
    #expect(overlap > 0.95, "reordered: \(overlap)")
    let kept = Double(first.intersection(extended).count) / Double(first.count)
    #expect(kept > 0.9, "extended: \(kept)")
    #expect(extended.count > first.count)
  }

  @Test("Replications draw from different streams")
  func replicationsDiffer() throws {
    let staffing = Array(repeating: 6, count: 24)
    let zero = Set(try Self.draws(Self.text(tierOne: staffing), replication: 0).map(\.key))
    let one = Set(try Self.draws(Self.text(tierOne: staffing), replication: 1).map(\.key))
    #expect(zero.intersection(one).isEmpty)
  }
}
