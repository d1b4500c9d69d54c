import ContactCenter
import Foundation
import Planning
import Testing

@testable import Reports

@Suite("HTML report of a result directory")
struct HTMLReportTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

  /// Plans the retail example through the library and returns the plan and the three files
  /// `ccplan staff` writes.
  static func staffFixture() throws -> (StaffingPlan, ResultFiles) {
    let loaded = try ScenarioLoader.load(
      path: scenarios.appendingPathComponent("retail-customer-service.json").path)
    let plan = try StaffingPlanner.plan(loaded.scenario)
    let provenance = StaffingReport.Provenance(
      version: "test", scenarioFile: "retail-customer-service.json", scenarioSHA256: "feed")
    let texts = [
      "requirements.csv": StaffingReport.requirementsCSV(plan, provenance),
      "staffing.csv": StaffingReport.staffingCSV(plan, provenance),
      "summary.json": StaffingReport.summaryJSON(plan, provenance).rendered(),
    ]
    return (plan, ResultFiles(directory: "fixture", texts: texts))
  }

  /// Returns the text of each `<section class="chart-section">`.
  static func chartSections(_ html: String) -> [String] {
    html.components(separatedBy: "<section class=\"chart-section\"").dropFirst().map {
      $0.components(separatedBy: "</section>")[0]
    }
  }

  @Test("a staff report: well-formed SVG, one chart per section, nothing external")
  func staffReportShape() throws {
    let (_, files) = try Self.staffFixture()
    let html = HTMLReport.render(try ReportData.read(files))
    let svgs = SVGCheck.svgElements(of: html)
    #expect(svgs.count == 6)
    for svg in svgs {
      let check = SVGCheck(svg)
      #expect(check.isWellFormed, "\(String(describing: check.error))")
      #expect(check.elements.first == "svg" && check.elements.dropFirst().first == "title")
    }
    let sections = Self.chartSections(html)
    #expect(sections.count == 6)
    for section in sections {
      #expect(section.components(separatedBy: "<svg").count == 2)
      #expect(section.contains("<p class=\"reading\">"))
    }
    let lower = html.lowercased()
    for external in ["http", "src=", "href=", "url(", "<script", "@import", "<link"] {
      #expect(!lower.contains(external), "the page references \(external)")
    }
    #expect(!lower.contains("nan") || !lower.contains(">nan<"))
    #expect(html.contains("@media print") && html.contains("name=\"viewport\""))
  }

  @Test("the staff report's numbers are the plan's: busiest interval, total cost, peaks")
  func staffReportNumbers() throws {
    let (plan, files) = try Self.staffFixture()
    let data = try ReportData.read(files)
    let scenario = plan.scenario
    // Demand per interval: the offered contacts of each channel at its first tier, summed.
    var totals = [Double](repeating: 0, count: scenario.horizon.openIntervals)
    for channel in scenario.channels.indices {
      let rows = plan.requirements.filter { $0.channel == channel }
      let first = rows.map(\.tier).min()
      for row in rows where row.tier == first { totals[row.interval] += row.offeredContacts }
    }
    let busiest = totals.indices.max { totals[$0] < totals[$1] }!
    let label = scenario.horizon.label(ofOpenInterval: busiest)
    let demand = HTMLReport.demandSection(data)
    let expected = (totals[busiest] * 1e6).rounded() / 1e6
    #expect(
      demand.reading.hasPrefix(
        "Busiest interval: \(label), \(SVGText.number(expected)) contacts offered"))
    #expect(demand.svg.contains("busiest: \(label)"))
    let cost = HTMLReport.costSection(data)
    #expect(cost.reading.hasPrefix("Total \(SVGText.number(plan.totals.cost)) EUR"))
    for pool in plan.pools {
      let id = scenario.pools[pool.pool].id
      let peak = pool.scheduledHeadcount.max()!
      let at = scenario.horizon.label(
        ofOpenInterval: pool.scheduledHeadcount.firstIndex(of: peak)!)
      #expect(HTMLReport.agentSection(data).reading.contains("\(id) \(peak) at \(at)"))
    }
    #expect(data.shrinkage == scenario.shrinkage)
    // Analytic plans meet every target they were sized for (email and social by deadline).
    #expect(HTMLReport.serviceLevelSection(data).reading.hasPrefix("Every channel meets"))
  }

  @Test("a directory that is not a result directory: the error names the file expected")
  func badDirectories() throws {
    #expect(throws: ResultReportError.self) {
      try ReportData.read(ResultFiles(directory: "d", texts: [:]))
    }
    do {
      _ = try ReportData.read(ResultFiles(directory: "d", texts: [:]))
    } catch {
      #expect(error.file == "d/summary.json")
    }
    do {
      _ = try ReportData.read(ResultFiles(directory: "d", texts: ["manifest.json": "{}"]))
      Issue.record("read a sweep directory")
    } catch {
      #expect(error.file == "d/manifest.json" && error.reason.contains("'sweep' result"))
    }
    var (_, files) = try Self.staffFixture()
    files.texts["staffing.csv"] = nil
    do {
      _ = try ReportData.read(files)
      Issue.record("read a staff result without staffing.csv")
    } catch {
      #expect(error.file == "fixture/staffing.csv")
      #expect(error.reason.contains("ccplan staff"))
    }
    files.texts["summary.json"] = "{ \"command\": \"staff\", "
    do {
      _ = try ReportData.read(files)
      Issue.record("read a truncated summary.json")
    } catch {
      #expect(error.file == "fixture/summary.json")
    }
    files.texts["summary.json"] = "{ \"unrelated\": 1 }"
    do {
      _ = try ReportData.read(files)
      Issue.record("read an unrelated summary.json")
    } catch {
      #expect(error.reason.contains("not the summary of 'ccplan staff' or 'ccplan simulate'"))
    }
  }

  @Test("CSV cells: quotes, doubled quotes and commas inside quotes")
  func csvCells() {
    #expect(ResultCSV.cells("a,\"b,c\",\"d \"\"e\"\"\",") == ["a", "b,c", "d \"e\"", ""])
  }
}
