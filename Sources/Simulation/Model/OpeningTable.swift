import ContactCenter

/// The open windows of a whole run (warm-up, the counted horizon, wrap-up) in time order,
/// laid out once per replication so that interval boundaries and arrival draws that cross
/// an interval find their window by a few array reads.
///
/// Simulated day d plays day (d − warmupDays) mod days of the horizon (the horizon is
/// cyclic). Window j opens on simulated day `day[j]` at slot `openSlot[j]` (intervals after
/// that day's midnight) and holds `length[j]` intervals; its interval s is interval
/// `cycleBase[j] + s` of the per-interval arrays and simulated open interval
/// `simBase[j] + s`. Every time is `Double(day) × 86,400 + Double(slot) × interval`, so
/// boundaries and arrival draws agree to the bit.
struct OpeningTable {
  let day: [Int]
  let openSlot: [Int]
  let length: [Int]
  let cycleBase: [Int]
  let simBase: [Int]
  /// Window j + 1 opens the instant window j closes (24/7, or days that meet at midnight):
  /// no closing between them.
  let joinsNext: [Bool]
  /// Per simulated day: the last window opening on or before it (−1 when none).
  let latest: [Int]
  /// The simulated open index of the first counted interval.
  let warmupStart: Int
  /// When the last counted window closes, seconds of simulated time.
  let countedEnd: Double

  /// Lays out the windows of `simulatedDays` days of a compiled model.
  init(model: CompiledModel, simulatedDays: Int) {
    let perDay = Int((Horizon.daySeconds / model.intervalSeconds).rounded())
    var day: [Int] = []
    var openSlot: [Int] = []
    var length: [Int] = []
    var cycleBase: [Int] = []
    var simBase: [Int] = []
    var latest: [Int] = []
    var running = 0
    var warmupStart = 0
    var countedEnd = 0.0
    for d in 0..<simulatedDays {
      if d == model.warmupDays { warmupStart = running }
      var cycleDay = (d - model.warmupDays) % model.days
      if cycleDay < 0 { cycleDay += model.days }
      for w in model.windowDay.indices where model.windowDay[w] == cycleDay {
        let count = model.windowStart[w + 1] - model.windowStart[w]
        day.append(d)
        openSlot.append(model.windowOpenSlot[w])
        length.append(count)
        cycleBase.append(model.windowStart[w])
        simBase.append(running)
        running += count
        if d >= model.warmupDays && d < model.warmupDays + model.days {
          countedEnd =
            Double(d) * Horizon.daySeconds + Double(model.windowOpenSlot[w] + count)
            * model.intervalSeconds
        }
      }
      latest.append(day.count - 1)
    }
    self.joinsNext = day.indices.map { j in
      j + 1 < day.count
        && day[j] * perDay + openSlot[j] + length[j] == day[j + 1] * perDay + openSlot[j + 1]
    }
    self.day = day
    self.openSlot = openSlot
    self.length = length
    self.cycleBase = cycleBase
    self.simBase = simBase
    self.latest = latest
    self.warmupStart = warmupStart
    self.countedEnd = countedEnd
  }

  /// Returns the window containing `time` or, while closed, the last one before it (−1
  /// when none), and the interval of it (its last while closed). `slotInDay` is
  /// `Int((time − midnight) ÷ interval)` of time's own day.
  func windowAtOrBefore(
    _ time: Double, dayIndex d: Int, slotInDay: Int, intervalSeconds: Double
  ) -> (window: Int, slot: Int) {
    var j = latest[min(d, latest.count - 1)]
    if j >= 0 && day[j] == d && slotInDay < openSlot[j] { j -= 1 }
    guard j >= 0 else { return (-1, 0) }
    let s =
      day[j] == d
      ? slotInDay - openSlot[j]
      : Int((time - Double(day[j]) * Horizon.daySeconds) / intervalSeconds) - openSlot[j]
    return (j, max(0, min(s, length[j] - 1)))
  }

  /// Returns the start of interval `slot` of window j, in seconds of simulated time.
  @inline(__always)
  func time(window j: Int, slot: Int, intervalSeconds: Double) -> Double {
    Double(day[j]) * Horizon.daySeconds + Double(openSlot[j] + slot) * intervalSeconds
  }
}
