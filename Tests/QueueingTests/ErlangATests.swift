import Testing

@testable import Queueing

/// One Erlang A case and its reference values (probabilities, seconds, contacts).
struct ErlangACase: Sendable, CustomStringConvertible {
  var agents: Int
  var load: Double
  var handle: Double
  var patience: Double
  var threshold: Double
  var wait: Double
  var abandon: Double
  var answeredWithin: Double
  var abandonedWithin: Double
  var asa: Double
  var queue: Double
  var description: String {
    "n \(agents) A \(load) AHT \(handle) s P \(patience) s t \(threshold) s"
  }
}

/// Erlang A references from a one-off high-precision script (Python 3.11, mpmath 1.3.0,
/// 150 digits), by a method unlike the library's: the birth–death chain summed directly
/// (tail truncated below 1e-60), and for each queue position j the offered wait V_j, a
/// hypoexponential time with rates nμ + iθ (i = 0…j), written in partial fractions:
///
///     mu, th = 1/aht, 1/pat
///     for each j, p = pi[n + j]; r = [n*mu + i*th for i in range(j + 1)]
///       c_i = prod_{k != i} r_k / (r_k - r_i)
///       answered within t += p * sum_i c_i r_i (1 - exp(-(r_i + th) t)) / (r_i + th)
///       abandon           += p * sum_i c_i th / (th + r_i)
///       abandon before t  += p * sum_i c_i th (1 - exp(-(th + r_i) t)) / (th + r_i)
///       E[wait; answered] += p * sum_i c_i r_i / (r_i + th)^2
///     answered within t also gets sum(pi[:n]); ASA = E[wait; answered] / (1 - abandon)
let erlangAReferences: [ErlangACase] = [
  ErlangACase(
    agents: 3, load: 3, handle: 180, patience: 120, threshold: 20,
    wait: 0.53742443708180598547, abandon: 0.24489294507433800769,
    answeredWithin: 0.53713092731397752318, abandonedWithin: 0.076439065409758029659,
    asa: 22.660447605101016284, queue: 0.48978589014867601538),
  ErlangACase(
    agents: 20, load: 40, handle: 180, patience: 360, threshold: 20,
    wait: 0.99999973000272504033, abandon: 0.50000001201779108215,
    answeredWithin: 2.4614300406141030742e-6, abandonedWithin: 0.054040475543063339125,
    asa: 245.05174722948169044, queue: 40.000000961423286572),
  ErlangACase(
    agents: 50, load: 45, handle: 100, patience: 60, threshold: 15,
    wait: 0.22088615721527049758, abandon: 0.02497341850755861178,
    answeredWithin: 0.95539322628072355809, abandonedWithin: 0.023312142268251489383,
    asa: 1.3867304979223954236, queue: 0.67428229970408251806),
  ErlangACase(
    agents: 100, load: 95, handle: 180, patience: 300, threshold: 20,
    wait: 0.35246733597952844635, abandon: 0.016421485202340275275,
    answeredWithin: 0.89788806304320792952, abandonedWithin: 0.013315923316077332569,
    asa: 4.8100464678565691179, queue: 2.6000684903705435853),
  ErlangACase(
    agents: 10, load: 10, handle: 180, patience: 1800, threshold: 30,
    wait: 0.77867089547438932703, abandon: 0.060468869562793270415,
    answeredWithin: 0.32081837297251189511, abandonedWithin: 0.012041632697147226617,
    asa: 108.5958631596982739, queue: 6.0468869562793270415),
]

/// Large systems, beyond the partial-fraction script: a second one-off script (mpmath 1.3.0,
/// 60 digits) integrates the offered-wait density f_V(x) = π_n·nμ·exp(λ(1 − e^{−θx})/θ −
/// nμx) with mpmath's own regularised incomplete gamma (`gammainc`) and `quad` (for the ASA),
/// with Erlang B by the exact recurrence in 60 digits. It agrees with the partial-fraction
/// reference to all 20 printed digits on the first case above; it shares the density
/// formula with the library but none of its numerics (no scaled series, no Stirling).
let erlangALargeReferences: [ErlangACase] = [
  ErlangACase(
    agents: 1_000, load: 1_000, handle: 180, patience: 120, threshold: 20,
    wait: 0.4541301388520683307, abandon: 0.013888682896566748164,
    answeredWithin: 0.98610002702100109723, abandonedWithin: 0.01388858200363887677,
    asa: 1.6491010170395866216, queue: 9.2591219310444987762),
  ErlangACase(
    agents: 500, load: 800, handle: 180, patience: 300, threshold: 30,
    wait: 1.0, abandon: 0.375, answeredWithin: 2.0406572760746953517e-30,
    abandonedWithin: 0.095162581964040426836, asa: 140.8211247737154821, queue: 500.0),
  ErlangACase(
    agents: 10_000, load: 9_800, handle: 300, patience: 600, threshold: 20,
    wait: 0.023791520159594182345, abandon: 0.000049798618862525433567,
    answeredWithin: 0.99995020138081150898, abandonedWithin: 0.000049798618862222820206,
    asa: 0.029822043666453599437, queue: 0.97605292970549849791),
  ErlangACase(
    agents: 100_000, load: 100_000, handle: 180, patience: 180, threshold: 20,
    wait: 0.50042052211036517669, abandon: 0.0012615652097053005629,
    answeredWithin: 0.99873843479029469944, abandonedWithin: 0.0012615652097053005629,
    asa: 0.22691801036495891378, queue: 126.15652097053005629),
]

