extension ErlangA {
  /// Every Erlang A measure at one agent count and one service-level threshold; all
  /// probabilities are fractions of offered contacts unless stated, times are seconds.
  public struct Performance: Sendable, Equatable {
    /// Returns P(an arriving contact finds every agent busy and must queue), a fraction.
    public var waitProbability: Double
    /// Returns P(an arriving contact abandons before being answered), a fraction.
    public var abandonProbability: Double
    /// Returns P(an arriving contact is answered within the threshold), a fraction.
    public var answeredWithinThreshold: Double
    /// Returns P(an arriving contact abandons before the threshold), a fraction.
    public var abandonedWithinThreshold: Double
    /// Returns the mean wait of answered contacts (zero waits included), in seconds.
    public var asaSeconds: Double
    /// Returns the expected number of contacts waiting (not in service), in contacts.
    public var expectedQueueLength: Double
    /// Returns the agents' occupancy (1 − P(abandon))·A / n, a fraction in [0, 1].
    public var occupancy: Double
    /// Returns P(an arriving contact is answered) = 1 − P(abandon), computed without
    /// cancellation, a fraction.
    public var answeredProbability: Double

    /// Returns the service level, a fraction in [0, 1], under `definition` (see
    /// `ServiceLevelDefinition`); an empty denominator gives 0.
    public func serviceLevel(_ definition: ServiceLevelDefinition) -> Double {
      let denominator: Double
      switch definition {
      case .offered: return answeredWithinThreshold
      case .answered: denominator = answeredProbability
      case .excludeShortAbandons: denominator = 1 - abandonedWithinThreshold
      }
      guard denominator > 0 else { return 0 }
      return min(1, answeredWithinThreshold / denominator)
    }
  }
}
