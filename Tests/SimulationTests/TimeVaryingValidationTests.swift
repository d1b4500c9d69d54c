import ContactCenter
import Foundation
import Queueing
import Testing

@testable import Simulation

/// The sinusoidal day of the time-varying validation: 96 intervals of 15 minutes, from 20
/// contacts per interval at midnight to 280 at noon (6.7 to 93 Erlangs at AHT 300 s).
let sinusoidalArrivals: [Double] = (0..<96).map { k in
  150 - 130 * cos(2 * Double.pi * Double(k) / 96)
}

/// The per-interval Erlang C plan (SIPP): the smallest agent count meeting 80 % within
/// 20 s for each interval's own arrival rate, AHT 300 s.
func sippStaffing(_ arrivals: [Double]) throws -> [Int] {
  let target = StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20))
  return try arrivals.map { perInterval in
    try StaffingSearch.minimumAgents(
      arrivalRatePerSecond: perInterval / 900, handleSeconds: 300, model: .erlangC,
      target: target)
  }
}

/// The hourly plan of the validation: each hour's 4 intervals get the Erlang C 80/20
/// staffing of the hour's mean arrival rate, as hourly shifts would; after the peak it drops
/// by 6–12 agents at every hour (2–6 at night).
func hourlyStaffing(_ arrivals: [Double]) throws -> [Int] {
  let hours = arrivals.count / 4
  let perHour = try sippStaffing(
    (0..<hours).map { h in arrivals[(4 * h)..<(4 * h + 4)].reduce(0, +) / 4 })
  return arrivals.indices.map { perHour[$0 / 4] }
}

/// Returns the one-day 24/7 voice scenario of `arrivals` contacts per interval, exponential
/// 300 s handle times, no abandonment, `staffing` agents per interval and SLA 80/20.
private func timeVaryingScenario(arrivals: [Double], staffing: [Int]) -> String {
  let demand = arrivals.map { "\($0)" }.joined(separator: ", ")
  return """
    {
      "name": "time-varying-validation",
      "description": "Sinusoidal day under an hourly Erlang C plan (M_t/M/s_t).",
      "horizon": { "intervalLength": "15m", "days": 1 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": [\(demand)],
          "handleTime": { "distribution": "exponential", "mean": "300s" },
          "sla": { "percent": 80, "within": "20s" } }
      ],
      "pools": [
        { "id": "agents", "tier": 1, "skills": ["voice"],
          "staffing": [\(staffing.map(String.init).joined(separator: ", "))], "hourlyCost": 30 }
      ],
      "simulation": { "replications": 2, "seed": 1, "warmupDays": 1 }
    }
    """
}

extension ValidationCases {
  /// The case name of the time-varying validation.
  static let timeVaryingName = "M_t/M/s_t (sinusoidal day, hourly 80/20 plan, AHT 300 s)"

  /// Replications of the time-varying validation, fixed in advance.
  static let timeVaryingReplications = 1_000

  /// Per-interval SL(20 s), P(wait) = 1 − SL(0 s) and the queue at interval end, simulated
  /// with seed 1, against the exact M_t/M/s_t values under each of `rules` (see
  /// `TransientMMs`), one list of checks per rule. A check passes when |simulated − exact|
  /// ≤ 4 standard errors (SE = ci95 ÷ 1.96; for the queue, the exact distribution's standard
  /// deviation ÷ √replications) + 1e-6, the allowance for the reference's
  /// bounded errors (truncated mass below 1e-12, quadrature below 1e-10), and the
  /// half-width is at most 0.04 (SL, P(wait)) or 0.5 + 20 % of the exact queue.
  static func timeVarying(rules: [TransientMMs.DropRule]) throws -> [[ValidationCheck]] {
    let staffing = try hourlyStaffing(sinusoidalArrivals)
    let replications = timeVaryingReplications
    let base = try scenario(timeVaryingScenario(arrivals: sinusoidalArrivals, staffing: staffing))
    let simulated = try run(base, replications: replications, seed: 1)
    // P(wait) = 1 − SL(0 s): the same scenario and seed with `within` 0 s (same sample path).
    var zeroWithin = base
    zeroWithin.channels[0].sla.withinSeconds = 0
    let zero = try run(zeroWithin, replications: replications, seed: 1)
    return rules.map { rule in
      let exact = TransientMMs(
        arrivalsPerInterval: sinusoidalArrivals, staffing: staffing, rule: rule
      ).solve()
      var checks: [ValidationCheck] = []
      for k in staffing.indices {
        let interval = simulated.summary.intervals[k]
        let pWait = zero.summary.intervals[k].serviceLevel.map {
          Estimate(mean: 1 - $0.mean, ci95: $0.ci95)
        }
        let reference = exact.intervals[k]
        let name = "\(timeVaryingName), \(rule) rule, interval \(k) (\(staffing[k]) agents)"
        let figures: [(String, Estimate?, Double, Double)] = [
          ("SL(20 s)", interval.serviceLevel, reference.serviceLevel, 0.04),
          ("P(wait)", pWait, reference.waitProbability, 0.04),
          (
            "queue at interval end", interval.backlogAtEnd, reference.queueAtEnd,
            0.5 + 0.2 * reference.queueAtEnd
          ),
        ]
        for (quantity, estimate, value, bound) in figures {
          var check = ValidationCheck(
            name, quantity, estimate: estimate, exact: value, maxHalfWidth: bound)
          check.tolerance = 4 * check.halfWidth / 1.96 + 1e-6
          if quantity == "queue at interval end" {
            // A queue that is mostly empty is a rare-event count: a sample with few
            // non-empty ends understates its own spread, so its SE comes from the exact
            // distribution (one end-of-interval queue per replication).
            let exactSE = (reference.queueAtEndVariance / Double(replications)).squareRoot()
            check.tolerance = 4 * exactSE + 1e-6
          }
          checks.append(check)
        }
      }
      #expect(exact.truncatedMass < 1e-12, "\(rule): truncated mass \(exact.truncatedMass)")
      return checks
    }
  }
}

