import ContactCenter
import Foundation
import Planning
import Simulation
import Synchronization

/// Points done, rate and ETA for the progress bar.
final class ProgressMeter: Sendable {
  private let total: Int
  private let started = ContinuousClock.now
  private let state: Mutex<(done: Int, new: Int)>

  init(total: Int, done: Int) {
    self.total = total
    state = Mutex((done, 0))
  }

  /// Counts one more point; returns the progress text.
  func step(name: String) -> String {
    let (done, new) = state.withLock {
      $0.done += 1
      $0.new += 1
      return ($0.done, $0.new)
    }
    let elapsed = (ContinuousClock.now - started) / .seconds(1)
    let rate = elapsed > 0 ? Double(new) / elapsed : 0
    let eta = rate > 0 ? Double(total - done) / rate : 0
    let width = 20
    let filled = total > 0 ? width * done / total : width
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    return "\(name) [\(bar)] \(done)/\(total) points, "
      + String(format: "%.1f", rate) + " points/s, ETA " + SweepCommand.formatSeconds(eta)
  }
}
