import Testing

@testable import ContactCenter

@Suite("Shrinkage")
struct ShrinkageTests {
  @Test("a planned headcount replays as at least the net agents, and is the smallest that does")
  func roundTrip() {
    for basisPoints in [0, 1, 2_500, 3_000, 3_333, 3_500, 5_000, 9_900] {
      let rule = Shrinkage(share: Double(basisPoints) / 10_000)
      #expect(rule.basisPoints == basisPoints)
      for net in [0, 1, 2, 7, 10, 99, 1_000, 100_000] {
        let scheduled = rule.scheduled(net: net)
        #expect(rule.onLine(scheduled: scheduled) >= net)
        if scheduled > 0 { #expect(rule.onLine(scheduled: scheduled - 1) < net) }
      }
    }
  }

  @Test("headcount arithmetic never overflows: exact up to Int.max, saturating beyond")
  func noOverflow() {
    let rule = Shrinkage(share: 0.3)
    #expect(
      rule.onLine(scheduled: Int.max) == Int.max / 10_000 * 7_000 + (Int.max % 10_000) * 7 / 10)
    #expect(rule.onLine(scheduled: 999_999_999_999_999) == 699_999_999_999_999)
    #expect(rule.scheduled(net: Int.max) == Int.max)
    #expect(rule.scheduled(net: 700_000_000_000_000) == 1_000_000_000_000_000)
    #expect(Shrinkage(share: 0).onLine(scheduled: Int.max) == Int.max)
  }

  @Test("30 % shrinkage: 10 scheduled put 7 on line; 7 net need 10 scheduled")
  func example() {
    let rule = Shrinkage(share: 0.3)
    #expect(rule.onLine(scheduled: 10) == 7)
    #expect(rule.scheduled(net: 7) == 10)
    #expect(rule.scheduled(net: 8) == 12)  // 8 / 0.7 = 11.43 → 12
  }
}
