import Foundation

/// Exact transient reference for a time-varying M_t/M/s_t voice queue, computed by
/// uniformization of its continuous-time Markov chain interval by interval.
///
/// Model. One queue, first come first served, no abandonment. Arrivals are Poisson with
/// rate λ_k constant over interval k (`arrivalsPerInterval[k] ÷ intervalSeconds`), handle
/// times exponential with mean 1/μ (`handleSeconds`), and s_k agents are the staffing target
/// in interval k. The arrays are one cycle (a day): `warmupCycles` cycles run from an empty
/// system, as the simulator's warm-up does, and the next cycle is measured; the interval
/// after the last is the cycle's first.
///
/// State (n, x): n contacts in system (waiting or in service), and x agents on line beyond
/// the target s who are still serving because of a staffing drop. Queue length is
/// max(0, n − x − s) under both drop rules, and an arrival waits iff n − x ≥ s.
/// - `.designated` (DESIGN.md): x = designated agents still finishing. They complete at
///   rate μ·x, each going to (n − 1, x − 1) and taking no new work; the s others serve
///   min(n − x, s) contacts, each completion going to (n − 1, x) and taking the queue head.
/// - `.nextToFinish` (the old rule): x = pending departures. While x > 0 no agent is idle
///   and all s + x serve; every completion goes to (n − 1, x − 1) and the queue stalls.
///   With x = 0 it is M/M/s.
///
/// A boundary from s to s′ maps (n, x) deterministically, the same under both rules: a drop
/// of k = s − s′ sends the idle agents, max(0, s + x − n), home first and adds the rest of
/// k to x; a rise of k first cancels min(k, x) of x, and the new agents take waiting work.
///
/// Service level (definition `offered`: share of contacts arriving in interval k whose wait
/// is at most T). By PASTA an arrival at time t sees the state distribution π_t; it waits
/// behind q = n − x − s + 1 positions, and g(t; x, q), the probability that it reaches an
/// agent within T, is computed exactly by a backward uniformization of the tagged
/// contact's own chain (x, q): under `.designated` q falls at rate μ·s and x at rate μ·x;
/// under `.nextToFinish` x falls at rate μ·(s + x) and q at rate μ·s only once x = 0. The
/// boundary maps it as above (with the queue non-empty, no agent is idle). Before the last
/// T of an interval g does not depend on t, so the SL numerator there is ⟨∫π dt, g⟩ with
/// the integral exact from the uniformization; over the last T, when staffing changes at
/// the boundary, ∫⟨π_t, g(t)⟩ dt is taken by composite Gauss–Legendre quadrature
/// (`windowPanels` panels of 8 nodes) of a smooth integrand; its error is below 1e-10 (a
/// unit test compares panel counts). P(wait) and the time-average queue length are exact
/// PASTA time-averages.
///
/// Approximations, all bounded: the state space is cut at n ≤ `capacity` (arrivals beyond
/// it are dropped), and a level whose total mass is below 1e-20 is dropped at the edges
/// (the highest n, the highest x); the mass so lost, `truncatedMass`, bounds the error of
/// every probability (the truncated chain is the exact one killed on those paths), and the
/// tests require it below 1e-12. Poisson weights are computed Fox–Glynn style from the
/// mode outward and cut where they fall below 1e-20 of the mode (less than 1e-18 of the
/// mass). The tagged chain ignores positions q whose chance of service within T is below
/// 1e-17. Nothing else is approximated; abandonment is not modelled (M/M/s, not M/M/s+M).
struct TransientMMs: Sendable {
  /// What happens to busy agents when staffing drops.
  enum DropRule: Sendable {
    /// DESIGN.md: the k leaving agents are designated at the boundary (idle first, then
    /// busy ones); a designated busy agent finishes its contact and leaves, the others keep
    /// serving.
    case designated
    /// The old rule: idle agents leave at once, then the next agents to finish leave
    /// instead of taking work.
    case nextToFinish
  }

