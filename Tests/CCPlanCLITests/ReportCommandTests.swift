import Foundation
import Testing

@testable import CCPlanCLI

@Suite("ccplan report and --report")
struct ReportCommandTests {
  /// Returns the data rows of a CSV file ccplan wrote, split into cells (ids have no commas).
  static func rows(_ path: String) throws -> (header: [String], rows: [[String]]) {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
    return (lines[0], Array(lines.dropFirst()))
  }

  @Test("staff --report writes report.html; report DIR writes the same page from the files")
  func staffReport() throws {
    let out = temporaryDirectory(for: "report")
    let file = scenariosPath + "/retail-customer-service.json"
    let (status, _, stderr) = runCLI(["staff", file, "--out", out, "--report"])
    #expect(status == 0, "\(stderr)")
    #expect(stderr.hasSuffix("\(out)/report.html\n"))
    let written = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    let again = out + "/again.html"
    let (reportStatus, _, reportErr) = runCLI(["report", out, "--out", again])
    #expect(reportStatus == 0, "\(reportErr)")
    #expect(reportErr == "Wrote \(again)\n")
    #expect(try String(contentsOfFile: again, encoding: .utf8) == written)
    // The busiest interval named is the largest tier-1 offered total in requirements.csv.
    let (header, rows) = try Self.rows(out + "/requirements.csv")
    let (start, tier, offered) = (
      header.firstIndex(of: "interval_start")!, header.firstIndex(of: "tier")!,
      header.firstIndex(of: "offered_contacts")!
    )
    var totals: [(String, Double)] = []
    for row in rows where row[tier] == "1" {
      if totals.last?.0 != row[start] { totals.append((row[start], 0)) }
      totals[totals.count - 1].1 += Double(row[offered])!
    }
    let busiest = totals.max { $0.1 < $1.1 }!
    #expect(written.contains("Busiest interval: \(busiest.0), "))
    for external in ["http", "src=", "href=", "url(", "<script"] {
      #expect(!written.lowercased().contains(external))
    }
  }

  @Test("simulate --report: the shaded misses are the intervals intervals.csv marks missed")
  func simulateReport() throws {
    let out = temporaryDirectory(for: "report")
    // One day and two replications: quick in CI's debug step with the internal checks on.
    let file = scenariosPath + "/retail-customer-service.json"
    let (status, _, stderr) = runCLI(["simulate", file, "-r", "2", "--out", out, "--report"])
    #expect(status == 0, "\(stderr)")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    let (header, rows) = try Self.rows(out + "/intervals.csv")
    let (start, target) = (
      header.firstIndex(of: "interval_start")!, header.firstIndex(of: "target_status")!
    )
    let missed = Set(rows.filter { $0[target] == "missed" }.map { $0[start] })
    let intervals = Set(rows.map { $0[start] })
    if missed.isEmpty {
      #expect(html.contains("Every channel meets its target in every interval."))
    } else {
      #expect(html.contains("\(missed.count) of \(intervals.count) intervals miss a target"))
    }
    #expect(html.components(separatedBy: "<svg").count - 1 == 6)
    #expect(html.contains("95 % CI"))
  }

  @Test("a directory without result files, or --report with --no-files, is refused clearly")
  func refusals() throws {
    let empty = temporaryDirectory(for: "report")
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let (status, _, stderr) = runCLI(["report", empty])
    #expect(status == 1)
    #expect(stderr.contains("\(empty)/summary.json: missing"))
    #expect(!FileManager.default.fileExists(atPath: empty + "/report.html"))
    let (missing, _, missingErr) = runCLI(["report", empty + "/nope"])
    #expect(missing == 1 && missingErr.contains("no such directory"))
    let file = scenariosPath + "/retail-customer-service.json"
    let (usage, _, usageErr) = runCLI(["staff", file, "--no-files", "--report"])
    #expect(usage == 2)
    #expect(usageErr.contains("'--report' and '--no-files' cannot be used together."))
  }
}
