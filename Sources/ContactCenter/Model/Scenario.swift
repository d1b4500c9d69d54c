/// Costs of running the center.
public struct Costs: Sendable, Equatable {
  /// Currency code shown in outputs, such as "EUR".
  public var currency: String
  /// Overhead added on top of agent cost, as a share (0.2 = +20 %).
  public var overhead: Double
  /// Cost of one abandoned contact, in the currency.
  public var abandonedContact: Double
  /// Paid hours per full-time equivalent per week.
  public var fteHoursPerWeek: Double
  /// Fixed cost of one seat (workstation, licences) per week, in the currency; a pool needs
  /// as many seats as its peak scheduled headcount.
  public var seatPerWeek: Double = 0
  /// Cost of one escalation (hand-off overhead beyond the higher tier's handle time), in the
  /// currency.
  public var escalation: Double = 0
  /// Days a week the horizon's days stand for (1–7): weekly figures are the horizon's × this
  /// ÷ its days (7: every day of the week is like the horizon's; 5: a weekday horizon).
  public var operatingDaysPerWeek: Double = 7

  /// Returns costs with the given fields (seat and escalation costs default to 0).
  public init(
    currency: String, overhead: Double, abandonedContact: Double, fteHoursPerWeek: Double,
    seatPerWeek: Double = 0, escalation: Double = 0, operatingDaysPerWeek: Double = 7
  ) {
    self.currency = currency
    self.overhead = overhead
    self.abandonedContact = abandonedContact
    self.fteHoursPerWeek = fteHoursPerWeek
    self.seatPerWeek = seatPerWeek
    self.escalation = escalation
    self.operatingDaysPerWeek = operatingDaysPerWeek
  }
}

/// Settings of simulation runs.
public struct SimulationSettings: Sendable, Equatable {
  /// Number of independent replications.
  public var replications: Int
  /// Base random seed.
  public var seed: UInt64
  /// Days simulated before the horizon and not counted.
  public var warmupDays: Int
}

/// A whole contact-center scenario, decoded and validated.
public struct Scenario: Sendable, Equatable {
  /// Short name.
  public var name: String
  /// What the scenario models.
  public var description: String
  /// The planning horizon.
  public var horizon: Horizon
  /// Channels of demand.
  public var channels: [Channel]
  /// Agent pools.
  public var pools: [Pool]
  /// Share of scheduled time agents are not on line, in [0, 0.99].
  public var shrinkage: Double
  /// Highest planned occupancy, in (0, 1].
  public var occupancyCap: Double
  /// Costs.
  public var costs: Costs
  /// Coefficient of variation of the daily demand factor (0 = none).
  public var dayFactorCV: Double
  /// Simulation settings.
  public var simulation: SimulationSettings
  /// The shift types `ccplan schedule` rosters with (`shifts`), or nil when the scenario
  /// gives none.
  public var shifts: [ShiftType]? = nil

  /// Returns the channel with this id, if any.
  public func channel(_ id: String) -> Channel? { channels.first { $0.id == id } }
  /// Returns the pool with this id, if any.
  public func pool(_ id: String) -> Pool? { pools.first { $0.id == id } }
  /// Returns true when some channel is deferrable (email, social).
  public var hasDeferrableChannels: Bool { channels.contains { !$0.kind.isRealTime } }
}