  /// Exact figures of one measured interval.
  struct Interval: Sendable {
    /// Expected contacts arriving in the interval.
    var offered: Double
    /// Share of the interval's arrivals whose wait is at most T.
    var serviceLevel: Double
    /// Share of the interval's arrivals that wait at all.
    var waitProbability: Double
    /// Time-average number waiting (not in service) over the interval.
    var meanQueue: Double
    /// Time-average number in system (waiting or in service) over the interval.
    var meanInSystem: Double
    /// Expected number waiting at the interval's end, before the boundary's change.
    var queueAtEnd: Double
    /// Variance of the number waiting at the interval's end.
    var queueAtEndVariance: Double
    /// Distribution of the number in system at the interval's end (index n).
    var inSystemAtEnd: [Double]
  }

  /// The measured cycle and the truncation error.
  struct Result: Sendable {
    /// One entry per interval of the measured cycle.
    var intervals: [Interval]
    /// Probability mass lost to truncation over the whole run (bounds every error).
    var truncatedMass: Double
    /// The state-space cap n ≤ capacity finally used.
    var capacity: Int

    /// Service level of the whole cycle: Σ offered·SL ÷ Σ offered.
    var cycleServiceLevel: Double {
      let offered = intervals.reduce(0) { $0 + $1.offered }
      return intervals.reduce(0) { $0 + $1.offered * $1.serviceLevel } / offered
    }
  }

  /// Contacts arriving per interval, one cycle.
  var arrivalsPerInterval: [Double]
  /// Agents targeted on line per interval, one cycle.
  var staffing: [Int]
  /// Interval length, seconds.
  var intervalSeconds = 900.0
  /// Mean handle time, seconds.
  var handleSeconds = 300.0
  /// SLA threshold T, seconds (less than an interval).
  var thresholdSeconds = 20.0
  /// The staffing-drop rule.
  var rule = DropRule.designated
  /// Cycles run from empty before the measured one.
  var warmupCycles = 1
  /// Gauss–Legendre panels over the last T of an interval whose staffing changes next.
  var windowPanels = 2

  /// Solves the chain with the state space cut at n ≤ `capacity` (by default the largest
  /// staffing + 4,096; the frontier of the active states is normally far below it).
  func solve(capacity: Int? = nil) -> Result {
    precondition(arrivalsPerInterval.count == staffing.count && !staffing.isEmpty)
    precondition(thresholdSeconds > 0 && thresholdSeconds < intervalSeconds)
    let capacity = capacity ?? (staffing.max() ?? 0) + 4_096
    var chain = MainChain(
      capacity: capacity, xCap: staffing.max() ?? 0, mu: 1 / handleSeconds, rule: rule)
    let count = staffing.count
    var intervals: [Interval] = []
    chain.applyBoundary(from: 0, to: staffing[0])
    for cycle in 0...warmupCycles {
      for k in 0..<count {
        let lambda = arrivalsPerInterval[k] / intervalSeconds
        let s = staffing[k]
        let next = staffing[(k + 1) % count]
        if cycle < warmupCycles {
          chain.evolve(intervalSeconds, lambda: lambda, agents: s, integrate: false)
        } else {
          intervals.append(measure(&chain, lambda: lambda, agents: s, next: next))
        }
        chain.applyBoundary(from: s, to: next)
      }
    }
    return Result(intervals: intervals, truncatedMass: chain.leaked, capacity: capacity)
  }

