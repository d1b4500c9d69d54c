import ContactCenter

/// How an experiment runs: its seed, replications, worker threads and the detail kept.
public struct ExperimentSettings: Sendable {
  /// Base random seed: replication r uses the streams of (seed, r).
  public var seed: UInt64
  /// Independent replications (≥ 1).
  public var replications: Int
  /// Worker threads (≥ 1); the output does not depend on it.
  public var threads: Int
  /// Headline figures only, or per interval and hour of day too.
  public var detail: SummaryDetail
  /// Counts simulated days as replications run, for a progress display (nil: not counted).
  public var progress: SimulationProgress?

  /// Returns settings with the given fields.
  public init(
    seed: UInt64, replications: Int, threads: Int, detail: SummaryDetail = .intervals,
    progress: SimulationProgress? = nil
  ) {
    self.seed = seed
    self.replications = replications
    self.threads = threads
    self.detail = detail
    self.progress = progress
  }
}

/// One variant of an experiment: a scenario with an optional staffing override, compiled.
public struct ExperimentVariant: Sendable {
  /// A name for outputs (e.g. the plan's file name).
  public var name: String
  /// The scenario simulated (already edited and validated).
  public var scenario: Scenario
  /// The scenario compiled, with any staffing override applied.
  public var model: CompiledModel

  /// Returns the variant of `scenario` with scheduled headcount `staffing`
  /// ([pool][open interval of the horizon]) replacing the scenario's, if given.
  public init(name: String, scenario: Scenario, staffing: [[Int]]? = nil) throws(SamplerError) {
    self.name = name
    self.scenario = scenario
    model = try CompiledModel(scenario: scenario, scheduledOverride: staffing)
  }
}

/// The experiment layer under every command (ContactCenters' separation of model and
/// experiment): replications of a variant reduced as they finish, and paired comparisons
/// of variants on the same random streams.
public enum Experiment {
  /// Returns the summary of `settings.replications` replications of `variant`, reduced in
  /// replication order as they finish (`SummaryReducer`: memory independent of the
  /// replication count). `progress` is called with the number done after each one.
  /// Throws the first replication's `QueueOverflow` (in replication order) when one
  /// reached the model's contact limit.
  public static func run(
    _ variant: ExperimentVariant, settings: ExperimentSettings,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(QueueOverflow) -> SimulationSummary {
    let model = variant.model
    let seed = settings.seed
    let counter = settings.progress
    let reducer = ParallelReplications.reduce(
      count: settings.replications, threads: max(1, settings.threads),
      initial: SummaryReducer(scenario: variant.scenario, model: model, detail: settings.detail),
      body: { r in
        var simulator = ContactCenterSimulator(model: model, seed: seed, replication: r)
        simulator.progress = counter
        return simulator.run()
      },
      combine: { reducer, result in
        reducer.add(result)
        progress?(reducer.count)
      })
    if let overflow = reducer.state.overflow { throw overflow }
    return reducer.state.summary()
  }

  /// Returns the paired comparison of `variants` (the first is the baseline), each run on
  /// the same streams — replication r of every variant uses (seed, r), so each sees the
  /// same customers (common random numbers) — with every headline metric's estimate per
  /// variant and its difference to the baseline with a paired 95 % interval.
  ///
  /// Replication r of all variants runs in one task, so the pairs meet without storing
  /// any replication; `progress` gets the number of replications done. Throws the first
  /// `QueueOverflow` (in replication order) of any variant.
  public static func compare(
    _ variants: [ExperimentVariant], settings: ExperimentSettings,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(QueueOverflow) -> Comparison {
    let seed = settings.seed
    let models = variants.map(\.model)
    let metricLists = variants.map { HeadlineMetrics.ids(scenario: $0.scenario, model: $0.model) }
    let initial = Comparison(
      variants: variants.map(\.name), metricsPerVariant: metricLists)
    let comparison = ParallelReplications.reduce(
      count: settings.replications, threads: max(1, settings.threads), initial: initial,
      body: { r in
        var overflow: QueueOverflow?
        let samples = models.indices.map { v in
          var simulator = ContactCenterSimulator(model: models[v], seed: seed, replication: r)
          let result = simulator.run()
          overflow = overflow ?? result.overflow
          return HeadlineMetrics.samples(result, model: models[v])
        }
        return (samples, overflow)
      },
      combine: { comparison, replication in
        comparison.add(replication.0)
        comparison.overflow = comparison.overflow ?? replication.1
        progress?(comparison.replications)
      }
    ).state
    if let overflow = comparison.overflow { throw overflow }
    return comparison
  }
}
