import ContactCenter
import Foundation
import Planning
import Queueing
import Simulation
import Testing

@testable import Simulation

/// Feldman, Mandelbaum, Massey and Whitt's (2008) test case: a sinusoidal day, where
/// per-interval Erlang C (SIPP) gives time-varying performance and the iterative,
/// simulation-based staffing gives time-stable performance.
@Suite("time-stable staffing on a sinusoidal day")
struct TimeStableStaffingTests {
  /// 96 intervals of 15 minutes from 20 calls per interval at midnight to 280 at noon
  /// (6.7 to 93 Erlangs at AHT 300 s), no abandonment, 80/20.
  static let arrivals: [Double] = (0..<96).map { 150 - 130 * cos(2 * Double.pi * Double($0) / 96) }

  static var text: String {
    let demand = arrivals.map { "\($0)" }.joined(separator: ", ")
    return """
      { "name": "sinusoidal", "horizon": { "intervalLength": "15m", "days": 1 },
        "channels": [ { "id": "voice", "kind": "voice", "demand": [\(demand)],
          "handleTime": { "distribution": "exponential", "mean": "300s" },
          "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [ { "id": "agents", "tier": 1, "skills": ["voice"], "hourlyCost": 30 } ],
        "occupancyCap": "100%",
        "simulation": { "replications": 40, "seed": 21, "warmupDays": 1 } }
      """
  }

  @Test(
    "Judged exactly (M_t/M/s_t), the simulation plan misses 80/20 in fewer intervals and by less than SIPP after the peak, and never by more than 2.5 points"
  )
  func sinusoidalDay() throws {
    let scenario = try scenario(Self.text)
    let result = try SimulationStaffing(
      scenario: scenario, options: StaffingOptions(),
      settings: SimulationStaffingSettings(replications: 200, seed: 21, threads: 2))
    // Each plan judged without noise by the exact uniformized chain (TransientMMs).
    func exact(_ plan: StaffingPlan) -> [Double] {
      TransientMMs(arrivalsPerInterval: Self.arrivals, staffing: plan.pools[0].netAgents)
        .solve().intervals.map(\.serviceLevel)
    }
    let sipp = exact(result.analytic)
    let verified = exact(result.verified)
    let afterPeak = 48..<96
    let sippMisses = sipp.indices.filter { sipp[$0] < 0.8 }
    let verifiedMisses = verified.indices.filter { verified[$0] < 0.8 }
    // SIPP's failure (README, "Where the analytic plan is known to fail"): misses after the
    // peak, where staffing is cut while the queue carries over.
    let shown = { (sl: [Double], misses: [Int]) in
      misses.map { "\($0): \(String(format: "%.4f", sl[$0]))" }.joined(separator: ", ")
    }
    #expect(
      sippMisses.filter(afterPeak.contains).count >= 5, "SIPP misses \(shown(sipp, sippMisses))")
    // Decisions are made on estimates (a per-interval SE of about 1.2 points at 200
    // replications), so a removal may leave an interval just below 80 %, after the peak
    // too, but never by more than 2.5 points (below). SIPP's misses after the peak are
    // shallow as well (its worst is 78.1 %), so what the simulation plan must show there is
    // fewer of them and a smaller total shortfall below 80 %.
    func shortfall(_ sl: [Double]) -> Double {
      afterPeak.reduce(0) { $0 + max(0, 0.8 - sl[$1]) }
    }
    #expect(
      verifiedMisses.filter(afterPeak.contains).count < sippMisses.filter(afterPeak.contains).count,
      "verified misses \(shown(verified, verifiedMisses)); SIPP's \(shown(sipp, sippMisses))")
    #expect(
      shortfall(verified) < shortfall(sipp),
      "shortfall after the peak: verified \(shortfall(verified)), SIPP \(shortfall(sipp))")
    #expect(verifiedMisses.count < sippMisses.count)
    let worst = verified.indices.min { verified[$0] < verified[$1] }!
    #expect(verified[worst] >= 0.775, "worst \(verified[worst]) at interval \(worst)")
    #expect(result.converged, "\(result.reason)")
  }
}