  /// Evolves one measured interval and returns its figures.
  private func measure(_ chain: inout MainChain, lambda: Double, agents s: Int, next: Int)
    -> Interval
  {
    let length = intervalSeconds
    let t = thresholdSeconds
    chain.resetIntegral()
    var within = 0.0
    let tagged = TaggedChain(mu: 1 / handleSeconds, rule: rule, threshold: t)
    if next == s {
      chain.evolve(length, lambda: lambda, agents: s, integrate: true)
      let g = tagged.constant(agents: s, xTop: chain.integralXTop)
      within = chain.dotIntegral(g, agents: s)
    } else {
      chain.evolve(length - t, lambda: lambda, agents: s, integrate: true)
      let g = tagged.constant(agents: s, xTop: chain.integralXTop)
      within = chain.dotIntegral(g, agents: s)
      var clock = length - t
      for (time, weight) in windowNodes(start: length - t, end: length) {
        chain.evolve(time - clock, lambda: lambda, agents: s, integrate: true)
        clock = time
        let g = tagged.acrossBoundary(
          beforeBoundary: length - time, from: s, to: next, xTop: chain.xTop)
        within += weight * chain.dot(g, agents: s)
      }
      chain.evolve(length - clock, lambda: lambda, agents: s, integrate: true)
    }
    let (waitTime, queueTime, systemTime) = chain.integralWaitQueueAndSystem(agents: s)
    return Interval(
      offered: lambda * length, serviceLevel: within / length,
      waitProbability: waitTime / length, meanQueue: queueTime / length,
      meanInSystem: systemTime / length,
      queueAtEnd: chain.expectedQueue(agents: s),
      queueAtEndVariance: chain.queueVariance(agents: s), inSystemAtEnd: chain.inSystem())
  }

  /// Composite Gauss–Legendre nodes (ascending) and weights over [start, end].
  private func windowNodes(start: Double, end: Double) -> [(Double, Double)] {
    let (x, w) = gaussLegendre8
    let width = (end - start) / Double(windowPanels)
    var nodes: [(Double, Double)] = []
    for p in 0..<windowPanels {
      let mid = start + (Double(p) + 0.5) * width
      for i in x.indices { nodes.append((mid + 0.5 * width * x[i], 0.5 * width * w[i])) }
    }
    return nodes.sorted { $0.0 < $1.0 }
  }
}

/// The 8-point Gauss–Legendre rule on [−1, 1] (ascending nodes), by Newton's method on P₈.
private let gaussLegendre8: ([Double], [Double]) = {
  let m = 8
  var nodes: [Double] = []
  var weights: [Double] = []
  for i in 1...m {
    var z = cos(Double.pi * (Double(i) - 0.25) / (Double(m) + 0.5))
    var derivative = 0.0
    for _ in 0..<100 {
      var p0 = 1.0
      var p1 = z
      for j in 2...m {
        let p2 = ((2 * Double(j) - 1) * z * p1 - (Double(j) - 1) * p0) / Double(j)
        p0 = p1
        p1 = p2
      }
      derivative = Double(m) * (z * p1 - p0) / (z * z - 1)
      let step = p1 / derivative
      z -= step
      if abs(step) < 1e-16 { break }
    }
    nodes.append(z)
    weights.append(2 / ((1 - z * z) * derivative * derivative))
  }
  let order = nodes.indices.sorted { nodes[$0] < nodes[$1] }
  return (order.map { nodes[$0] }, order.map { weights[$0] })
}()

/// Poisson(a) probabilities from `left` to `left + weights.count − 1`, computed from the
/// mode outward (Fox–Glynn style) and normalized; cut where they fall below 1e-20 of the
/// mode, which loses less than 1e-18 of the mass.
struct PoissonWeights {
  /// The first index kept.
  var left: Int
  /// The probabilities from `left` on.
  var weights: [Double]
  /// tail[i] = P(N > left + i), computed by suffix sums (accurate for small tails).
  var tail: [Double]

  /// The last index kept.
  var right: Int { left + weights.count - 1 }

