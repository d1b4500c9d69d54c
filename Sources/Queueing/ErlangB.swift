import Foundation

/// Erlang B (M/M/n/n loss system): the probability that an arriving contact finds all
/// `n` agents busy and, with no queue, is lost.
///
/// B(0) = 1 and B(k) = A·B(k−1) / (k + A·B(k−1)), the ratio recurrence of Erlang's formula
/// (A^n/n!) / Σ_{k≤n} A^k/k!. Every step is a convex combination, so the recurrence is
/// stable for any n and A: no factorials, no powers, no overflow.
public enum ErlangB {
  /// Returns the blocking probability in [0, 1] of `agents` servers offered `offeredLoad`
  /// Erlangs (Erlang's loss formula).
  ///
  /// Edge cases: 0 agents block everything (1); a load of 0 blocks nothing (0 for n ≥ 1).
  /// Cost: O(n) for n ≤ A, about 10·√A + (n − A) steps above (see `blocking(agents:load:)`).
  public static func blockingProbability(
    agents: Int, offeredLoad: Double
  ) throws(QueueingError) -> Double {
    try InputValidation.agents(agents, minimum: 0)
    try InputValidation.offeredLoad(offeredLoad)
    return blocking(agents: agents, load: offeredLoad)
  }

  /// First index of the recurrence for `agents` at `load`, and 1/B there.
  ///
  /// In the inverse form I(k) = 1/B(k) = 1 + (k/A)·I(k−1), an error in I(k−1) is multiplied
  /// by k/A < 1 while k < A. Starting m = ⌈10·√A + 20⌉ steps below min(n, A) from the upper
  /// bound I ≈ A/(A − k) shrinks the starting error by at least exp(−m²/(2A)) < e^−50, far
  /// below one ulp of the result, and saves most of the steps when A is large. For n ≥ A the
  /// start depends only on A, so a caller walking upward meets the very same values.
  static func recurrenceStart(agents: Int, load: Double) -> (index: Int, inverseB: Double) {
    let margin = (10 * load.squareRoot() + 20).rounded(.up)
    let top = min(Double(agents), load)
    let start = top - margin
    guard start >= 1 else { return (0, 1) }
    let index = Int(start)
    return (index, load / (load - Double(index)))
  }

  /// Returns B(n, A) for validated input (n ≥ 0, A ≥ 0 finite).
  static func blocking(agents: Int, load: Double) -> Double {
    if load == 0 { return agents == 0 ? 1 : 0 }
    let (start, inverse) = recurrenceStart(agents: agents, load: load)
    var b = 1 / inverse
    var k = start
    while k < agents {
      k += 1
      let ab = load * b
      b = ab / (Double(k) + ab)
      if b == 0 { return 0 }  // Underflow: stays 0 for every larger n.
    }
    return b
  }
}
