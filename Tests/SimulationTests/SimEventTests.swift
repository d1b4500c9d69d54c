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
}