  /// Computes the weights of Poisson(mean).
  init(mean a: Double) {
    precondition(a >= 0 && a.isFinite)
    let mode = Int(a.rounded(.down))
    var up: [Double] = [1]
    var w = 1.0
    var j = mode
    while w > 1e-20 {
      w *= a / Double(j + 1)
      j += 1
      up.append(w)
    }
    var down: [Double] = []
    w = 1
    j = mode
    while j > 0 && w > 1e-20 {
      w *= Double(j) / a
      j -= 1
      down.append(w)
    }
    left = mode - down.count
    let all = Array(down.reversed()) + up
    let sum = all.reduce(0, +)
    weights = all.map { $0 / sum }
    var suffix = Array(repeating: 0.0, count: weights.count)
    var acc = 0.0
    for i in stride(from: weights.count - 1, through: 0, by: -1) {
      suffix[i] = acc
      acc += weights[i]
    }
    tail = suffix
  }

  /// P(N > j).
  func tail(after j: Int) -> Double {
    if j < left { return 1 }
    if j > right { return 0 }
    return tail[j - left]
  }
}

/// The chain (n, x) of `TransientMMs`, with its time integral over the current interval.
private struct MainChain {
  /// Largest n kept.
  let capacity: Int
  /// Largest x stored.
  let xCap: Int
  /// Service rate per agent, per second.
  let mu: Double
  /// The drop rule.
  let rule: TransientMMs.DropRule
  /// Row length (capacity + 1).
  let stride: Int
  /// State probabilities, index x·stride + n.
  var pi: [Double]
  /// ∫ π dt since the last reset.
  var integral: [Double]
  /// Scratch vectors.
  var scratch: [Double]
  /// Accumulator for the uniformization sum.
  var sum: [Double]
  /// Highest n with mass.
  var nTop = 0
  /// Highest x with mass.
  var xTop = 0
  /// Highest x the integral has mass at (x-levels trimmed since keep their integral).
  var integralXTop = 0
  /// Highest n the integral has mass at.
  var integralNTop = 0
  /// Mass lost to truncation.
  var leaked = 0.0

  /// An empty system.
  init(capacity: Int, xCap: Int, mu: Double, rule: TransientMMs.DropRule) {
    self.capacity = capacity
    self.xCap = xCap
    self.mu = mu
    self.rule = rule
    stride = capacity + 1
    let size = (xCap + 1) * stride
    pi = Array(repeating: 0, count: size)
    pi[0] = 1
    integral = Array(repeating: 0, count: size)
    scratch = Array(repeating: 0, count: size)
    sum = Array(repeating: 0, count: size)
  }

  /// Zeroes the time integral.
  mutating func resetIntegral() {
    for i in integral.indices { integral[i] = 0 }
    integralXTop = xTop
    integralNTop = nTop
  }

  /// Applies the boundary map from staffing s to s′ (see `TransientMMs`).
  mutating func applyBoundary(from s: Int, to next: Int) {
    guard s != next else { return }
    let rows = min(xCap, xTop + max(0, s - next))
    for x in 0...rows {
      for n in 0...nTop { scratch[x * stride + n] = 0 }
    }
    var newTop = 0
    for x in 0...xTop {
      for n in x...nTop {
        let p = pi[x * stride + n]
        guard p != 0 else { continue }
        var x2 = x
        if next < s {
          let idle = max(0, s + x - n)
          x2 = x + max(0, s - next - idle)
        } else {
          x2 = max(0, x - (next - s))
        }
        precondition(x2 <= xCap, "x beyond its bound")
        scratch[x2 * stride + n] += p
        newTop = max(newTop, x2)
      }
    }
    swap(&pi, &scratch)
    xTop = newTop
    trimX()
  }

  /// Drops top x-levels whose mass is below 1e-20, counting it as leaked.
  private mutating func trimX() {
    while xTop > 0 {
      var mass = 0.0
      for n in 0...nTop { mass += pi[xTop * stride + n] }
      guard mass < 1e-20 else { return }
      for n in 0...nTop { pi[xTop * stride + n] = 0 }
      leaked += mass
      xTop -= 1
    }
  }