struct ErlangATests {
  @Test(
    "Erlang A against the high-precision references",
    arguments: erlangAReferences + erlangALargeReferences)
  func highPrecision(_ c: ErlangACase) throws {
    let p = try ErlangA.performance(
      agents: c.agents, offeredLoad: c.load, handleSeconds: c.handle,
      patienceSeconds: c.patience, thresholdSeconds: c.threshold)
    #expect(isClose(p.waitProbability, c.wait, 1e-12), "\(report(p.waitProbability, c.wait))")
    #expect(
      isClose(p.abandonProbability, c.abandon, 1e-12), "\(report(p.abandonProbability, c.abandon))")
    #expect(
      isClose(p.answeredWithinThreshold, c.answeredWithin, 1e-12),
      "\(report(p.answeredWithinThreshold, c.answeredWithin))")
    #expect(
      isClose(p.abandonedWithinThreshold, c.abandonedWithin, 1e-12),
      "\(report(p.abandonedWithinThreshold, c.abandonedWithin))")
    #expect(isClose(p.asaSeconds, c.asa, 1e-12), "\(report(p.asaSeconds, c.asa))")
    #expect(
      isClose(p.expectedQueueLength, c.queue, 1e-12), "\(report(p.expectedQueueLength, c.queue))")
    let answered = 1 - c.abandon
    #expect(isClose(p.occupancy, answered * c.load / Double(c.agents), 1e-12))
    #expect(isClose(p.serviceLevel(.offered), c.answeredWithin, 1e-12))
    #expect(isClose(p.serviceLevel(.answered), c.answeredWithin / answered, 1e-12))
    #expect(
      isClose(
        p.serviceLevel(.excludeShortAbandons), c.answeredWithin / (1 - c.abandonedWithin), 1e-12))
  }

  @Test(
    "Erlang A against the brute-force chain and uniformisation",
    arguments: [
      (1, 0.5, 60.0, 30.0, 5.0), (3, 3, 180, 120, 20), (8, 6.5, 300, 60, 30),
      (12, 15, 120, 200, 10), (25, 24, 200, 1_000, 20), (5, 20, 100, 50, 8),
    ])
  func bruteForce(agents: Int, load: Double, handle: Double, patience: Double, t: Double) throws {
    let reference = ErlangAReference(
      agents: agents, load: load, handle: handle, patience: patience, threshold: t)
    let p = try ErlangA.performance(
      agents: agents, offeredLoad: load, handleSeconds: handle, patienceSeconds: patience,
      thresholdSeconds: t)
    let pairs: [(String, Double, Double)] = [
      ("P(wait)", p.waitProbability, reference.waitProbability),
      ("P(abandon)", p.abandonProbability, reference.abandonProbability),
      ("answered within t", p.answeredWithinThreshold, reference.answeredWithin),
      ("abandoned within t", p.abandonedWithinThreshold, reference.abandonedWithin),
      ("ASA", p.asaSeconds, reference.asaSeconds),
      ("E[queue]", p.expectedQueueLength, reference.expectedQueueLength),
    ]
    for (name, observed, expected) in pairs {
      #expect(isClose(observed, expected, 1e-9), "\(name): \(report(observed, expected))")
    }
  }

  /// The brute-force reference itself agrees with the 150-digit one where both apply.
  @Test("The brute-force reference reproduces the high-precision one")
  func referenceSelfCheck() {
    let c = erlangAReferences[0]
    let r = ErlangAReference(
      agents: c.agents, load: c.load, handle: c.handle, patience: c.patience,
      threshold: c.threshold)
    #expect(
      isClose(r.answeredWithin, c.answeredWithin, 1e-10),
      "\(report(r.answeredWithin, c.answeredWithin))")
    #expect(isClose(r.abandonedWithin, c.abandonedWithin, 1e-10))
    #expect(isClose(r.asaSeconds, c.asa, 1e-10))
    #expect(isClose(r.abandonProbability, c.abandon, 1e-12))
  }

  /// λ·P(abandon) = θ·E[queue]: abandonment is rate θ per waiting contact. The library
  /// computes the two sides from different sums.
  @Test("Abandonment balance λ·P(abandon) = θ·E[queue]")
  func abandonmentBalance() throws {
    for (agents, load) in [(1, 0.3), (10, 8.0), (10, 30.0), (500, 480.0), (2_000, 2_600.0)] {
      for patience in [5.0, 90, 3_600] {
        let handle = 240.0
        let p = try ErlangA.performance(
          agents: agents, offeredLoad: load, handleSeconds: handle, patienceSeconds: patience,
          thresholdSeconds: 20)
        let lhs = load / handle * p.abandonProbability
        let rhs = p.expectedQueueLength / patience
        #expect(
          isClose(lhs / rhs, 1, 1e-11), "n \(agents) A \(load) P \(patience): \(report(lhs, rhs))")
      }
    }
  }

  @Test("Patience → ∞ tends to Erlang C below saturation")
  func infinitePatience() throws {
    for (agents, load) in [(13, 10.0), (100, 95.0), (2_000, 1_950.0)] {
      let a = try ErlangA.performance(
        agents: agents, offeredLoad: load, handleSeconds: 180, patienceSeconds: 1e12,
        thresholdSeconds: 20)
      let c = try ErlangC.waitProbability(agents: agents, offeredLoad: load)
      let sl = try ErlangC.serviceLevel(
        agents: agents, offeredLoad: load, handleSeconds: 180, thresholdSeconds: 20)
      let asa = try ErlangC.averageSpeedOfAnswer(
        agents: agents, offeredLoad: load, handleSeconds: 180)
      #expect(isClose(a.waitProbability, c, 1e-7), "\(report(a.waitProbability, c))")
      #expect(
        isClose(a.serviceLevel(.offered), sl, 1e-7), "\(report(a.serviceLevel(.offered), sl))")
      #expect(isClose(a.asaSeconds, asa, 1e-7), "\(report(a.asaSeconds, asa))")
      #expect(a.abandonProbability < 1e-7)
    }
  }

  @Test("Huge load: P(abandon) → 1 − n/A")
  func saturation() throws {
    for (agents, load) in [(1, 1_000.0), (50, 5_000.0), (100, 100_000.0), (10_000, 30_000.0)] {
      let p = try ErlangA.abandonProbability(
        agents: agents, offeredLoad: load, handleSeconds: 180, patienceSeconds: 300)
      let limit = 1 - Double(agents) / load
      #expect(isClose(p, limit, 1e-9), "n \(agents) A \(load): \(report(p, limit))")
    }
  }

  @Test("Patience → 0 tends to Erlang B; patience 0 is Erlang B")
  func zeroPatience() throws {
    for (agents, load) in [(1, 0.5), (10, 8.0), (30, 45.0)] {
      let b = try ErlangB.blockingProbability(agents: agents, offeredLoad: load)
      for patience in [0.0, 1e-9] {
        let p = try ErlangA.performance(
          agents: agents, offeredLoad: load, handleSeconds: 180, patienceSeconds: patience,
          thresholdSeconds: 20)
        #expect(isClose(p.abandonProbability, b, 1e-9), "\(report(p.abandonProbability, b))")
        #expect(isClose(p.waitProbability, b, 1e-9))
        #expect(isClose(p.serviceLevel(.offered), 1 - b, 1e-9))
        #expect(isClose(p.serviceLevel(.answered), 1, 1e-9))
        #expect(isClose(p.occupancy, (1 - b) * load / Double(agents), 1e-9))
        #expect(p.asaSeconds < 1e-6)
      }
    }
  }

  @Test("Invalid input throws typed errors")
  func invalid() {
    #expect(throws: QueueingError.invalidPatience(-1)) {
      try ErlangA.waitProbability(
        agents: 2, offeredLoad: 1, handleSeconds: 60, patienceSeconds: -1)
    }
    #expect(throws: QueueingError.invalidPatience(.infinity)) {
      try ErlangA.occupancy(
        agents: 2, offeredLoad: 1, handleSeconds: 60, patienceSeconds: .infinity)
    }
    #expect(throws: QueueingError.invalidAgents(0, minimum: 1)) {
      try ErlangA.abandonProbability(
        agents: 0, offeredLoad: 1, handleSeconds: 60, patienceSeconds: 60)
    }
    #expect(throws: QueueingError.invalidHandleTime(-3)) {
      try ErlangA.averageSpeedOfAnswer(
        agents: 2, offeredLoad: 1, handleSeconds: -3, patienceSeconds: 60)
    }
    #expect(throws: QueueingError.invalidThreshold(-20)) {
      try ErlangA.serviceLevel(
        agents: 2, offeredLoad: 1, handleSeconds: 60, patienceSeconds: 60, thresholdSeconds: -20,
        definition: .offered)
    }
    #expect(throws: QueueingError.invalidOfferedLoad(-1)) {
      try ErlangA.expectedQueueLength(
        agents: 2, offeredLoad: -1, handleSeconds: 60, patienceSeconds: 60)
    }
  }
}
