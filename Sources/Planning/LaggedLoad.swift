import ContactCenter
import Foundation

/// The offered load of the infinite-server system per open interval (Jennings, Mandelbaum,
/// Massey and Whitt 1996), the load `--method lagged-sipp` staffs each interval for.
///
/// **Model.** The number of contacts in service in M_t/M/∞ has mean m(t) solving
/// m′(t) = λ(t) − m(t) ÷ E[S] (exact for exponential handle times; for others this
/// exponential-service form is used, an approximation of m(t) = E[λ(t − Sₑ)]·E[S]). With λ
/// constant over an interval of length Δ and τ = E[S], from m₀ at its start:
/// m(t) = λτ + (m₀ − λτ)·e^{−t/τ}, so the interval's mean is
/// λτ + (m₀ − λτ)·(τ/Δ)·(1 − e^{−Δ/τ}) and its end m₀′ = λτ + (m₀ − λτ)·e^{−Δ/τ}. While the
/// center is closed m decays as e^{−gap/τ}. The horizon is cyclic, as the simulator's: the
/// recursion runs over it twice and the second pass is kept (the first settles m₀).
/// Compared with λ·τ it lags the arrival rate by about a handle time: lower on the ramp up,
/// higher after the peak, which is where per-interval Erlang C misses (Green, Kolesar and
/// Soares 2001).
enum LaggedLoad {
  /// Returns the mean offered load (Erlangs) of each open interval for `arrivals`
  /// contacts per interval and mean handle time `handleSeconds`, on `horizon`'s calendar.
  static func meanLoad(arrivals: [Double], handleSeconds tau: Double, horizon: Horizon)
    -> [Double]
  {
    let count = arrivals.count
    guard count > 0, tau > 0 else { return arrivals.map { _ in 0 } }
    let length = horizon.intervalSeconds
    let cycle = Double(horizon.days) * Horizon.daySeconds
    let starts = (0..<count).map { horizon.startSeconds(ofOpenInterval: $0) }
    var m = 0.0
    var result = [Double](repeating: 0, count: count)
    for pass in 0..<2 {
      for k in 0..<count {
        // Closed time since the previous open interval's end (cyclically).
        let previousEnd = k > 0 ? starts[k - 1] + length : starts[count - 1] + length - cycle
        let gap = Swift.max(0, starts[k] - previousEnd)
        if gap > 0 { m *= exp(-gap / tau) }
        let steady = arrivals[k] / length * tau
        let decay = exp(-length / tau)
        let mean = steady + (m - steady) * tau / length * (1 - decay)
        m = steady + (m - steady) * decay
        if pass == 1 { result[k] = Swift.max(0, mean) }
      }
    }
    return result
  }
}
