import Foundation
import Testing

/// Ctrl-C and SIGTERM on the built binary while it simulates: exit 130 / 143 promptly, the
/// output directory untouched (its old files and the user's), no temporary left.
@Suite struct SignalTests {
  /// Starts a long simulation into a directory holding an old set and a user's file, sends
  /// `signal` once it is simulating; returns the exit status, the seconds from the signal to
  /// the exit, and what the directory and its parent hold afterwards.
  func interrupt(
    with signal: (Process) -> Void
  ) throws -> (status: Int32, seconds: Double, files: [String: String], beside: [String]) {
    let binary = try #require(EndToEndTests.binary(), "the ccplan executable was not found")
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-signal-\(UUID().uuidString)")
    let out = scratch.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    try Data("old\n".utf8).write(to: out.appendingPathComponent("summary.json"))
    try Data("mine\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
    let scenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/bank-24x7.json")
    let process = Process()
    process.executableURL = binary
    process.arguments = [
      "simulate", scenario.path, "--replications", "5000", "--threads", "1", "--out", out.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The lock file appears once the handlers are installed and the directory checked.
    let lock = scratch.appendingPathComponent(".out.lock").path
    for _ in 0..<200 where !FileManager.default.fileExists(atPath: lock) {
      Thread.sleep(forTimeInterval: 0.05)
    }
    Thread.sleep(forTimeInterval: 0.3)
    let sent = ContinuousClock.now
    signal(process)
    process.waitUntilExit()
    let seconds = (ContinuousClock.now - sent) / .seconds(1)
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
      files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
    }
    let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    return (process.terminationStatus, seconds, files, beside)
  }

  /// Whether this process ignores SIGINT (a background job of a script): a child may inherit
  /// that, and ccplan then keeps SIGINT ignored, as it should.
  static var interruptIgnored: Bool {
    var action = sigaction()
    sigaction(SIGINT, nil, &action)
    return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
      == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// SIGINT (Ctrl-C): exit 130 within a few seconds (the fault harness measures tens of
  /// milliseconds); the old files stay, no temporary beside the directory.
  @Test(.enabled(if: !interruptIgnored, "SIGINT is ignored here, so the child ignores it too"))
  func interruptExits130() throws {
    let result = try interrupt { $0.interrupt() }
    #expect(result.status == 130)
    #expect(result.seconds < 5)
    #expect(result.files == ["summary.json": "old\n", "notes.txt": "mine\n"])
    #expect(result.beside == [".out.lock", "out"])
  }

  /// SIGTERM: exit 143, the same guarantees.
  @Test func terminateExits143() throws {
    let result = try interrupt { $0.terminate() }
    #expect(result.status == 143)
    #expect(result.seconds < 5)
    #expect(result.files == ["summary.json": "old\n", "notes.txt": "mine\n"])
    #expect(result.beside == [".out.lock", "out"])
  }
}
