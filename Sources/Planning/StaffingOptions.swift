import ContactCenter
import Queueing

/// How `ccplan staff` models real-time queues (voice, SMS, chat).
public enum StaffingMethod: String, Sendable, CaseIterable {
  /// Erlang C: nobody abandons (M/M/n); conservative where customers do hang up.
  case erlangC = "erlang-c"
  /// Erlang A: exponential patience with the channel's mean patience (M/M/n+M).
  case erlangA = "erlang-a"
  /// Erlang C on the lagged offered load of the infinite-server system (`LaggedLoad`),
  /// for time-varying days.
  case laggedSIPP = "lagged-sipp"

  /// Returns one sentence naming the model and its assumptions, for outputs.
  public var explanation: String {
    switch self {
    case .erlangC:
      return "Erlang C (M/M/n, no abandonment) per interval, stationary within the interval"
    case .erlangA:
      return "Erlang A (M/M/n+M) per interval, stationary within the interval; each channel's "
        + "patience is taken as exponential with the scenario's mean patience"
    case .laggedSIPP:
      return "Erlang C per interval on the lagged offered load m(t) of the infinite-server "
        + "system (m' = λ − m/E[S]), which follows the arrival rate a handle time late"
    }
  }
}

/// What-if settings of an analytic staffing plan.
public struct StaffingOptions: Sendable, Equatable {
  /// Returns the queueing model for real-time channels.
  public var method: StaffingMethod
  /// Returns the multiplier on every channel's forecast demand (1 = as written).
  public var volumeFactor: Double
  /// Returns the multiplier on every channel's mean handle time (1 = as written).
  public var ahtFactor: Double
  /// Returns the share of days (0 < q < 1) on which the targets must hold under the day
  /// factor's uncertainty (`--confidence`), or nil to plan for the forecast as written.
  public var confidence: Double?
  /// Returns the day factor's coefficient of variation that replaces the scenario's
  /// `demandUncertainty.dayFactorCV` (`--forecast-cv`), or nil to keep it.
  public var forecastCV: Double?

  /// Returns options with the given method, what-if factors (1 = unchanged) and forecast risk.
  public init(
    method: StaffingMethod = .erlangC, volumeFactor: Double = 1, ahtFactor: Double = 1,
    confidence: Double? = nil, forecastCV: Double? = nil
  ) {
    self.method = method
    self.volumeFactor = volumeFactor
    self.ahtFactor = ahtFactor
    self.confidence = confidence
    self.forecastCV = forecastCV
  }

  /// Returns the day factor's cv the plan is judged under: `forecastCV`, else the scenario's.
  public func dayFactorCV(of scenario: Scenario) -> Double {
    forecastCV ?? scenario.dayFactorCV
  }

  /// Returns the demand multiplier the day's risk adds: the `confidence`-quantile of the
  /// gamma day factor (mean 1, cv `dayFactorCV(of:)`); 1 without a confidence or without
  /// uncertainty. Every interval's SL rises with demand falling and the factor is shared by
  /// the whole day, so a plan for this quantile meets each interval's target on at least
  /// that share of days in the analytic model.
  public func riskFactor(for scenario: Scenario) -> Double {
    guard let confidence else { return 1 }
    return GammaDistribution.quantile(confidence, meanOneCV: dayFactorCV(of: scenario))
  }

  /// Returns the multiplier applied to every channel's demand when planning: the volume
  /// factor times the risk factor.
  public func demandFactor(for scenario: Scenario) -> Double {
    volumeFactor * riskFactor(for: scenario)
  }

  /// Returns normally when the volume factor is in [0, 1000] and the handle-time factor in
  /// (0, 1000], else throws `PlanningError.invalidFactor`.
  public func validate() throws(PlanningError) {
    guard volumeFactor.isFinite, volumeFactor >= 0, volumeFactor <= 1000 else {
      throw .invalidFactor(name: "volume factor", value: volumeFactor)
    }
    guard ahtFactor.isFinite, ahtFactor > 0, ahtFactor <= 1000 else {
      throw .invalidFactor(name: "handle-time factor", value: ahtFactor)
    }
    if let confidence, !(confidence >= 0.01 && confidence <= 0.999) {
      throw .invalidFactor(name: "confidence", value: confidence)
    }
    if let forecastCV, !(forecastCV >= 0 && forecastCV <= 1) {
      throw .invalidFactor(name: "forecast cv", value: forecastCV)
    }
  }
}

/// Why a staffing plan could not be made; messages name the channel, pool and interval.
public enum PlanningError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A what-if factor was out of range (see `StaffingOptions.validate`).
  case invalidFactor(name: String, value: Double)
  /// The queueing model refused an interval's numbers.
  case queueing(channel: String, pool: String, interval: String, QueueingError)
  /// A deferrable channel's SLA cannot be met at any staffing up to `searchedUpTo` agents.
  case deferrableUnreachable(channel: String, pool: String, searchedUpTo: Int)
  /// Pools without an hourly cost: a plan reports cost, so it is never taken as 0 unsaid.
  case missingHourlyCost(pools: [String])

  /// Returns the planner-readable message, one sentence.
  public var description: String {
    switch self {
    case .invalidFactor(let name, let value):
      let range =
        switch name {
        case "volume factor": "from 0 to 1000"
        case "confidence": "from 1 % to 99.9 % (a share of days)"
        case "forecast cv": "from 0 to 1"
        default: "above 0 and at most 1000"
        }
      return "the \(name) must be a number \(range), found \(value)"
    case .queueing(let channel, let pool, let interval, let error):
      return "channel '\(channel)' at pool '\(pool)', interval \(interval): \(error)"
    case .deferrableUnreachable(let channel, let pool, let limit):
      return "channel '\(channel)' at pool '\(pool)': no constant staffing up to \(limit) "
        + "agents answers the SLA share within the deadline; check the SLA and handle time"
    case .missingHourlyCost(let pools):
      return "no hourlyCost for pool\(pools.count == 1 ? "" : "s") "
        + pools.map { "'\($0)'" }.joined(separator: ", ")
        + "; a staffing plan reports cost: give each pool an hourlyCost (0 to leave it uncosted)"
    }
  }
}
