import ContactCenter

extension SimulationSummary {
  /// Returns the summary of replications of a scenario, reduced in replication order.
  public init(scenario: Scenario, model: CompiledModel, results: [ReplicationResult]) {
    var reducer = SummaryReducer(scenario: scenario, model: model)
    for result in results { reducer.add(result) }
    self = reducer.summary()
  }
}

/// Runs replications of a compiled model on several threads and keeps every result (for
/// tests and benchmarks that need the raw counters; `Experiment` streams instead).
public enum SimulationRunner {
  /// Returns one result per replication, in replication order: the same bytes whatever
  /// the number of threads, since replication r always uses the streams of (seed, r).
  public static func run(
    model: CompiledModel, seed: UInt64, replications: Int, threads: Int,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [ReplicationResult] {
    ParallelReplications.run(count: replications, threads: max(1, threads)) { r in
      var simulator = ContactCenterSimulator(model: model, seed: seed, replication: r)
      let result = simulator.run()
      progress?(r)
      return result
    }
  }
}
