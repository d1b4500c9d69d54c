import ContactCenter
import Foundation
import Testing

@testable import Simulation

/// The repository's scenarios folder, found relative to this file.
let scenariosDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios")

/// Loads an example scenario by file name.
func exampleScenario(_ file: String) throws -> Scenario {
  try ScenarioLoader.load(path: scenariosDirectory.appendingPathComponent(file).path).scenario
}

/// Decodes a scenario from JSON text.
func scenario(_ text: String) throws -> Scenario {
  try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: scenariosDirectory)
}

/// Simulates a scenario and returns its summary.
func simulate(_ scenario: Scenario, replications: Int, seed: UInt64 = 1, threads: Int = 2) throws
  -> SimulationSummary
{
  let model = try CompiledModel(scenario: scenario)
  let results = SimulationRunner.run(
    model: model, seed: seed, replications: replications, threads: threads)
  return SimulationSummary(scenario: scenario, model: model, results: results)
}

// MARK: - Validation against queueing theory

/// One replication set of a scenario: the compiled model, the raw results and the summary.
struct SimulationRun {
  /// The compiled model.
  var model: CompiledModel
  /// One result per replication, in replication order.
  var results: [ReplicationResult]
  /// The reduced summary.
  var summary: SimulationSummary

  /// Returns the totals of one channel at one tier index (tier − 1), per replication.
  func tierTotals(channel c: Int, tier t: Int) -> [TierCounters] {
    results.map { r in
      (0..<model.horizonIntervals).reduce(into: TierCounters()) { total, k in
        total.add(r.tiers[(k * model.channelCount + c) * model.tierCount + t])
      }
    }
  }

  /// Returns the journey totals of one channel, per replication.
  func journeyTotals(channel c: Int) -> [JourneyCounters] {
    results.map { r in
      (0..<model.horizonIntervals).reduce(into: JourneyCounters()) { total, k in
        total.add(r.journeys[k * model.channelCount + c])
      }
    }
  }

  /// Returns the tier summary of a channel id at a tier, if the channel reaches it.
  func tier(_ channel: String, _ tier: Int) -> TierSummary? {
    summary.tiers.first { $0.channel == channel && $0.tier == tier }
  }
}

/// Simulates a scenario and keeps the raw replication results with the summary.
func run(_ scenario: Scenario, replications: Int, seed: UInt64, threads: Int = 2) throws
  -> SimulationRun
{
  let model = try CompiledModel(scenario: scenario)
  let results = SimulationRunner.run(
    model: model, seed: seed, replications: replications, threads: threads)
  return SimulationRun(
    model: model, results: results,
    summary: SimulationSummary(scenario: scenario, model: model, results: results))
}

/// One simulated figure checked against an exact value from theory.
///
/// The rule is fixed before any run: the simulated mean must lie within `tolerance` of the
/// exact value — twice the reported 95 % half-width (about four standard errors) unless a
/// tolerance from theory is given — and the reported half-width must not exceed
/// `maxHalfWidth`, a bound set in advance so that a broken, huge interval cannot pass.
struct ValidationCheck: Sendable, CustomStringConvertible {
  /// The validation case, e.g. "M/M/c (mmc-validation.json)".
  var caseName: String
  /// The quantity, e.g. "SL(20 s), offered".
  var quantity: String
  /// The simulated estimate.
  var simulated: Double
  /// The reported (or, for theory tolerances, the theoretical) 95 % half-width.
  var halfWidth: Double
  /// The exact value.
  var exact: Double
  /// The largest |simulated − exact| accepted.
  var tolerance: Double
  /// The largest half-width accepted.
  var maxHalfWidth: Double

  /// Returns a check whose tolerance is twice the reported 95 % half-width.
  init(
    _ caseName: String, _ quantity: String, estimate: Estimate?, exact: Double,
    maxHalfWidth: Double
  ) {
    self.caseName = caseName
    self.quantity = quantity
    simulated = estimate?.mean ?? .nan
    halfWidth = estimate?.ci95 ?? .infinity
    self.exact = exact
    tolerance = 2 * halfWidth
    self.maxHalfWidth = maxHalfWidth
  }

  /// Returns a check with a tolerance from theory (`halfWidth` ≈ 2 standard errors from theory).
  init(
    _ caseName: String, _ quantity: String, simulated: Double, theoryHalfWidth: Double,
    exact: Double
  ) {
    self.caseName = caseName
    self.quantity = quantity
    self.simulated = simulated
    halfWidth = theoryHalfWidth
    self.exact = exact
    tolerance = 2 * theoryHalfWidth
    maxHalfWidth = theoryHalfWidth
  }

  /// Returns |simulated − exact| in units of the half-width (≤ 2 passes).
  var standardizedError: Double {
    halfWidth > 0 ? abs(simulated - exact) / halfWidth : (simulated == exact ? 0 : .infinity)
  }

  /// Returns true when the estimate is within tolerance and the interval is informative.
  var passes: Bool {
    abs(simulated - exact) <= tolerance && halfWidth <= maxHalfWidth
  }

  var description: String {
    "\(caseName) — \(quantity): simulated \(simulated) ± \(halfWidth), exact \(exact), "
      + "|diff|/half-width \(standardizedError), half-width bound \(maxHalfWidth)"
  }
}

/// Records every check's outcome as a Swift Testing expectation.
func expectAll(_ checks: [ValidationCheck], sourceLocation: SourceLocation = #_sourceLocation) {
  for check in checks {
    #expect(check.passes, "\(check)", sourceLocation: sourceLocation)
  }
}

/// One row of the validation table (results/validation.md).
struct ValidationRow: Sendable {
  /// The validation case.
  var caseName: String
  /// The quantity compared.
  var quantity: String
  /// The simulated value, formatted (mean ± 95 % half-width).
  var simulated: String
  /// The exact value, formatted.
  var exact: String
  /// |diff| ÷ half-width, or the test statistic, formatted.
  var score: String
  /// Whether the check passed.
  var passes: Bool
}

extension ValidationCheck {
  /// Returns the table row of this check: 4 decimals for fractions, 2 for larger values.
  func row() -> ValidationRow {
    let digits = abs(exact) >= 1 || abs(simulated) >= 1 ? 2 : 4
    return ValidationRow(
      caseName: caseName, quantity: quantity,
      simulated: "\(format(simulated, digits)) ± \(format(halfWidth, digits))",
      exact: format(exact, digits), score: format(standardizedError, 2), passes: passes)
  }
}

/// Returns `value` with `digits` decimals.
func format(_ value: Double, _ digits: Int) -> String {
  guard value.isFinite else { return "\(value)" }
  return String(format: "%.\(digits)f", value)
}

/// Namespace of the validation cases; each returns its checks so that the tests assert them
/// and the report test prints them.
enum ValidationCases {}
