import Foundation
import Queueing
import Testing

/// P(Poisson(mean) ≥ q) by the direct sum 1 − Σ_{i<q} e^{−a}aⁱ/i! (for small means).
private func poissonAtLeast(_ q: Int, mean a: Double) -> Double {
  if q <= 0 { return 1 }
  var term = exp(-a)
  var below = 0.0
  for i in 0..<q {
    below += term
    term *= a / Double(i + 1)
  }
  return max(0, 1 - below)
}

/// P(Binomial(n, p) = k).
private func binomial(_ k: Int, _ n: Int, _ p: Double) -> Double {
  var c = 1.0
  for i in 0..<k { c = c * Double(n - i) / Double(i + 1) }
  return c * pow(p, Double(k)) * pow(1 - p, Double(n - k))
}

@Suite("Exact M_t/M/s_t reference (TransientMMs) against closed forms")
struct TransientMMsTests {
  /// Constant λ and s for a day after a day's warm-up: the chain has converged to the
  /// stationary M/M/s, so P(wait), SL(20 s) and the mean queue are Erlang C's, under both
  /// drop rules (nothing drops).
  @Test("Constant rates converge to Erlang C: P(wait), SL and L_q to 1e-9")
  func stationary() throws {
    for (agents, load) in [(10, 8.0), (30, 27.0)] {
      for rule in [TransientMMs.DropRule.designated, .nextToFinish] {
        let reference = TransientMMs(
          arrivalsPerInterval: Array(repeating: load / 300 * 900, count: 96),
          staffing: Array(repeating: agents, count: 96), rule: rule, warmupCycles: 2)
        let result = reference.solve()
        #expect(result.truncatedMass < 1e-12)
        let last = try #require(result.intervals.last)
        let pWait = try ErlangC.waitProbability(agents: agents, offeredLoad: load)
        let sl = try ErlangC.serviceLevel(
          agents: agents, offeredLoad: load, handleSeconds: 300, thresholdSeconds: 20)
        let lq = try ErlangC.expectedQueueLength(agents: agents, offeredLoad: load)
        #expect(abs(last.waitProbability - pWait) < 1e-9, "\(agents), \(rule): P(wait)")
        #expect(abs(last.serviceLevel - sl) < 1e-9, "\(agents), \(rule): SL")
        #expect(abs(last.meanQueue - lq) < 1e-9 * max(1, lq), "\(agents), \(rule): L_q")
        #expect(abs(last.queueAtEnd - lq) < 1e-9 * max(1, lq), "\(agents), \(rule): queue")
        #expect(abs(result.cycleServiceLevel - sl) < 1e-9, "\(agents), \(rule): day SL")
      }
    }
  }

  /// With far more agents than could ever be busy the queue is M_t/M/∞: the number in
  /// system is Poisson with mean m(t), m′ = λ_k − μ·m, m(0) = 0, so at the end of interval k
  /// m = A_k + (m − A_k)·e^{−μL}. Staffing varies (drops included), always far above m.
  @Test("Many agents: the number in system is Poisson with m' = λ − μm, to 1e-9")
  func infiniteServer() {
    let count = 16
    let arrivals = (0..<count).map { k in 12 + 10 * sin(2 * Double.pi * Double(k) / 16) }
    let staffing = (0..<count).map { k in 70 + (k * 7) % 11 }
    let reference = TransientMMs(arrivalsPerInterval: arrivals, staffing: staffing)
    let result = reference.solve()
    #expect(result.truncatedMass < 1e-12)
    var m = 0.0
    let decay = exp(-900.0 / 300)
    for cycle in 0..<2 {
      for k in 0..<count {
        let load = arrivals[k] / 900 * 300
        m = load + (m - load) * decay
        guard cycle == 1 else { continue }
        let p = result.intervals[k].inSystemAtEnd
        var term = exp(-m)
        var worst = 0.0
        for n in 0..<max(p.count, 60) {
          worst = max(worst, abs((n < p.count ? p[n] : 0) - term))
          term *= m / Double(n + 1)
        }
        #expect(worst < 1e-9, "interval \(k): largest |P(n) − Poisson| \(worst)")
        #expect(result.intervals[k].waitProbability < 1e-12)
        #expect(abs(result.intervals[k].serviceLevel - 1) < 1e-12)
      }
    }
  }

  /// The tagged contact's chain against closed forms under DESIGN's rule: queue positions
  /// advance at rate μ·s whatever the designated agents do, so within one staffing level
  /// g(x, q) = P(Poisson(μsT) ≥ q); across a drop s → s′ at r seconds from the arrival,
  /// P(Poisson(μ(s·r + s′·(T − r))) ≥ q); across a rise of k, each of the x designated
  /// agents is still busy at the boundary with probability e^{−μr} (Binomial), and the
  /// k − (those cancelled) new agents advance the queue at once.
  @Test("Tagged wait chain (DESIGN rule): Poisson and binomial closed forms to 1e-12")
  func taggedDesignated() {
    let mu = 1.0 / 300
    let chain = TaggedChain(mu: mu, rule: .designated, threshold: 20)
    let constant = chain.constant(agents: 12, xTop: 4)
    for x in 0...4 {
      for q in 1...12 {
        let exact = poissonAtLeast(q, mean: mu * 12 * 20)
        #expect(abs(constant.value(x: x, q: q) - exact) < 1e-12, "constant x \(x) q \(q)")
      }
    }
    let r = 7.5
    let drop = chain.acrossBoundary(beforeBoundary: r, from: 12, to: 9, xTop: 4)
    for x in 0...4 {
      for q in 1...12 {
        let exact = poissonAtLeast(q, mean: mu * (12 * r + 9 * (20 - r)))
        #expect(abs(drop.value(x: x, q: q) - exact) < 1e-12, "drop x \(x) q \(q)")
      }
    }
    let rise = chain.acrossBoundary(beforeBoundary: r, from: 9, to: 12, xTop: 4)
    for x in 0...4 {
      for q in 1...12 {
        var exact = 0.0
        for busy in 0...x {
          // At the boundary `busy` designated agents remain; min(3, busy) are cancelled and
          // the other 3 − min(3, busy) new agents each take a waiting contact at once.
          let advance = 3 - min(3, busy)
          exact +=
            binomial(busy, x, exp(-mu * r))
            * poissonAtLeast(q - advance, mean: mu * (9 * r + 12 * (20 - r)))
        }
        #expect(abs(rise.value(x: x, q: q) - exact) < 1e-12, "rise x \(x) q \(q)")
      }
    }
  }

