import Foundation
import Testing

@testable import Simulation

/// Writes results/validation.md, the comparison table of every validation case, when the
/// environment variable `CCPLAN_WRITE_VALIDATION` names the output path:
///
///     CCPLAN_WRITE_VALIDATION=results/validation.md \
///       swift test -c release --filter ValidationReportTests
///
/// The checks are the same functions the validation tests assert, with the same seeds.
@Suite("Validation report")
struct ValidationReportTests {
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
      try priorities(), try chat(),
    ] {
      rows += checks.map { $0.row() }
    }
    rows += try conservation().map { $0.row() }
    rows.append(try coverageRow())
    rows += try determinism()
    return rows
  }
}

/// Renders the validation table as Markdown.
enum ValidationReport {
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
    return lines.joined(separator: "\n") + "\n"
  }
}
