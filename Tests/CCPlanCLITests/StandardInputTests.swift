import Foundation
import Testing

@testable import CCPlanCLI

/// A scenario given as `-` is read from standard input and named `<stdin>` in messages.
@Suite("scenario on standard input")
struct StandardInputTests {
  static func run(_ arguments: [String], input: String) -> (Int32, String, String) {
    let io = CapturedIO(input: input)
    let status = CLI.run(arguments, io: io)
    return (status, io.stdout, io.stderr)
  }

  static func example() throws -> String {
    try String(contentsOfFile: scenariosPath + "/retail-customer-service.json", encoding: .utf8)
  }

  @Test("validate, show and staff read '-' from standard input")
  func reads() throws {
    let text = try Self.example()
    let (validated, out, err) = Self.run(["validate", "-"], input: text)
    #expect(validated == 0, "\(err)")
    #expect(out.hasPrefix("<stdin>: ok ("), "\(out)")
    let (shown, overview, _) = Self.run(["show", "-"], input: text)
    #expect(shown == 0)
    #expect(overview.contains("Pools"))
    let (staffed, plan, staffErr) = Self.run(
      ["staff", "-", "--no-files", "--format", "csv"], input: text)
    #expect(staffed == 0, "\(staffErr)")
    #expect(plan.hasPrefix("# ccplan "))
    #expect(plan.split(separator: "\n")[0].contains("<stdin>"), "\(plan.prefix(200))")
  }

  @Test("problems on standard input are named <stdin> with line and column")
  func problems() throws {
    let text = try Self.example().replacingOccurrences(
      of: "\"percent\": 80", with: "\"percent\": 0.8")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains("\"percent\": 0.8") }) + 1
    let (status, out, err) = Self.run(["validate", "-"], input: text)
    #expect(status == 1)
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<stdin>:\(line):"), "\(err)")
    #expect(err.contains("sla.percent"))
  }
}
