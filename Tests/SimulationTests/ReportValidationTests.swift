import Foundation
import Testing

@testable import Simulation

/// Writes results/validation.md, the comparison table of every validation case, when the
/// environment variable `CCPLAN_WRITE_VALIDATION` names the output path:
///
///     CCPLAN_WRITE_VALIDATION=results/validation.md \
///       swift test -c release --filter ReportValidationTests
///
/// The checks are the same functions the validation tests assert, with the same seeds.
@Suite("Validation report")
struct ReportValidationTests {
  static let outputPath = ProcessInfo.processInfo.environment["CCPLAN_WRITE_VALIDATION"]

  @Test(
    "Writes the validation table to $CCPLAN_WRITE_VALIDATION",
    .enabled(if: outputPath != nil))
  func writeReport() throws {
    let path = try #require(Self.outputPath)
    let rows = try ValidationCases.all()
    let text = ValidationReport.markdown(rows)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    print(text)
    #expect(rows.allSatisfy { $0.passes })
  }
}

extension ValidationCases {
  /// Returns the rows of every validation case, in the order of the table.
  static func all() throws -> [ValidationRow] {
    var rows: [ValidationRow] = []
    for checks in [
      try mmc(), try erlangA(), try insensitivity(), try tiers(), try tierAbandonment(),
      try priorities(), try blending(), try overflow(), try skillFactor(), try chat(),
      try specialists(), try overflowChat(), try mixedSlots(), try arrivals(), try night(),
    ] {
      rows += checks.map { $0.row() }
    }
    rows += try conservation().map { $0.row() }
    rows.append(try TimeVaryingValidationTests.summaryRow())
    rows.append(try coverageRow())
    rows += try determinism()
    return rows
  }
}

/// Renders the validation table as Markdown.
enum ValidationReport {
  /// The text above the table: what is checked, the pass rule and how to regenerate.
  static let header = """
    # Validation of the simulator against queueing theory

    Every row compares a figure simulated by ccplan with an exact value from queueing theory
    (the `Queueing` module's Erlang B, C and A, or a closed form written in the test), never
    with the simulator's own earlier output. Seeds and tolerances were fixed before the runs.

    **Pass rule.** A statistical row passes when |simulated − exact| ≤ 2 × the reported 95 %
    half-width (about four standard errors: the `abs(diff) ÷ half-width` column must be ≤ 2)
    and the half-width is no wider than a bound set in advance, so that a broken, huge
    interval cannot pass. Where theory gives the standard error (escalated and deflected
    shares, variances of counts) the half-width shown is 2 × that standard error. Identities
    (conservation, zero waits in a loss system, determinism) must hold exactly. Half-widths
    are Student t over replications; ratios (SL, ASA, rates, occupancy) use the delta method
    on per-replication sums, as DESIGN.md prescribes.

    **Cases.** All queues are stationary and 24/7, with one warm-up day and 20 replications of
    7 days unless stated. P(wait) is 1 − SL(0 s) from the same scenario with `within` 0 s and
    the same seed. Tier 2 fed by a tier-1 M/M/c queue thinned by 1 − FCR is an exact M/M/c
    queue (Burke's theorem); with a tier 1 that practically never queues and exponential
    patience, tier 2 is an exact M/M/c+M queue (escalated customers draw a fresh patience).
    Priority waits use Cobham's formula for non-preemptive priority M/M/c with equal service
    rates, W_k = W₀ ÷ ((1 − σ_{k−1})(1 − σ_k)), W₀ = C ÷ (cμ). Chat with concurrency k and
    handle-time factor 1 is M/M/(c·k). Email blended behind voice on one pool is the same
    two-class priority queue with voice first. A tier-1 pool with an overflow pool is one
    M/M/c queue (routing only picks which idle agent answers). Little's law compares the
    queue length sampled at every interval end with λ·W_q, replication by replication.
    Arrivals: counts per day and per half-day against demand × (1 − deflection) and the
    profile, and their variance against Poisson (λ) and the gamma day factor (λ + λ²·cv²).
    The night desk (20:00–08:00, 7 nights, no warm-up: each night opens empty) is measured
    22:00–07:00, after about four relaxation times and before the hour whose pool time
    includes the drain after closing: a window across midnight is one stationary M/M/c.
    Coverage: 400 independent runs (base seeds 10,000–10,399) of 5 replications of one day
    after a warm-up day, whose start-up bias is of order e^−50; two-sided exact binomial
    test at α = 0.01. The test sources are `Tests/SimulationTests/*ValidationTests.swift`.

    Routing: chat-only specialists beside voice+chat generalists, and a tier-1 chat pool
    with a tier-2 overflow pool, are M/M/30/30 loss systems for the specialists (factor 1,
    exponential), so the chat load reaching the others is A·B(30, A) (Erlang B); slot
    occupancy counts chats only, so a mixed pool's is the chat load ÷ chat slots (Little).
    Time-varying staffing: a sinusoidal day under an hourly plan that drops by 6–12 agents
    every hour after the peak, 1,000 replications, against the exact M_t/M/s_t solution by
    uniformization of DESIGN.md's drop rule (`TransientMMs.swift`), each of 96 intervals'
    SL(20 s), P(wait) and end-of-interval queue within 4 SE (the queue's SE from the exact
    distribution of the queue at the interval's end: a mostly-empty count's sample
    understates its own spread).

    Not in the table: `StaffingValidationTests` checks staffing changes exactly (after a drop
    only the new headcount remains once busy agents finish; agents coming on line fill every
    chat slot from the queue before later arrivals). Both checks found simulator bugs, fixed
    in `Sources/Simulation/Model` (see `git log`).

    **Regenerate** (from the package root, release build; about a minute on 2 cores):

        CCPLAN_WRITE_VALIDATION=results/validation.md \\
          swift test -c release --filter ReportValidationTests

    The same checks run as ordinary tests with `swift test -c release --filter ValidationTests`.


    """

  /// Returns the whole results/validation.md text for `rows`.
  static func markdown(_ rows: [ValidationRow]) -> String {
    var lines = [
      "| case | quantity | simulated mean ± ci95 | exact | abs(diff) ÷ half-width | verdict |",
      "|---|---|---|---|---|---|",
    ]
    for row in rows {
      let cells = [
        row.caseName, row.quantity, row.simulated, row.exact, row.score,
        row.passes ? "pass" : "FAIL",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return header + lines.joined(separator: "\n") + "\n"
  }
}
