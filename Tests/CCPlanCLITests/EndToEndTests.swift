import ContactCenter
import Foundation
import Testing

/// The built `ccplan` binary, spawned as a user would run it.
@Suite struct EndToEndTests {
  /// Where the built executable is: `CCPLAN_BINARY` if set, else beside the test bundle
  /// (SwiftPM puts products and test bundles in one directory), else the package's
  /// `.build/debug`.
  static func binary() -> URL? {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["CCPLAN_BINARY"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    var directories = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let executable = Bundle.main.executableURL {
      directories.append(executable.deletingLastPathComponent())
    }
    directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    directories.append(packageRoot.appendingPathComponent(".build/debug"))
    candidates += directories.map { $0.appendingPathComponent("ccplan") }
    return candidates.first { url in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }
  }

  /// Runs the binary with `arguments`; returns the exit status, stdout and stderr.
  static func run(_ binary: URL, _ arguments: [String]) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }

  /// `ccplan --version` exits 0; `ccplan nosuchcommand` exits 2 with the three-line error.
  @Test func versionAndUnknownCommand() throws {
    let binary = try #require(Self.binary(), "the ccplan executable was not found")
    let (versionStatus, versionOut, versionErr) = try Self.run(binary, ["--version"])
    #expect(versionStatus == 0)
    #expect(versionOut == CCPlanVersion.current + "\n")
    #expect(versionErr.isEmpty)

    let (status, out, err) = try Self.run(binary, ["nosuchcommand"])
    #expect(status == 2)
    #expect(out.isEmpty)
    #expect(
      err == """
        Error: Unknown command 'nosuchcommand'.
        Usage: ccplan <subcommand>
          See 'ccplan --help' for more information.

        """)
  }
}

@Suite("End to end: scenario files")
struct ScenarioEndToEndTests {
  @Test("the built binary rejects a truncated scenario with line and column, exit 1")
  func truncatedScenario() throws {
    let binary = try #require(EndToEndTests.binary(), "the ccplan executable was not found")
    let file = try temporaryFile("truncated.json", "{\n  \"name\": \"x\",\n  \"channels\": [\n")
    let (status, out, err) = try EndToEndTests.run(binary, ["validate", file])
    #expect(status == 1)
    #expect(out.isEmpty)
    #expect(
      err
        == "\(file):4:1: error: expected a value, found the end of the file (is the file truncated?)\n"
    )
  }
}
