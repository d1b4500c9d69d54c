import Testing

@testable import Simulation

@Suite("EventCalendar")
struct EventCalendarTests {
  /// Times drawn from few distinct values, so that ties are frequent.
  private static func tiedTimes(seed: UInt64, count: Int) -> [Double] {
    var rng = Xoshiro256StarStar(seed: seed)
    return (0..<count).map { _ in Double(rng.nextBelow(count / 3 + 1)) * 0.5 }
  }

  @Test("Pops in (time, insertion order) for 2,000 seeds of shuffled, tied input")
  func popsInOrderAgainstSortedOracle() {
    for seed in UInt64(0)..<2_000 {
      let count = Int(seed % 97) + 1
      let times = Self.tiedTimes(seed: seed, count: count)
      var calendar = EventCalendar(minimumCapacity: 4)
      for (index, time) in times.enumerated() {
        calendar.schedule(time: time, kind: UInt8(index % 256), a: Int32(index), b: -1)
      }
      #expect(calendar.count == count)
      // Oracle: a stable sort by time keeps insertion order among equal times.
      let expected = times.enumerated().sorted { $0.element < $1.element }.map(\.offset)
      var popped: [Int] = []
      while let event = calendar.popMin() {
        #expect(event.seq == UInt64(event.a), "seed \(seed)")
        popped.append(Int(event.a))
      }
      #expect(popped == expected, "seed \(seed)")
      #expect(calendar.isEmpty == true)
    }
  }

  @Test("Interleaved schedule, pop and replaceMin follow the oracle, and the clock advances")
  func interleavedOperations() {
    for seed in UInt64(0)..<300 {
      var rng = Xoshiro256StarStar(seed: seed)
      var calendar = EventCalendar()
      var oracle: [SimEvent] = []  // kept sorted
      var now = 0.0
      for step in 0..<400 {
        let time = now + Double(rng.nextBelow(4))
        switch rng.nextBelow(3) {
        case 0:
          let seq = calendar.schedule(time: time, kind: 1, a: Int32(step), b: 0)
          oracle.append(SimEvent(time: time, seq: seq, kind: 1, a: Int32(step), b: 0))
        case 1:
          let event = calendar.popMin()
          #expect(event == (oracle.isEmpty ? nil : oracle.removeFirst()), "seed \(seed)")
          if let event { now = event.time }
        default:
          guard !oracle.isEmpty else { continue }
          let newTime = oracle[0].time + Double(rng.nextBelow(3))
          let seq = calendar.scheduledCount
          let event = calendar.replaceMin(time: newTime, kind: 2, a: Int32(step), b: 1)
          #expect(event == oracle.removeFirst(), "seed \(seed)")
          now = event.time
          oracle.append(SimEvent(time: newTime, seq: seq, kind: 2, a: Int32(step), b: 1))
        }
        oracle.sort(by: <)
        #expect(calendar.now == now)
        #expect(calendar.count == oracle.count)
        #expect(calendar.peekTime == (oracle.first?.time ?? .infinity))
        #expect(calendar.min == oracle.first)
      }
    }
  }

  @Test("Taking the minimum, then scheduling 0–2 events or none, pops as popMin then schedule")
  func takeThenScheduleFollowsTheOracle() {
    for seed in UInt64(0)..<300 {
      var rng = Xoshiro256StarStar(seed: 1_000 + seed)
      var calendar = EventCalendar()
      var oracle: [SimEvent] = []  // kept sorted
      for step in 0..<30 {
        let time = Double(rng.nextBelow(6))
        let seq = calendar.schedule(time: time, kind: 1, a: Int32(step), b: 0)
        oracle.append(SimEvent(time: time, seq: seq, kind: 1, a: Int32(step), b: 0))
      }
      oracle.sort(by: <)
      for step in 0..<600 {
        guard let event = calendar.takeMin() else { break }
        #expect(event == oracle.removeFirst(), "seed \(seed)")
        #expect(calendar.now == event.time)
        for _ in 0..<rng.nextBelow(3) {
          let time = event.time + Double(rng.nextBelow(4))
          let seq = calendar.schedule(time: time, kind: 2, a: Int32(step), b: 1)
          oracle.append(SimEvent(time: time, seq: seq, kind: 2, a: Int32(step), b: 1))
        }
        calendar.finishTake()
        oracle.sort(by: <)
        #expect(calendar.count == oracle.count, "seed \(seed)")
        #expect(calendar.peekTime == (oracle.first?.time ?? .infinity))
      }
      #expect(calendar.isEmpty == oracle.isEmpty)
    }
  }

  @Test("popMin, replaceMin, a second takeMin or removeAll during a take lose no event")
  func takeStateDoesNotLeak() {
    func filled() -> EventCalendar {
      var calendar = EventCalendar()
      for t in [1.0, 2, 3] { calendar.schedule(time: t, kind: 0) }
      return calendar
    }
    var popped = filled()
    _ = popped.takeMin()
    // The taken event (1) is removed first, so popMin hands out the next one…
    #expect(popped.popMin()?.time == 2)
    popped.schedule(time: 4, kind: 0)  // …and this schedule replaces nothing
    #expect(popped.count == 2)
    #expect([popped.popMin()?.time, popped.popMin()?.time] == [3, 4])

    var twice = filled()
    #expect(twice.takeMin()?.time == 1)
    #expect(twice.takeMin()?.time == 2)  // the first take is finished, not handed out again
    twice.finishTake()
    #expect(twice.count == 1 && twice.peekTime == 3)

    var replaced = filled()
    _ = replaced.takeMin()
    #expect(replaced.replaceMin(time: 5, kind: 0).time == 2)
    #expect([replaced.popMin()?.time, replaced.popMin()?.time] == [3, 5])

    var reset = filled()
    _ = reset.takeMin()
    reset.removeAll()
    reset.schedule(time: 2, kind: 0)
    #expect(reset.count == 1 && reset.popMin()?.time == 2)
  }

  @Test("Equal times come out first in, first out, with payloads intact")
  func tiesAreFirstInFirstOut() {
    var calendar = EventCalendar(minimumCapacity: 8)
    for index in 0..<50 {
      calendar.schedule(time: 10, kind: UInt8(index), a: Int32(index), b: Int32(-index))
    }
    calendar.schedule(time: 5, kind: 99, a: 99, b: 99)
    #expect(calendar.popMin()?.kind == 99)
    for index in 0..<50 {
      let event = calendar.popMin()
      #expect(event?.a == Int32(index))
      #expect(event?.b == Int32(-index))
      #expect(event?.kind == UInt8(index))
    }
  }

  @Test("An empty calendar peeks at infinity and pops nil")
  func emptyCalendar() {
    var calendar = EventCalendar()
    #expect(calendar.isEmpty == true)
    #expect(calendar.count == 0)
    #expect(calendar.peekTime == .infinity)
    #expect(calendar.min == nil)
    #expect(calendar.popMin() == nil)
    #expect(calendar.now == 0)
  }

  @Test("removeAll resets the clock and sequence numbers so a reused calendar replays")
  func removeAllResets() {
    var calendar = EventCalendar(minimumCapacity: 16)
    calendar.schedule(time: 3, kind: 0)
    calendar.schedule(time: 4, kind: 0)
    _ = calendar.popMin()
    #expect(calendar.now == 3)
    calendar.removeAll(keepingCapacity: true)
    #expect(calendar.isEmpty == true)
    #expect(calendar.now == 0)
    #expect(calendar.scheduledCount == 0)
    #expect(calendar.schedule(time: 1, kind: 0) == 0)
  }
}