  /// Evolves π over `duration` seconds at arrival rate `lambda` and target `s`, adding
  /// ∫π dt to the integral when `integrate`: π(τ) = Σ_j w_j π·P^j and
  /// ∫₀^τ π dt = Σ_j P(N > j) ÷ Λ · π·P^j, N ~ Poisson(Λτ).
  mutating func evolve(_ duration: Double, lambda: Double, agents s: Int, integrate: Bool) {
    guard duration > 0 else { return }
    let rate = lambda + mu * Double(s + xTop)
    guard rate > 0 else {
      if integrate {
        for i in pi.indices { integral[i] += duration * pi[i] }
        integralXTop = max(integralXTop, xTop)
        integralNTop = max(integralNTop, nTop)
      }
      return
    }
    let weights = PoissonWeights(mean: rate * duration)
    let xStart = xTop
    let reach = min(capacity, nTop + weights.right + 1)
    for x in 0...xTop {
      for n in 0...reach { sum[x * stride + n] = 0 }
    }
    // The sum holds mass up to the highest level reached, even if the frontier was trimmed.
    var reached = nTop
    for j in 0...weights.right {
      let w = j >= weights.left ? weights.weights[j - weights.left] : 0
      let c = integrate ? weights.tail(after: j) / rate : 0
      step(
        lambda: lambda, agents: s, rate: rate, weight: w, integralWeight: c,
        last: j == weights.right)
      reached = max(reached, nTop)
    }
    swap(&pi, &sum)
    nTop = reached
    if integrate {
      integralXTop = max(integralXTop, xStart)
      integralNTop = max(integralNTop, reached)
    }
    flushTiny()
  }

  /// Adds `weight`·π to the sum and `integralWeight`·π to the integral, then (unless
  /// `last`) takes one uniformized step π ← π·P, computed by pulling each state's inflow.
  private mutating func step(
    lambda: Double, agents s: Int, rate: Double, weight: Double, integralWeight: Double,
    last: Bool
  ) {
    let inv = 1 / rate
    let up = lambda * inv
    let top = nTop
    let newTop = last ? top : min(capacity, top + 1)
    let xt = xTop
    let st = stride
    let m = mu * inv
    let designated = rule == .designated
    let cap = capacity
    var lost = 0.0
    // Rates out of (x, n), divided by Λ: down-with-x and down-keeping-x.
    @inline(__always) func downs(_ x: Int, _ n: Int) -> (Double, Double) {
      if designated { return (m * Double(x), m * Double(min(n - x, s))) }
      if x > 0 { return (m * Double(min(n, s + x)), 0) }
      return (0, m * Double(min(n, s)))
    }
    pi.withUnsafeBufferPointer { p in
      sum.withUnsafeMutableBufferPointer { acc in
        integral.withUnsafeMutableBufferPointer { integ in
          scratch.withUnsafeMutableBufferPointer { out in
            for x in 0...xt {
              let base = x * st
              for n in x...top {
                acc[base + n] += weight * p[base + n]
                integ[base + n] += integralWeight * p[base + n]
              }
              guard !last else { continue }
              for n in x...newTop {
                let i = base + n
                var v = 0.0
                if n <= top {
                  let (dx, dn) = downs(x, n)
                  v = p[i] * (1 - up - dx - dn)
                }
                if n > x { v += p[i - 1] * up }
                if n < top {
                  v += p[i + 1] * downs(x, n + 1).1
                  if x < xt { v += p[i + st + 1] * downs(x + 1, n + 1).0 }
                }
                out[i] = v
              }
              if top == cap { lost += p[base + top] * up }
            }
          }
        }
      }
    }
    guard !last else { return }
    leaked += lost
    swap(&pi, &scratch)
    nTop = newTop
    // Trim the frontier: drop the top level when its mass is negligible.
    if nTop > 0 {
      var mass = 0.0
      for x in 0...min(xTop, nTop) { mass += pi[x * stride + nTop] }
      if mass < 1e-20 {
        for x in 0...min(xTop, nTop) { pi[x * stride + nTop] = 0 }
        leaked += mass
        nTop -= 1
      }
    }
  }

