import Foundation

extension ErlangA {
  /// Returns every measure for validated input; see `ErlangA` for the mathematics.
  static func evaluate(
    agents: Int, load: Double, handleSeconds: Double, patienceSeconds: Double,
    thresholdSeconds: Double
  ) -> Performance {
    let n = Double(agents)
    var result = Performance(
      waitProbability: 0, abandonProbability: 0, answeredWithinThreshold: 1,
      abandonedWithinThreshold: 0, asaSeconds: 0, expectedQueueLength: 0,
      occupancy: min(1, load / n), answeredProbability: 1)
    if load == 0 { return result }
    let blocking = ErlangB.blocking(agents: agents, load: load)
    // Below about 1e-308 of blocking, every waiting measure is 0 in Double.
    if blocking == 0 { return result }
    if patienceSeconds == 0 { return lossSystem(result, blocking: blocking, load: load, n: n) }

    // Scaled chain: a = nμ/θ, b = λ/θ, and π_n = 1 / (1/B − 1 + M(a, b)).
    let a = n * patienceSeconds / handleSeconds
    let b = load * patienceSeconds / handleSeconds
    let atB = KummerSums(a: a, x: b, withMoments: true)
    let logInverseMinusOne = log1p(-blocking) - log(blocking)
    let logDenominator = SpecialFunctions.logAddExp(
      logInverseMinusOne, atB.logScale + log(atB.m0))
    let scale = exp(atB.logScale - logDenominator)  // π_n · e^logScale
    let served = a / (a + 1)
    let noWait = exp(logInverseMinusOne - logDenominator)
    let answeredAfterQueueing = scale * served * atB.m1
    let answered = noWait + answeredAfterQueueing

    result.waitProbability = min(1, scale * atB.m0)
    result.abandonProbability = min(1, scale * atB.h)
    result.answeredProbability = min(1, answered)
    result.expectedQueueLength = scale * atB.q
    let meanWaitOfAnswered = scale * patienceSeconds * served * atB.w
    result.asaSeconds = answered > 0 ? meanWaitOfAnswered / answered : 0
    result.occupancy = min(1, answered * load / n)

    guard thresholdSeconds > 0 else {
      result.answeredWithinThreshold = min(1, noWait)
      return result
    }
    // Contacts still unanswered at t: x_t = b·e^{−θt}, g(t) = exp(b(1 − e^{−θt}) − nμt).
    let thetaT = thresholdSeconds / patienceSeconds
    let xT = b * exp(-thetaT)
    let logG = -b * expm1(-thetaT) - n * thresholdSeconds / handleSeconds
    let atT = KummerSums(a: a, x: xT, withMoments: false)
    let after = exp(atT.logScale + logG - thetaT - logDenominator)
    let answeredAfter = after * served * atT.m1
    let abandonedAfter = after * atT.h
    result.answeredWithinThreshold = min(1, max(0, answered - answeredAfter))
    result.abandonedWithinThreshold = min(1, max(0, result.abandonProbability - abandonedAfter))
    return result
  }

  /// Zero patience: contacts that find every agent busy leave at once (Erlang B).
  private static func lossSystem(
    _ base: Performance, blocking: Double, load: Double, n: Double
  ) -> Performance {
    var result = base
    result.waitProbability = blocking
    result.abandonProbability = blocking
    result.answeredProbability = 1 - blocking
    result.answeredWithinThreshold = 1 - blocking
    result.abandonedWithinThreshold = blocking
    result.occupancy = min(1, (1 - blocking) * load / n)
    return result
  }
}
