import Foundation
import Synchronization

/// Where a command writes: standard output for results, standard error for diagnostics.
///
/// Commands never call `print`; they write through the `CommandIO` they are given, so tests
/// run them in-process with a `CapturedIO` and read back exactly what a user would see.
public protocol CommandIO: Sendable {
  /// Writes `text` to standard output as it is (add the newline yourself).
  func writeOutput(_ text: String)
  /// Writes `text` to standard error as it is (add the newline yourself).
  func writeError(_ text: String)
  /// Whether standard error is a terminal, so that progress lines may rewrite themselves.
  var isErrorTerminal: Bool { get }
  /// Reads standard input to its end (a scenario given as `-`).
  func readInput() -> [UInt8]
}

extension CommandIO {
  /// Writes `line` and a newline to standard output.
  public func writeOutputLine(_ line: String) {
    writeOutput(line + "\n")
  }

  /// Writes `line` and a newline to standard error.
  public func writeErrorLine(_ line: String) {
    writeError(line + "\n")
  }
}

extension CommandIO where Self == StandardIO {
  /// The process's real standard output and standard error.
  public static var standard: StandardIO { StandardIO() }
}

/// The process's standard output and standard error, written unbuffered. A write that fails
/// (a closed pipe) is dropped: there is nowhere left to report it.
public struct StandardIO: CommandIO {
  /// Whether standard error is a terminal, read once at creation.
  public let isErrorTerminal: Bool

  /// Connects to file descriptors 1 and 2.
  public init() {
    isErrorTerminal = isatty(STDERR_FILENO) == 1
  }

  /// Writes `text` to file descriptor 1.
  public func writeOutput(_ text: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  }

  /// Writes `text` to file descriptor 2.
  public func writeError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }

  /// Reads file descriptor 0 to its end.
  public func readInput() -> [UInt8] {
    Array(FileHandle.standardInput.readDataToEndOfFile())
  }
}

/// Output kept in memory, for tests: everything written is appended to `stdout` or `stderr`.
public final class CapturedIO: CommandIO {
  /// Whether this stands in for a terminal on standard error (false unless told).
  public let isErrorTerminal: Bool
  /// What standard input holds.
  public let input: [UInt8]
  private let streams = Mutex<(output: String, error: String)>(("", ""))

  /// Creates empty captures; `isErrorTerminal` lets tests exercise progress lines, `input`
  /// is what a command reading standard input gets.
  public init(isErrorTerminal: Bool = false, input: String = "") {
    self.isErrorTerminal = isErrorTerminal
    self.input = Array(input.utf8)
  }

  /// Returns `input`.
  public func readInput() -> [UInt8] { input }

  /// Everything written to standard output so far.
  public var stdout: String { streams.withLock { $0.output } }

  /// Everything written to standard error so far.
  public var stderr: String { streams.withLock { $0.error } }

  /// Appends `text` to `stdout`.
  public func writeOutput(_ text: String) {
    streams.withLock { $0.output += text }
  }

  /// Appends `text` to `stderr`.
  public func writeError(_ text: String) {
    streams.withLock { $0.error += text }
  }
}