  /// Zeroes entries below 1e-280 (counted as leaked) so no denormal slows the products.
  private mutating func flushTiny() {
    var lost = 0.0
    for x in 0...xTop {
      for n in x...nTop {
        let i = x * stride + n
        if pi[i] != 0 && pi[i] < 1e-280 {
          lost += pi[i]
          pi[i] = 0
        }
      }
    }
    leaked += lost
    trimX()
  }

  /// Σ over states of `weights(state) · g(state)` for the wait-within-T function g of an
  /// arrival in that state (1 when an agent is free).
  private func dotWith(
    _ weights: [Double], xMax: Int, nMax: Int, _ g: TaggedValues, agents s: Int
  ) -> Double {
    var total = 0.0
    for x in 0...xMax {
      for n in x...nMax {
        let v = weights[x * stride + n]
        if v == 0 { continue }
        total += v * g.value(x: x, q: n - x - s + 1)
      }
    }
    return total
  }

  /// ⟨π, g⟩.
  func dot(_ g: TaggedValues, agents s: Int) -> Double {
    dotWith(pi, xMax: xTop, nMax: nTop, g, agents: s)
  }

  /// ⟨∫π dt, g⟩ (g must cover x up to `integralXTop`).
  func dotIntegral(_ g: TaggedValues, agents s: Int) -> Double {
    dotWith(integral, xMax: integralXTop, nMax: integralNTop, g, agents: s)
  }

  /// ∫ P(an arrival waits) dt, ∫ E[queue] dt and ∫ E[n] dt since the last reset.
  func integralWaitQueueAndSystem(agents s: Int) -> (Double, Double, Double) {
    var wait = 0.0
    var queue = 0.0
    var system = 0.0
    for x in 0...integralXTop {
      for n in x...integralNTop {
        let v = integral[x * stride + n]
        system += v * Double(n)
        guard n - x >= s else { continue }
        wait += v
        queue += v * Double(n - x - s)
      }
    }
    return (wait, queue, system)
  }

  /// E[queue] now.
  func expectedQueue(agents s: Int) -> Double {
    var queue = 0.0
    for x in 0...xTop {
      for n in x...nTop where n - x > s { queue += pi[x * stride + n] * Double(n - x - s) }
    }
    return queue
  }

  /// The variance of the number waiting now.
  func queueVariance(agents s: Int) -> Double {
    var first = 0.0
    var second = 0.0
    for x in 0...xTop {
      for n in x...nTop where n - x > s {
        let q = Double(n - x - s)
        first += pi[x * stride + n] * q
        second += pi[x * stride + n] * q * q
      }
    }
    return second - first * first
  }

  /// The distribution of n now.
  func inSystem() -> [Double] {
    var p = Array(repeating: 0.0, count: nTop + 1)
    for x in 0...xTop {
      for n in x...nTop { p[n] += pi[x * stride + n] }
    }
    return p
  }
}

/// Probabilities g(x, q) that a tagged waiting contact at position q (q = 1: next) with x
/// extra agents reaches an agent within the remaining time; 1 for q ≤ 0, 0 beyond `qTop`.
struct TaggedValues {
  /// Largest x stored.
  var xTop: Int
  /// Largest q stored; beyond it the value is below 1e-17.
  var qTop: Int
  /// Values, index x·(qTop + 1) + q; q = 0 holds 1.
  var values: [Double]

  /// g(x, q).
  func value(x: Int, q: Int) -> Double {
    if q <= 0 { return 1 }
    if q > qTop { return 0 }
    return values[min(x, xTop) * (qTop + 1) + q]
  }
}

