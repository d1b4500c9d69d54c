import Synchronization
import Testing

@testable import CCPlanCLI

/// The self-rewriting progress line on standard error.
@Suite struct ProgressLineTests {
  /// A clock the test moves by hand.
  final class ManualClock: Sendable {
    private let start = ContinuousClock.now
    private let elapsed = Mutex(Duration.zero)

    /// Moves time to `milliseconds` after the start.
    func set(milliseconds: Int) {
      elapsed.withLock { $0 = .milliseconds(milliseconds) }
    }

    /// The current time.
    func now() -> ContinuousClock.Instant {
      start + elapsed.withLock { $0 }
    }
  }

  /// Rewrites with `\r`, pads over longer text, drops updates within 100 ms, clears at the end.
  @Test func rewritesThrottlesAndClears() {
    let io = CapturedIO(isErrorTerminal: true)
    let clock = ManualClock()
    let progress = ProgressLine(io: io, minimumInterval: .milliseconds(100), now: clock.now)
    progress.update("a")
    clock.set(milliseconds: 50)
    progress.update("bb")
    clock.set(milliseconds: 100)
    progress.update("ccc")
    clock.set(milliseconds: 250)
    progress.update("d")
    progress.finish()
    progress.update("after")
    #expect(io.stderr == "\ra\rccc\rd  \r \r")
    #expect(io.stdout.isEmpty)
  }

  /// Nothing is written when standard error is not a terminal.
  @Test func silentWithoutTerminal() {
    let io = CapturedIO(isErrorTerminal: false)
    let progress = ProgressLine(io: io)
    progress.update("replication 1/20")
    progress.finish()
    #expect(io.stderr.isEmpty)
  }

  /// Long text is cut so the line never wraps; newlines are dropped.
  @Test func cutsLongLines() {
    let io = CapturedIO(isErrorTerminal: true)
    let progress = ProgressLine(io: io)
    progress.update(String(repeating: "x", count: 200) + "\n")
    #expect(io.stderr == "\r" + String(repeating: "x", count: ProgressLine.maximumWidth))
  }

  /// Finishing without any update writes nothing.
  @Test func finishAloneIsSilent() {
    let io = CapturedIO(isErrorTerminal: true)
    ProgressLine(io: io).finish()
    #expect(io.stderr.isEmpty)
  }
}