@Suite("Validation: time-varying staffing (exact M_t/M/s_t)")
struct TimeVaryingValidationTests {
  /// The sinusoidal day under its hourly plan (drops of 6–12 agents every hour after the
  /// peak), 1,000 replications, seed 1: every interval's SL(20 s), P(wait) and
  /// end-of-interval queue within 4 standard errors of the exact values under DESIGN.md's
  /// drop rule. The comparison with the old rule ("the next agents to finish leave") is
  /// printed alongside: before the simulator followed DESIGN's rule it matched the old
  /// rule's exact values everywhere (worst 3.4 SE) and missed the new one in 10 intervals
  /// after drops, the evidence that the harness and the reference are right.
  /// Returns the one row of the validation table summarising the per-interval checks.
  static func summaryRow() throws -> ValidationRow {
    let checks = try ValidationCases.timeVarying(rules: [.designated])[0]
    let worst = checks.map(\.errorInStandardErrors).max() ?? 0
    let failing = checks.filter { !$0.passes }.count
    return ValidationRow(
      caseName: ValidationCases.timeVaryingName,
      quantity: "per-interval SL(20 s), P(wait), queue at interval end (96 × 3 checks)",
      simulated: "\(checks.count - failing) of \(checks.count) within 4 SE",
      exact: "uniformized CTMC", score: "worst \(format(worst, 2)) SE", passes: failing == 0)
  }

  @Test("Per-interval SL, P(wait) and queue within 4 SE of the exact DESIGN-rule values")
  func perInterval() throws {
    let checks = try ValidationCases.timeVarying(rules: [.designated, .nextToFinish])
    for (rule, list) in zip(["designated (DESIGN)", "next to finish (old)"], checks) {
      let failing = list.filter { !$0.passes }
      let intervals = Set(failing.map { $0.caseName }).count
      let worst = list.map(\.errorInStandardErrors).max() ?? 0
      print(
        "time-varying, \(rule) rule: \(failing.count) of \(list.count) checks fail, in "
          + "\(intervals) of 96 intervals; worst |diff| = \(format(worst, 1)) SE")
      for check in failing { print("  \(check)") }
    }
    expectAll(checks[0])
  }

  /// Where per-interval Erlang C (SIPP: each interval staffed for 80/20 at its own rate,
  /// as if stationary) misses on the sinusoidal day, exactly under DESIGN.md's drop rule:
  /// the ramp up is over-served (queues do not have time to build before staffing rises)
  /// and every interval below 80 % comes after the noon peak, where staffing is cut while
  /// the queue carries over. Prints the per-interval table.
  @Test("SIPP on a sinusoidal day: over-served on the ramp up, misses only after the peak")
  func sipp() throws {
    let staffing = try sippStaffing(sinusoidalArrivals)
    let exact = TransientMMs(arrivalsPerInterval: sinusoidalArrivals, staffing: staffing)
      .solve()
    let old = TransientMMs(
      arrivalsPerInterval: sinusoidalArrivals, staffing: staffing, rule: .nextToFinish
    ).solve()
    #expect(exact.truncatedMass < 1e-12 && old.truncatedMass < 1e-12)
    let peak = 48
    print(
      "SIPP day SL: \(format(exact.cycleServiceLevel, 4)) (old rule \(format(old.cycleServiceLevel, 4)))"
    )
    print("interval | contacts | agents | Erlang C SL | exact SL | old-rule SL")
    var misses: [Int] = []
    let erlangC = try staffing.indices.map { k in
      try ErlangC.serviceLevel(
        agents: staffing[k], offeredLoad: sinusoidalArrivals[k] / 900 * 300,
        handleSeconds: 300, thresholdSeconds: 20)
    }
    for (k, interval) in exact.intervals.enumerated() {
      let erlang = erlangC[k]
      print(
        "\(k) | \(format(sinusoidalArrivals[k], 1)) | \(staffing[k]) | \(format(erlang, 4)) | "
          + "\(format(interval.serviceLevel, 4)) | \(format(old.intervals[k].serviceLevel, 4))")
      if interval.serviceLevel < 0.8 { misses.append(k) }
    }
    print("SIPP misses 80/20 in intervals \(misses)")
    #expect(!misses.isEmpty, "SIPP meets 80/20 in every interval")
    #expect(misses.allSatisfy { $0 > peak }, "misses before the peak: \(misses)")
    // The ramp up (midnight to noon) is served above target in every interval, and better
    // than Erlang C's stationary figure from 00:15 on: the queue lags the rising demand.
    for k in 0..<peak {
      #expect(exact.intervals[k].serviceLevel >= 0.8, "interval \(k) on the ramp up")
      if k > 0 {
        #expect(exact.intervals[k].serviceLevel > erlangC[k], "interval \(k) below Erlang C")
      }
    }
  }
}

extension ValidationCheck {
  /// Returns |simulated − exact| in the standard errors this file's checks use (their
  /// tolerance is 4 of them, + 1e-6): the sample's, or for the queue the exact distribution's.
  var errorInStandardErrors: Double { 4 * abs(simulated - exact) / tolerance }
}