/// The tagged contact's chain (x, q) of `TransientMMs`, solved backward.
struct TaggedChain {
  /// Service rate per agent, per second.
  let mu: Double
  /// The drop rule.
  let rule: TransientMMs.DropRule
  /// SLA threshold T, seconds.
  let threshold: Double

  /// g for an arrival whose whole T lies in one staffing level `s`.
  func constant(agents s: Int, xTop: Int) -> TaggedValues {
    let qTop = positions(rate: mu * Double(s + xTop), extra: 0)
    var v = start(xTop: xTop, qTop: qTop)
    backward(&v, duration: threshold, agents: s)
    return v
  }

  /// g for an arrival `r` seconds before a boundary from `s` to `next`.
  func acrossBoundary(beforeBoundary r: Double, from s: Int, to next: Int, xTop: Int)
    -> TaggedValues
  {
    let xAll = xTop + max(0, s - next)
    let qTop = positions(rate: mu * Double(max(s, next) + xAll), extra: max(0, next - s))
    var after = start(xTop: xAll, qTop: qTop)
    backward(&after, duration: threshold - r, agents: next)
    var before = after
    for x in 0...xAll {
      for q in 1...qTop {
        var x2 = x
        var q2 = q
        if next < s {
          x2 = x + (s - next)
        } else {
          let cancelled = min(next - s, x)
          x2 = x - cancelled
          q2 = q - (next - s - cancelled)
        }
        before.values[x * (qTop + 1) + q] = after.value(x: x2, q: q2)
      }
    }
    backward(&before, duration: r, agents: s)
    return before
  }

  /// The largest position with a chance ≥ 1e-17 of service within T when events occur at
  /// most at `rate` and a boundary may advance the queue by `extra`.
  private func positions(rate: Double, extra: Int) -> Int {
    let weights = PoissonWeights(mean: rate * threshold)
    var m = max(weights.left, 0)
    while weights.tail(after: m) >= 1e-17 { m += 1 }
    return max(1, m + 1 + extra)
  }

  /// Values at the end: 1 for q ≤ 0 (served), 0 otherwise.
  private func start(xTop: Int, qTop: Int) -> TaggedValues {
    var values = Array(repeating: 0.0, count: (xTop + 1) * (qTop + 1))
    for x in 0...xTop { values[x * (qTop + 1)] = 1 }
    return TaggedValues(xTop: xTop, qTop: qTop, values: values)
  }

  /// v ← Σ_j w_j P^j v over `duration` at target s (backward uniformization).
  private func backward(_ v: inout TaggedValues, duration: Double, agents s: Int) {
    guard duration > 0 else { return }
    let rate = mu * Double(s + v.xTop)
    guard rate > 0 else { return }
    let weights = PoissonWeights(mean: rate * duration)
    let row = v.qTop + 1
    var cur = v.values
    var next = cur
    var acc = Array(repeating: 0.0, count: cur.count)
    let designated = rule == .designated
    for j in 0...weights.right {
      if j >= weights.left {
        let w = weights.weights[j - weights.left]
        for i in acc.indices { acc[i] += w * cur[i] }
      }
      guard j < weights.right else { break }
      for x in 0...v.xTop {
        let base = x * row
        next[base] = 1
        for q in 1...v.qTop {
          var moveQ = 0.0
          var moveX = 0.0
          if designated {
            moveQ = mu * Double(s)
            moveX = mu * Double(x)
          } else if x > 0 {
            moveX = mu * Double(s + x)
          } else {
            moveQ = mu * Double(s)
          }
          var value = (1 - (moveQ + moveX) / rate) * cur[base + q]
          if moveQ > 0 { value += moveQ / rate * cur[base + q - 1] }
          if moveX > 0 { value += moveX / rate * cur[base - row + q] }
          next[base + q] = value
        }
      }
      swap(&cur, &next)
    }
    v.values = acc
  }
}
