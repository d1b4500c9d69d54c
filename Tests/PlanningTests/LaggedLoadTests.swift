import ContactCenter
import Foundation
import Testing

@testable import Planning

@Suite("lagged offered load (lagged SIPP)")
struct LaggedLoadTests {
  /// A 24/7 one-day horizon of 96 quarter-hours.
  static let horizon = Horizon(
    intervalSeconds: 900, openSeconds: 0, closeSeconds: Horizon.daySeconds, days: 1)

  @Test("Constant arrivals give the stationary load λ·E[S] in every interval")
  func constant() {
    let load = LaggedLoad.meanLoad(
      arrivals: Array(repeating: 90, count: 96), handleSeconds: 300, horizon: Self.horizon)
    for value in load { #expect(abs(value - 90.0 / 900 * 300) < 1e-9) }
  }

  @Test("A sinusoidal day matches an independent Euler integration of m′ = λ − m/τ")
  func sinusoid() {
    let arrivals = (0..<96).map { 150 - 130 * cos(2 * Double.pi * Double($0) / 96) }
    let tau = 300.0
    let load = LaggedLoad.meanLoad(arrivals: arrivals, handleSeconds: tau, horizon: Self.horizon)
    // Euler steps of 0.1 s, two days (the first settles the cyclic start), averaging m over
    // each interval of the second day.
    var m = 0.0
    var reference = [Double](repeating: 0, count: 96)
    let step = 0.1
    for day in 0..<2 {
      for k in 0..<96 {
        let rate = arrivals[k] / 900
        var sum = 0.0
        for _ in 0..<9_000 {
          let next = m + step * (rate - m / tau)
          sum += (m + next) / 2 * step
          m = next
        }
        if day == 1 { reference[k] = sum / 900 }
      }
    }
    for k in 0..<96 {
      #expect(abs(load[k] - reference[k]) < 1e-3 * reference[k], "interval \(k)")
    }
    // The lag: below λ·τ while the rate rises (morning), above it after the peak.
    #expect(load[24] < arrivals[24] / 900 * tau)
    #expect(load[72] > arrivals[72] / 900 * tau)
  }

  @Test("While closed the load decays; a day opening empty starts near zero")
  func closedHours() throws {
    let horizon = Horizon(
      intervalSeconds: 3600, openSeconds: 8 * 3600, closeSeconds: 20 * 3600, days: 1)
    let load = LaggedLoad.meanLoad(
      arrivals: Array(repeating: 120, count: 12), handleSeconds: 300, horizon: horizon)
    // From m = e^{−12h/5min}·… ≈ 0 at 08:00: the first hour's mean is
    // λτ·(1 − (τ/Δ)(1 − e^{−Δ/τ})) with λτ = 10 Erlangs, τ/Δ = 1/12.
    let expected = 10 * (1 - (1.0 / 12) * (1 - exp(-12.0)))
    #expect(abs(load[0] - expected) < 1e-9)
    #expect(abs(load[5] - 10) < 1e-4)
  }
}
