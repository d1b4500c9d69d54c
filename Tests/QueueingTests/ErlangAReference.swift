import Foundation

/// A brute-force Erlang A (M/M/n+M) reference, written independently of the library: the
/// birth–death chain solved directly on a truncated state space, then the tagged contact's
/// queue position followed as an absorbing Markov chain. Service-level probabilities come
/// from uniformisation of that chain, P(abandon) and the answered contacts' mean wait from
/// first-step analysis. Only for small systems (it is O(states × jumps)).
struct ErlangAReference {
  var waitProbability = 0.0
  var abandonProbability = 0.0
  var answeredWithin = 0.0
  var abandonedWithin = 0.0
  var asaSeconds = 0.0
  var expectedQueueLength = 0.0

  init(agents n: Int, load: Double, handle: Double, patience: Double, threshold t: Double) {
    let mu = 1 / handle
    let theta = 1 / patience
    let lambda = load * mu
    // Stationary chain: weights up to n, then until the tail is negligible.
    var weights = [1.0]
    for k in 1...n { weights.append(weights[k - 1] * load / Double(k)) }
    var j = 0
    while true {
      j += 1
      let next = weights[weights.count - 1] * lambda / (Double(n) * mu + Double(j) * theta)
      weights.append(next)
      let total = weights.reduce(0, +)
      if j > 10 && next < 1e-22 * total { break }
    }
    let total = weights.reduce(0, +)
    let pi = weights.map { $0 / total }
    let queued = Array(pi[n...])  // queued[i]: arrival finds i contacts waiting ahead.
    let noWait = pi[..<n].reduce(0, +)
    waitProbability = queued.reduce(0, +)
    expectedQueueLength = queued.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }

    // First-step analysis: p[i] = P(served | i ahead), m[i] = E[wait · 1{served} | i ahead].
    var served = 0.0
    var meanWaitServed = 0.0
    var previousP = 1.0
    var previousM = 0.0
    for i in 0..<queued.count {
      let progress = Double(n) * mu + Double(i) * theta
      let out = progress + theta
      let p = progress / out * previousP
      let m = progress / out * (previousP / out + previousM)
      served += queued[i] * p
      meanWaitServed += queued[i] * m
      previousP = p
      previousM = m
    }
    abandonProbability = waitProbability - served
    asaSeconds = meanWaitServed / (noWait + served)

    // Uniformisation of the absorbing chain over positions 0…J plus "served"/"abandoned".
    let states = queued.count
    let rate = Double(n) * mu + Double(states) * theta
    var vector = queued
    var servedMass = 0.0
    var abandonedMass = 0.0
    let mean = rate * t
    let jumps = Int(mean + 12 * mean.squareRoot() + 30)
    var servedWithin = 0.0
    var abandonedWithinSum = 0.0
    for k in 0...jumps {
      let poisson = exp(-mean + Double(k) * log(max(mean, 1e-300)) - lgamma(Double(k) + 1))
      servedWithin += poisson * servedMass
      abandonedWithinSum += poisson * abandonedMass
      var next = [Double](repeating: 0, count: states)
      for i in 0..<states where vector[i] != 0 {
        let progress = Double(n) * mu + Double(i) * theta
        let mass = vector[i]
        if i == 0 {
          servedMass += mass * progress / rate
        } else {
          next[i - 1] += mass * progress / rate
        }
        abandonedMass += mass * theta / rate
        next[i] += mass * (1 - (progress + theta) / rate)
      }
      vector = next
    }
    answeredWithin = noWait + servedWithin
    abandonedWithin = abandonedWithinSum
  }
}
