import Foundation
import Planning
import Queueing
import Reports

extension BenchCases {
  /// The offered loads of the Erlang C and Erlang A solve rates, in Erlangs.
  static let erlangLoads = [100.0, 1_000.0, 10_000.0]

  /// Returns minimum-agents solves per second (80/20, AHT 180 s) at 100, 1,000 and 10,000
  /// Erlangs, for Erlang C and for Erlang A (mean patience 180 s), each timed for about
  /// `secondsEach` on the wall clock (at least three solves).
  static func erlangLoads(secondsEach: Double) throws -> [(String, JSONValue)] {
    let target = StaffingTarget(serviceLevel: .init(fraction: 0.8, thresholdSeconds: 20))
    var figures: [(String, JSONValue)] = []
    for (label, model) in [("c", QueueModel.erlangC), ("a", .erlangA(patienceSeconds: 180))] {
      for load in erlangLoads {
        var solves = 0
        let (_, wall) = try ProcessStats.time { () throws -> Int in
          let start = DispatchTime.now().uptimeNanoseconds
          var sum = 0
          repeat {
            // A slightly different load each time, so no solve can reuse the last one.
            let erlangs = load * (1 + Double(solves % 10) * 1e-4)
            sum += try StaffingSearch.minimumAgents(
              arrivalRatePerSecond: erlangs / 180, handleSeconds: 180, model: model,
              target: target)
            solves += 1
          } while solves < 3
            || Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < secondsEach
          return sum
        }
        figures.append(
          ("erlang_\(label)_\(Int(load))_per_second", .number((Double(solves) / wall).rounded())))
      }
    }
    return figures
  }
}
