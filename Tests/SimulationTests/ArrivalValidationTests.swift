import ContactCenter
import Testing

@testable import Simulation

extension ValidationCases {
  static let arrivalName =
    "Arrivals (9,600 a day, profile 1:3 by half-day, 25 % deflected; 200 replications of 1 day)"

  /// One counted day, no warm-up, of a channel whose profile puts a quarter of the day's
  /// 9,600 contacts in the first 12 hours and three quarters in the last 12, with 25 %
  /// deflection; `dayFactorCV` as given. Agents are plentiful: only arrivals are checked.
  static func arrivalScenario(dayFactorCV: Double) -> String {
    let profile = (Array(repeating: "1", count: 48) + Array(repeating: "3", count: 48))
      .joined(separator: ", ")
    return """
      {
        "name": "arrival-validation",
        "description": "Non-homogeneous Poisson arrivals with deflection and a day factor.",
        "horizon": { "intervalLength": "15m", "days": 1 },
        "channels": [
          { "id": "voice", "kind": "voice",
            "demand": { "daily": 9600, "profile": [\(profile)] },
            "handleTime": { "distribution": "exponential", "mean": "60s" },
            "sla": { "percent": 80, "within": "20s" }, "deflection": "25%" }
        ],
        "pools": [
          { "id": "agents", "tier": 1, "skills": ["voice"], "staffing": 50, "hourlyCost": 30 }
        ],
        "demandUncertainty": { "dayFactorCV": \(dayFactorCV) },
        "simulation": { "replications": 200, "seed": 8, "warmupDays": 0 }
      }
      """
  }

  /// Offered contacts per day and in the first half-day against demand × (1 − deflection)
  /// and the profile; the deflected share against 25 % (binomial: half-width
  /// 2·√(0.25·0.75 ÷ N)); the variance of the daily count against the Poisson variance λ
  /// without a day factor, and against λ + λ²·cv² with a gamma day factor of cv 0.2.
  ///
  /// Tolerances for variances come from theory. Without a day factor, (R − 1)·S² ÷ λ is
  /// χ² with R − 1 degrees of freedom, so S² ÷ λ has standard error √(2 ÷ (R − 1)) = 0.10.
  /// With the factor, the count is λ·G plus Poisson noise and S² has relative standard
  /// error √((κ − 1) ÷ R), κ = 3 + 6·cv² the gamma kurtosis (noise is 0.4 % of the
  /// variance): √(2.24 ÷ 200) = 0.106.
  static func arrivals() throws -> [ValidationCheck] {
    let replications = 200
    let lambda = 9_600 * 0.75
    var checks: [ValidationCheck] = []
    for cv in [0.0, 0.2] {
      let simulated = try run(
        scenario(arrivalScenario(dayFactorCV: cv)), replications: replications, seed: 8)
      let firstContact = simulated.tierTotals(channel: 0, tier: 0)
      let daily = firstContact.map(\.offered)
      let label = cv == 0 ? "no day factor" : "day factor cv 0.2"
      if cv == 0 {
        let firstHalf = simulated.results.map { r in
          (0..<48).reduce(0.0) { $0 + r.tiers[$1 * simulated.model.tierCount].offered }
        }
        let deflected = simulated.journeyTotals(channel: 0).map(\.deflected).reduce(0, +)
        let reached = daily.reduce(0, +) + deflected
        checks += [
          ValidationCheck(
            arrivalName, "offered per day (\(label))", estimate: .mean(daily), exact: lambda,
            maxHalfWidth: 25),
          ValidationCheck(
            arrivalName, "offered 00:00–12:00 (\(label))", estimate: .mean(firstHalf),
            exact: lambda / 4, maxHalfWidth: 15),
          ValidationCheck(
            arrivalName, "deflected share", simulated: deflected / reached,
            theoryHalfWidth: 2 * (0.25 * 0.75 / reached).squareRoot(), exact: 0.25),
        ]
      } else {
        checks.append(
          ValidationCheck(
            arrivalName, "offered per day (\(label))", estimate: .mean(daily), exact: lambda,
            maxHalfWidth: 0.05 * lambda))
      }
      let mean = daily.reduce(0, +) / Double(replications)
      let variance =
        daily.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(replications - 1)
      let predicted = lambda + lambda * lambda * cv * cv
      let relativeError =
        cv == 0
        ? (2 / Double(replications - 1)).squareRoot()
        : ((2 + 6 * cv * cv) / Double(replications)).squareRoot()
      checks.append(
        ValidationCheck(
          arrivalName, "variance of daily offered ÷ (λ + λ²·cv²) (\(label))",
          simulated: variance / predicted, theoryHalfWidth: 2 * relativeError, exact: 1))
    }
    return checks
  }
}

@Suite("Validation: arrivals, deflection and day factors")
struct ArrivalValidationTests {
  @Test("Poisson counts follow the profile, deflection and the gamma day factor")
  func arrivals() throws {
    expectAll(try ValidationCases.arrivals())
  }
}
