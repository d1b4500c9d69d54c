import Dispatch
import Foundation
import Synchronization

/// What ccplan does on Ctrl-C (SIGINT), SIGTERM and SIGHUP: waits for a critical section
/// under way (a result set being swapped in, a sweep point being appended), says so on
/// standard error and exits with 128 + the signal number (130, 143, 129).
///
/// Every temporary file or directory is created and renamed or removed inside one critical
/// section, so once the handler holds the lock none is left. The handler runs on a Dispatch
/// queue, not in signal context, so it may take that lock; it then exits at once, whatever
/// the computation is doing, so no long loop has to poll a cancellation flag and Ctrl-C
/// takes effect within milliseconds (plus the rest of a swap under way).
enum Interruption {
  /// Held by critical sections and, for good, by the handler.
  private static let gate = Mutex(())
  /// The installed signal sources (kept alive for the life of the process).
  private static let sources = Mutex<[any DispatchSourceSignal]>([])

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP (the executable calls it once;
  /// in-process tests do not). A SIGINT or SIGHUP the parent set to be ignored stays ignored,
  /// as programs conventionally do: `nohup` survives a hang-up, and a background job of a
  /// script is not stopped by the terminal's Ctrl-C.
  static func install() {
    sources.withLock { sources in
      guard sources.isEmpty else { return }
      for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")] {
        let previous = signal(number, SIG_IGN)
        if number != SIGTERM,
          unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        {
          continue
        }
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { stop(signal: number, name: name) }
        source.resume()
        sources.append(source)
      }
    }
  }

  /// Runs `body` so that no interruption takes effect until it returns; returns its result.
  static func critical<T: Sendable, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    try gate.withLock { (_) throws(E) -> T in try body() }
  }

  /// Waits for a critical section under way, then exits with 128 + `signal`.
  private static func stop(signal: Int32, name: String) -> Never {
    gate.withLock { _ in
      let lead = isatty(STDERR_FILENO) == 1 ? "\n" : ""
      let message = lead + "ccplan: interrupted by \(name); no temporary files left\n"
      message.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
      _exit(128 + signal)
    }
  }
}
