/// Erlang A (M/M/n+M): Poisson arrivals at λ = A / AHT per second, exponential handle
/// times with mean AHT, `n` agents, first come first served, and exponential patience with
/// mean P (θ = 1/P); a contact whose patience runs out before an agent takes it abandons.
/// θ > 0 makes the system stable at any load. Times are in seconds, loads in Erlangs.
///
/// The values are exact (to about 1e-13 relative in Double), not the many-server
/// approximations of Garnett, Mandelbaum and Reiman:
///
/// - **Chain.** The number in system is a birth–death chain: death rate kμ for k ≤ n and
///   nμ + (k − n)θ above. With a = nμ/θ and b = λ/θ, π_{n+j} = π_n·t_j where
///   t_j = bʲ / ((a+1)…(a+j)), and π_n = 1 / (1/B − 1 + M) with B = Erlang B(n, A) and
///   M = Σ_j t_j (Kummer's ₁F₁(1; a+1; b)). P(wait) = π_n·M, E[queue] = π_n·Σ j·t_j.
/// - **Offered wait.** A contact arriving behind j waiting contacts reaches an agent after
///   j + 1 queue departures, at rates nμ + iθ (i = j, …, 0: service or abandonment of those
///   ahead), a hypoexponential time V_j; it is answered iff V_j < its own patience τ.
///   Mixing the V_j over π gives the density of the offered wait,
///   f_V(x) = π_n·nμ·exp(λ(1 − e^{−θx})/θ − nμx) (Baccelli–Hébuterne; checked by Laplace
///   transform against the mixture), whose integrals are incomplete gamma functions.
/// - **Measures.** With x_t = b·e^{−θt} and g(t) = exp(b(1 − e^{−θt}) − nμt):
///   P(answered, V > t) = π_n·a/(a+1)·e^{−θt}·g(t)·M(a+1, x_t) and
///   P(abandoned after t) = π_n·e^{−θt}·g(t)·h(x_t), h(x) = Σ_j (j+1)xʲ/((a+1)…(a+j+1));
///   at t = 0 these give P(answered after queueing) and P(abandon) = π_n·h(b) = θ·E[queue]/λ.
///   The answered contacts' mean wait is E[V·e^{−θV}] = (π_n/θ)·Σ_j t_j·a/(a+j+1)·H_j with
///   H_j = Σ_{i=1}^{j+1} 1/(a+i).
///
/// Every series has positive terms and is summed from its largest term outward in scaled
/// form (`KummerSums`), with the scale kept in logarithms, so nothing overflows, underflows
/// or cancels from 0.01 to 100,000 Erlangs and 1 to 100,000 agents. Cost: O(√(λP + nP/AHT)
/// + √A) for the sums and Erlang B; microseconds at 10,000 agents with minutes of patience.
///
/// Limits: P → ∞ tends to Erlang C when A < n (and P(abandon) → 1 − n/A when A > n);
/// P = 0 is the loss system, Erlang B: P(wait) = P(abandon) = B, no one waits.
public enum ErlangA {
  /// Returns every measure at once, for a service-level threshold `thresholdSeconds`
  /// (probabilities as fractions, times in seconds).
  public static func performance(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double,
    thresholdSeconds: Double
  ) throws(QueueingError) -> Performance {
    try validate(
      agents: agents, load: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds)
    try InputValidation.threshold(thresholdSeconds)
    return evaluate(
      agents: agents, load: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: thresholdSeconds)
  }

  /// Returns P(an arriving contact finds every agent busy), a fraction in [0, 1].
  public static func waitProbability(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: 0
    ).waitProbability
  }

  /// Returns P(an arriving contact abandons), a fraction in [0, 1].
  public static func abandonProbability(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: 0
    ).abandonProbability
  }

  /// Returns the service level for threshold `thresholdSeconds` under `definition`, a
  /// fraction in [0, 1].
  public static func serviceLevel(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double,
    thresholdSeconds: Double, definition: ServiceLevelDefinition
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: thresholdSeconds
    ).serviceLevel(definition)
  }

  /// Returns the average speed of answer of answered contacts (zero waits included), in
  /// seconds; always finite.
  public static func averageSpeedOfAnswer(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: 0
    ).asaSeconds
  }

  /// Returns the expected number of contacts waiting (not in service), in contacts.
  public static func expectedQueueLength(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: 0
    ).expectedQueueLength
  }

  /// Returns the agents' occupancy (1 − P(abandon))·A / n, a fraction in [0, 1].
  public static func occupancy(
    agents: Int, offeredLoad: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) -> Double {
    try performance(
      agents: agents, offeredLoad: offeredLoad, handleSeconds: handleSeconds,
      patienceSeconds: patienceSeconds, thresholdSeconds: 0
    ).occupancy
  }

  static func validate(
    agents: Int, load: Double, handleSeconds: Double, patienceSeconds: Double
  ) throws(QueueingError) {
    try InputValidation.agents(agents, minimum: 1)
    try InputValidation.offeredLoad(load)
    try InputValidation.handleTime(handleSeconds)
    try InputValidation.patience(patienceSeconds)
  }
}
