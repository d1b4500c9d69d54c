import Synchronization

/// One status line on standard error that rewrites itself (`\r`) while long work runs, and
/// disappears when the work is done.
///
/// It shows only when standard error is a terminal, so redirected output and logs stay clean;
/// updates are throttled (by default to 10 per second) and may come from any thread:
///
///     let progress = ProgressLine(io: io)
///     for replication in 1...count { progress.update("replication \(replication)/\(count)") }
///     progress.finish()
public final class ProgressLine: Sendable {
  /// Lines are cut to this many characters so they never wrap, which would defeat `\r`.
  public static let maximumWidth = 79

  private let io: any CommandIO
  private let minimumInterval: Duration
  private let now: @Sendable () -> ContinuousClock.Instant
  private let state = Mutex(State())

  /// What is on screen now.
  private struct State {
    /// When the shown text was written; nil before the first update.
    var shownAt: ContinuousClock.Instant?
    /// How many characters are on the line, to blank them out.
    var shownWidth = 0
    /// Whether `finish()` was called; later updates are ignored.
    var isFinished = false
  }

  /// A progress line on `io`'s standard error, rewritten at most once per `minimumInterval`.
  public convenience init(io: any CommandIO, minimumInterval: Duration = .milliseconds(100)) {
    self.init(io: io, minimumInterval: minimumInterval, now: { ContinuousClock.now })
  }

  /// A progress line reading time from `now`, so tests control the throttle.
  init(
    io: any CommandIO, minimumInterval: Duration,
    now: @escaping @Sendable () -> ContinuousClock.Instant
  ) {
    self.io = io
    self.minimumInterval = minimumInterval
    self.now = now
  }

  /// Shows `text` in place of the previous text, unless the last update was too recent or
  /// standard error is not a terminal.
  public func update(_ text: String) {
    guard io.isErrorTerminal else { return }
    state.withLock { state in
      guard !state.isFinished else { return }
      let time = now()
      if let shownAt = state.shownAt, time - shownAt < minimumInterval { return }
      let line = String(text.prefix(Self.maximumWidth).filter { $0 != "\n" && $0 != "\r" })
      let blank = String(repeating: " ", count: max(0, state.shownWidth - line.count))
      io.writeError("\r" + line + blank)
      state.shownAt = time
      state.shownWidth = line.count
    }
  }

  /// Clears the line and leaves the cursor at its start; later updates are ignored.
  public func finish() {
    state.withLock { state in
      guard !state.isFinished else { return }
      state.isFinished = true
      guard state.shownWidth > 0 else { return }
      io.writeError("\r" + String(repeating: " ", count: state.shownWidth) + "\r")
      state.shownWidth = 0
    }
  }
}