  /// The tagged contact's chain under the old rule: with x pending departures it waits for
  /// x completions at rates μ(s + x), …, μ(s + 1), then q at μs. For x = 1, q = 1 the wait
  /// is the sum of Exp(a) and Exp(b): P(W ≤ T) = 1 − (b·e^{−aT} − a·e^{−bT}) ÷ (b − a).
  @Test("Tagged wait chain (old rule): hypoexponential closed form to 1e-12")
  func taggedNextToFinish() {
    let mu = 1.0 / 300
    let chain = TaggedChain(mu: mu, rule: .nextToFinish, threshold: 20)
    let g = chain.constant(agents: 12, xTop: 3)
    let a = mu * 13
    let b = mu * 12
    let exact = 1 - (b * exp(-a * 20) - a * exp(-b * 20)) / (b - a)
    #expect(abs(g.value(x: 1, q: 1) - exact) < 1e-12)
    for q in 1...10 {
      #expect(abs(g.value(x: 0, q: q) - poissonAtLeast(q, mean: b * 20)) < 1e-12)
    }
  }

  /// A day with steep drops: the quadrature over the last T before a staffing change
  /// converges (2 against 6 panels of 8 nodes agree to 1e-10), and the probabilities
  /// conserve mass.
  @Test("Boundary-window quadrature converges; mass is conserved")
  func quadrature() {
    let arrivals: [Double] = [20, 40, 60, 80, 90, 70, 40, 20]
    let staffing = [9, 15, 22, 28, 30, 22, 12, 8]
    for rule in [TransientMMs.DropRule.designated, .nextToFinish] {
      var reference = TransientMMs(
        arrivalsPerInterval: arrivals, staffing: staffing, rule: rule)
      let coarse = reference.solve()
      reference.windowPanels = 6
      let fine = reference.solve()
      for k in staffing.indices {
        let diff = abs(coarse.intervals[k].serviceLevel - fine.intervals[k].serviceLevel)
        #expect(diff < 1e-10, "\(rule) interval \(k): \(diff)")
        let mass = fine.intervals[k].inSystemAtEnd.reduce(0, +)
        #expect(abs(mass - 1) < 1e-12, "\(rule) interval \(k): mass \(mass)")
      }
    }
  }

  /// Flow balance over every interval of a day with steep drops, which checks the time
  /// integrals (x-levels trimmed before the interval ends included): the work done,
  /// μ·∫E[busy] dt with busy = n − queue, equals the arrivals λL minus the growth of E[n].
  @Test("Time integrals: μ∫E[busy]dt = λL − ΔE[n] in every interval, both rules, to 1e-9")
  func flowBalance() {
    let arrivals: [Double] = [20, 40, 60, 80, 90, 70, 40, 20]
    let staffing = [9, 15, 22, 28, 30, 22, 12, 8]
    for rule in [TransientMMs.DropRule.designated, .nextToFinish] {
      let result = TransientMMs(
        arrivalsPerInterval: arrivals, staffing: staffing, rule: rule
      ).solve()
      func meanAtEnd(_ k: Int) -> Double {
        result.intervals[k].inSystemAtEnd.enumerated().reduce(0) { $0 + Double($1.0) * $1.1 }
      }
      for k in staffing.indices {
        let interval = result.intervals[k]
        guard k > 0 else { continue }
        let start = meanAtEnd(k - 1)
        let work = (interval.meanInSystem - interval.meanQueue) * 900 / 300
        let balance = interval.offered - (meanAtEnd(k) - start)
        #expect(abs(work - balance) < 1e-9 * interval.offered, "\(rule) interval \(k)")
      }
    }
  }

  /// The two drop rules coincide when staffing only rises (nobody is designated) and
  /// differ after a drop under load: the old rule stalls the queue until the pending
  /// agents have left, so the intervals after a drop are worse served.
  @Test("Drop rules: equal without drops, the old rule worse after a drop under load")
  func rules() {
    let rising = TransientMMs(
      arrivalsPerInterval: [30, 45, 60, 75], staffing: [12, 17, 22, 27], warmupCycles: 0)
    var old = rising
    old.rule = .nextToFinish
    let a = rising.solve()
    let b = old.solve()
    // Intervals 0–2 only rise; the cycle's last boundary (27 → 12) drops after interval 3.
    for k in 0..<3 {
      #expect(abs(a.intervals[k].serviceLevel - b.intervals[k].serviceLevel) < 1e-13)
    }
    let dropping = TransientMMs(
      arrivalsPerInterval: [90, 90, 60, 60], staffing: [33, 33, 22, 22], warmupCycles: 0)
    var oldDropping = dropping
    oldDropping.rule = .nextToFinish
    let designated = dropping.solve().intervals[2]
    let nextToFinish = oldDropping.solve().intervals[2]
    #expect(nextToFinish.serviceLevel < designated.serviceLevel - 0.01)
    #expect(nextToFinish.meanQueue > designated.meanQueue)
  }
}
