import ContactCenter
import Foundation
import Testing

@testable import CCPlanCLI

/// The repository's scenarios folder, found relative to this file.
let scenariosPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios").path

/// Returns the path of a new, not yet created, temporary directory named after `command`.
func temporaryDirectory(for command: String) -> String {
  FileManager.default.temporaryDirectory.appendingPathComponent(
    "ccplan-\(command)-\(UUID().uuidString)"
  ).path
}

/// Writes `text` to a new temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "ccplan-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  let url = directory.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

/// Runs ccplan in-process; returns (status, stdout, stderr).
func runCLI(_ arguments: [String]) -> (Int32, String, String) {
  let io = CapturedIO()
  let status = CLI.run(arguments, io: io)
  return (status, io.stdout, io.stderr)
}

@Suite("validate and show")
struct ScenarioCommandTests {
  @Test("validate accepts every example scenario")
  func validExamples() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: scenariosPath)
      .filter { $0.hasSuffix(".json") }.map { scenariosPath + "/" + $0 }
    #expect(files.count >= 5)
    let (status, out, err) = runCLI(["validate"] + files)
    #expect(status == 0, "\(err)")
    #expect(out.split(separator: "\n").count == files.count)
  }

  @Test("validate reports each problem on its own line with file, position and path")
  func invalid() throws {
    let text = try String(contentsOfFile: scenariosPath + "/mmc-validation.json", encoding: .utf8)
      .replacingOccurrences(of: "\"percent\": 80", with: "\"percent\": 120")
      .replacingOccurrences(of: "\"handleTime\"", with: "\"handelTime\"")
    let file = try temporaryFile("bad.json", text)
    let (status, out, err) = runCLI(["validate", file])
    #expect(status == 1)
    #expect(out.isEmpty)
    let lines = err.split(separator: "\n")
    // The typo is both an unknown key and a missing required one.
    #expect(lines.count == 3)
    #expect(
      lines.contains {
        $0.contains("channels[0].handleTime") && $0.contains("missing required key")
      })
    #expect(
      lines.contains {
        $0.contains("channels[0].sla.percent") && $0.contains("found the number 120")
      })
    #expect(lines.contains { $0.contains("unknown key 'handelTime'; did you mean 'handleTime'?") })
    #expect(lines.allSatisfy { $0.hasPrefix(file + ":") })
  }

  @Test("a missing file is a runtime error naming it (exit 1); no file is a usage error (exit 2)")
  func missing() {
    let (status, _, err) = runCLI(["show", "/nonexistent/x.json"])
    #expect(status == 1)
    #expect(err.contains("/nonexistent/x.json") && err.contains("no such file"))
    let (usage, _, usageErr) = runCLI(["validate"])
    #expect(usage == 2)
    #expect(usageErr.hasPrefix("Error: Missing expected argument"))
  }

  @Test("show prints channels with volume, AHT, peak load and SLA, and pools")
  func show() {
    let (status, out, _) = runCLI(["show", scenariosPath + "/mmc-validation.json"])
    #expect(status == 0)
    // 45,600 calls per day at 180 s over 96 intervals of 900 s: 475 × 180 / 900 = 95 Erlangs.
    #expect(out.contains("45,600"))
    #expect(out.contains("95.0"))
    #expect(out.contains("80% in 20s"))
    #expect(out.contains("agents"))
  }
}

/// Example scenarios loaded for tests.
enum ScenarioFixtures {
  /// Returns mmc-validation.json.
  static func mmc() throws -> ContactCenter.Scenario {
    try ScenarioLoader.load(path: scenariosPath + "/mmc-validation.json").scenario
  }
}
