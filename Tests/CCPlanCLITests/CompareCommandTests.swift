import Foundation
import Testing

@testable import CCPlanCLI

@Suite("compare and tiers")
struct CompareCommandTests {
  /// Returns the example scenarios folder.
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

  @Test("compare of the help desk and its variant leads with the yearly cost and writes two files")
  func scenarios() throws {
    let base = Self.scenarios.appendingPathComponent("saas-helpdesk-tiers.json").path
    let variant = Self.scenarios.appendingPathComponent("saas-helpdesk-more-tier1.json").path
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccplan-compare-\(UUID().uuidString)"
    ).path
    let (status, stdout, stderr) = runCLI([
      "compare", base, variant, "--method", "simulation", "--replications", "4", "--out", out,
    ])
    #expect(status == 0, "\(stderr)")
    let first = stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("saas-helpdesk-more-tier1.json costs "))
    #expect(first.contains("EUR/year"))
    #expect(first.contains("voice SL +"))
    #expect(first.contains(" ± "))
    let csv = try String(contentsOfFile: out + "/compare.csv", encoding: .utf8)
    let lines = csv.split(separator: "\n")
    #expect(lines[0].hasPrefix("# ccplan"))
    #expect(lines[1] == "plan,scope,metric,unit,value,ci95,delta,delta_ci95")
    #expect(csv.contains(",cost,cost_per_year,cost_eur,"))
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: out + "/compare.json"))) as? [String: Any]
    #expect((json?["plans"] as? [String])?.count == 2)
    #expect(stderr.contains("Wrote"))
  }

  @Test("compare of two staffing files of one scenario names each by its folder")
  func staffingFiles() throws {
    let base = Self.scenarios.appendingPathComponent("retail-customer-service.json").path
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccplan-plans-\(UUID().uuidString)")
    let a = root.appendingPathComponent("erlang-c").path
    let b = root.appendingPathComponent("erlang-a").path
    #expect(runCLI(["staff", base, "--out", a]).0 == 0)
    #expect(runCLI(["staff", base, "--method", "erlang-a", "--out", b]).0 == 0)
    let (status, stdout, stderr) = runCLI([
      "compare", base, "--staffing", a + "/staffing.csv", "--staffing", b + "/staffing.csv",
      "--no-files",
    ])
    #expect(status == 0, "\(stderr)")
    #expect(stdout.contains("erlang-a/staffing.csv"))
    #expect(stdout.contains("Δ erlang-a/staffing.csv"))
  }

  @Test("compare needs two plans; a bad step unit is a usage error")
  func usage() throws {
    let base = Self.scenarios.appendingPathComponent("retail-customer-service.json").path
    let (status, _, stderr) = runCLI(["compare", base])
    #expect(status == 2)
    #expect(stderr.contains("at least two scenario files"))
    let (tiers, _, message) = runCLI(["tiers", base, "--fcr-step", "0.01"])
    #expect(tiers == 2)
    #expect(message.contains("'1pt'"))
  }

  @Test("tiers prices a point of FCR and of deflection for the help desk")
  func tiers() throws {
    let base = Self.scenarios.appendingPathComponent("saas-helpdesk-tiers.json").path
    let (status, stdout, stderr) = runCLI(["tiers", base])
    #expect(status == 0, "\(stderr)")
    #expect(stdout.contains("voice Tier-1 FCR +1 pt"))
    #expect(stdout.contains("all channels deflection +1 pt"))
    #expect(stdout.contains("Cost of one escalation"))
  }
}
