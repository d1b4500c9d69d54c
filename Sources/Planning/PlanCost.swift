import ContactCenter

/// The cost of a staffing plan: scheduled headcount per pool and open interval turned into
/// paid hours, FTE and money, per pool, tier, day, week and year.
///
/// **Model.** Paid hours = scheduled headcount × interval length. Labour = paid hours ×
/// `hourlyCost` × (1 + `overhead`). Seats: a pool needs as many seats as its peak scheduled
/// headcount, each costing `seatPerWeek` per week (× days ÷ 7 over the horizon). Contact
/// costs: `abandonedContact` per abandoned contact and `escalation` per escalation, when
/// those counts are known (analytic or simulated). **Annualisation:** the horizon's days
/// stand for `operatingDaysPerWeek` days of every week (7 by default; 5 for a weekday
/// horizon), so the weekly cost is the horizon's total × operating days ÷ days, and the
/// yearly one the weekly × 365 ÷ 7 (52.14 weeks). Seats cost `seatPerWeek` for every week
/// the horizon stands for. FTE = paid hours per week ÷ `fteHoursPerWeek`.
public struct PlanCost: Sendable, Equatable {
  /// Per pool, in scenario order.
  public struct PoolCost: Sendable, Equatable {
    /// Pool index in the scenario.
    public var pool: Int
    /// Average scheduled headcount over the open intervals, in agents.
    public var averageHeadcount: Double
    /// Peak scheduled headcount (the seats needed), in agents.
    public var peakHeadcount: Int
    /// Paid hours over the horizon, in hours.
    public var paidHours: Double
    /// Full-time equivalents.
    public var fte: Double
    /// Labour cost over the horizon (with overhead), in the currency.
    public var labourCost: Double
    /// Seat cost over the horizon, in the currency.
    public var seatCost: Double
  }

  /// Per pool.
  public var pools: [PoolCost]
  /// Days in the horizon.
  public var days: Int
  /// Days of the week the horizon's days stand for.
  public var operatingDaysPerWeek: Double
  /// Cost of abandoned contacts and escalations over the horizon (0 when not counted), in
  /// the currency.
  public var contactCost: Double
  /// Labour cost per open interval of the horizon (all pools), in the currency.
  public var intervalLabourCost: [Double]

  /// Returns the cost of scheduled headcount `scheduled` ([pool][open interval]) for
  /// `scenario`, with `abandoned` contacts and `escalations` over the horizon when known.
  public init(
    scenario: Scenario, scheduled: [[Int]], abandoned: Double = 0, escalations: Double = 0
  ) {
    let horizon = scenario.horizon
    let hours = horizon.intervalSeconds / 3600
    let markUp = 1 + scenario.costs.overhead
    let days = Double(horizon.days)
    let weeks = days / scenario.costs.operatingDaysPerWeek
    self.days = horizon.days
    operatingDaysPerWeek = scenario.costs.operatingDaysPerWeek
    var perInterval = [Double](repeating: 0, count: horizon.openIntervals)
    pools = scenario.pools.indices.map { p in
      let row = p < scheduled.count ? scheduled[p] : []
      let rate = (scenario.pools[p].hourlyCost ?? 0) * markUp
      for (k, count) in row.enumerated() where k < perInterval.count {
        perInterval[k] += Double(count) * hours * rate
      }
      let paid = Double(row.reduce(0, +)) * hours
      let peak = row.max() ?? 0
      return PoolCost(
        pool: p, averageHeadcount: row.isEmpty ? 0 : Double(row.reduce(0, +)) / Double(row.count),
        peakHeadcount: peak, paidHours: paid,
        fte: paid / weeks / scenario.costs.fteHoursPerWeek, labourCost: paid * rate,
        seatCost: Double(peak) * scenario.costs.seatPerWeek * weeks)
    }
    intervalLabourCost = perInterval
    contactCost =
      abandoned * scenario.costs.abandonedContact + escalations * scenario.costs.escalation
  }

  /// Total paid hours over the horizon, in hours.
  public var paidHours: Double { pools.reduce(0) { $0 + $1.paidHours } }
  /// Total FTE.
  public var fte: Double { pools.reduce(0) { $0 + $1.fte } }
  /// Total cost over the horizon (labour, seats, contacts), in the currency.
  public var horizonCost: Double {
    pools.reduce(contactCost) { $0 + $1.labourCost + $1.seatCost }
  }
  /// Average cost per day of the horizon, in the currency.
  public var costPerDay: Double { horizonCost / Double(days) }
  /// Cost per week (horizon × operating days per week ÷ days), in the currency.
  public var costPerWeek: Double { horizonCost * operatingDaysPerWeek / Double(days) }
  /// Cost per year (week × 365 ÷ 7), in the currency.
  public var costPerYear: Double { costPerWeek * 365 / 7 }

  /// Returns the pools of one tier.
  public func pools(tier: Int, in scenario: Scenario) -> [PoolCost] {
    pools.filter { scenario.pools[$0.pool].tier == tier }
  }
}
