import Testing

@testable import Simulation

@Suite("SimEvent")
struct SimEventTests {
  @Test("An event is a trivial value of at most 32 bytes")
  func layout() {
    #expect(MemoryLayout<SimEvent>.stride <= 32)
    #expect(_isPOD(SimEvent.self))
  }

  @Test("Events order by time, then by insertion sequence")
  func ordering() {
    let early = SimEvent(time: 1, seq: 9, kind: 0, a: 0, b: 0)
    let late = SimEvent(time: 2, seq: 0, kind: 0, a: 0, b: 0)
    let tieFirst = SimEvent(time: 2, seq: 3, kind: 7, a: 0, b: 0)
    let tieSecond = SimEvent(time: 2, seq: 4, kind: 1, a: 0, b: 0)
    #expect(early < late)
    #expect(!(late < early))
    #expect(tieFirst < tieSecond)
    #expect(!(tieSecond < tieFirst))
    #expect(!(tieFirst < tieFirst))
  }

  @Test("The packed key keeps every time exactly and orders as Double's < does")
  func packedKey() {
    let times: [Double] = [
      0, -0.0, 5e-324, 1e-300, 0.5, 1, 2, 180, 86_400 * 366, 1e300, .greatestFiniteMagnitude,
      .infinity, -1, -1e-300, -.infinity,
    ]
    for t in times {
      let event = SimEvent(time: t, seq: 42, kind: 3, a: -7, b: 9)
      #expect(event.time == t, "time \(t) round-trips")
      #expect(event.seq == 42 && event.kind == 3 && event.a == -7 && event.b == 9)
    }
    #expect(SimEvent(time: -0.0, seq: 0, kind: 0, a: 0, b: 0).time.sign == .plus)
    for x in times {
      for y in times {
        let ex = SimEvent(time: x, seq: 1, kind: 0, a: 0, b: 0)
        let ey = SimEvent(time: y, seq: 2, kind: 0, a: 0, b: 0)
        // Equal times (0 and −0 included) fall back to the sequence number.
        #expect((ex < ey) == (x < y || x == y), "\(x) before \(y)")
      }
    }
  }
}
