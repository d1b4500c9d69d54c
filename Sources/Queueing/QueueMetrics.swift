/// The measures a planner reads for one agent count: the row of an Erlang table.
public struct QueueMetrics: Sendable, Equatable {
  /// Returns the number of agents these measures are for, in agents.
  public var agents: Int
  /// Returns the service level for the requested threshold and definition, a fraction.
  public var serviceLevel: Double
  /// Returns the average speed of answer of answered contacts, in seconds (`.infinity` for
  /// an unstable Erlang C system).
  public var asaSeconds: Double
  /// Returns P(an arriving contact finds every agent busy), a fraction.
  public var waitProbability: Double
  /// Returns P(an arriving contact abandons), a fraction (0 under Erlang C).
  public var abandonRate: Double
  /// Returns the agents' occupancy, a fraction in [0, 1].
  public var occupancy: Double
  /// Returns the expected number of contacts waiting, in contacts (`.infinity` for an
  /// unstable Erlang C system).
  public var expectedQueueLength: Double

  /// Returns a value holding the given measures (units as documented on each property).
  public init(
    agents: Int, serviceLevel: Double, asaSeconds: Double, waitProbability: Double,
    abandonRate: Double, occupancy: Double, expectedQueueLength: Double
  ) {
    self.agents = agents
    self.serviceLevel = serviceLevel
    self.asaSeconds = asaSeconds
    self.waitProbability = waitProbability
    self.abandonRate = abandonRate
    self.occupancy = occupancy
    self.expectedQueueLength = expectedQueueLength
  }
}
