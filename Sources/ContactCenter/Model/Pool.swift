/// A skill of a pool: a channel it serves, with a handle-time factor.
public struct Skill: Sendable, Equatable {
  /// The channel served.
  public var channel: String
  /// Multiplier on the channel's handle time for this pool (1 by default).
  public var handleTimeFactor: Double
}

/// A pool of agents: a tier or a team.
public struct Pool: Sendable, Equatable {
  /// Unique identifier.
  public var id: String
  /// Tier, 1 for first contact; escalations go to higher tiers.
  public var tier: Int
  /// Channels served.
  public var skills: [Skill]
  /// Scheduled headcount per open interval over the whole horizon (before shrinkage); nil
  /// when the scenario gives none (`ccplan staff` plans it; `ccplan simulate` needs it, or a
  /// staffing file, see `LoadedScenario.require(_:)`).
  public var staffing: [Int]?
  /// Cost of one scheduled agent-hour, in the scenario's currency; nil when the scenario
  /// gives none (`ccplan staff`, which reports cost, needs it; 0 is a valid explicit cost).
  public var hourlyCost: Double?
  /// Share of contacts resolved without escalation, per channel id (missing means 1).
  public var fcr: [String: Double]
  /// The pool that takes what this one escalates.
  public var escalateTo: String?
  /// Whether a pool above tier 1 also takes first contacts.
  public var overflow: Bool

  /// Returns the first-contact resolution share for a channel (1 when not given).
  public func fcr(for channel: String) -> Double { fcr[channel] ?? 1 }
  /// Returns the skill for a channel, or nil when the pool does not serve it.
  public func skill(for channel: String) -> Skill? { skills.first { $0.channel == channel } }
}

extension Pool {
  /// The largest scheduled headcount of a pool in one interval, in scenarios and
  /// staffing.csv: far above any contact center, and small enough that headcount arithmetic
  /// and per-agent storage stay bounded.
  public static let maxHeadcount = 1_000_000
}
