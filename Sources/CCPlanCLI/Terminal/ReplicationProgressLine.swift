import Dispatch
import Foundation
import Simulation
import Synchronization

/// The progress line of a simulation: replications done and, every half second, how many
/// simulated days (counted in open intervals) the replications have covered, so one long
/// replication shows progress too. Shows nothing unless standard error is a terminal.
final class ReplicationProgressLine: Sendable {
  /// The counter the simulator advances once per open interval.
  let counter = SimulationProgress()
  private let line: ProgressLine
  private let label: String
  private let replications: Int
  private let intervalsPerDay: Int
  private let totalIntervals: Int
  private let done = Atomic<Int>(0)
  /// The half-second timer (Dispatch sources may be cancelled from any thread).
  nonisolated(unsafe) private let timer: any DispatchSourceTimer

  /// A progress line for `replications` replications of `daysPerReplication` simulated days
  /// (warm-up and horizon) of `intervalsPerDay` open intervals, labelled `label`, on `io`'s
  /// standard error; nil when that is not a terminal.
  init?(
    io: any CommandIO, label: String, replications: Int, daysPerReplication: Int,
    intervalsPerDay: Int, every interval: Duration = .milliseconds(500)
  ) {
    guard io.isErrorTerminal else { return nil }
    line = ProgressLine(io: io)
    self.label = label
    self.replications = replications
    self.intervalsPerDay = max(1, intervalsPerDay)
    totalIntervals = max(1, replications * daysPerReplication * self.intervalsPerDay)
    timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    let milliseconds = Int(interval / .milliseconds(1))
    timer.schedule(
      deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
    timer.setEventHandler { [weak self] in self?.show() }
    timer.resume()
  }

  /// Records that `count` replications are done and shows it.
  func replicationsDone(_ count: Int) {
    done.store(count, ordering: .relaxed)
    show()
  }

  /// The line's text now: "simulating NAME: 41%, 12/29 simulated days, 3/8 replications"
  /// (days summed over the replications).
  func text() -> String {
    let intervals = min(counter.intervalsSimulated, totalIntervals)
    return "simulating \(label): \(100 * intervals / totalIntervals)%, "
      + "\(intervals / intervalsPerDay)/\(totalIntervals / intervalsPerDay) simulated days, "
      + "\(done.load(ordering: .relaxed))/\(replications) replications"
  }

  /// Rewrites the line (throttled by `ProgressLine`).
  private func show() {
    line.update(text())
  }

  /// Stops the timer and clears the line.
  func finish() {
    timer.cancel()
    line.finish()
  }
}
