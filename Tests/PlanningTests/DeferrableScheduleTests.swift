import Testing

@testable import Planning

@Suite("fluid earliest-deadline-first schedule for email and social")
struct DeferrableScheduleTests {
  /// 1-hour intervals open 09:00, 10:00, 11:00 on one day.
  let morning = DeferrableSchedule.Calendar(
    openStarts: [9 * 3600, 10 * 3600, 11 * 3600], intervalSeconds: 3600, cycleSeconds: 86_400)

  @Test("the worked example of the documentation, computed by hand")
  func handWorked() {
    // 4 contacts at 09:00, AHT 1 h, deadline 2 h (11:00).
    // c = 1, as a fluid at 1 contact per hour: the first is reached over [09:00, 10:00], the
    // second over [10:00, 11:00] (both on time), the third over [11:00, 12:00] (late but for
    // the instant 11:00), the fourth the next day from 09:00 (late). On time: 2 of 4.
    let one = DeferrableSchedule.evaluate(
      agents: 1, arrivals: [4, 0, 0], initialBacklog: 0, handleSeconds: 3600,
      deadlineSeconds: 7200, calendar: morning)
    #expect(abs(one.onTimeShare - 0.5) < 1e-12)
    #expect(abs(one.occupancy - 4.0 / 3.0) < 1e-12)
    // Completions per interval: 1, 1, 1, and the fourth in the next cycle's 09:00 interval.
    #expect(one.completions == [2, 1, 1])
    // c = 2: two per hour, all reached by 11:00; waits average 0.5 h and 1.5 h → 1 h.
    let two = DeferrableSchedule.evaluate(
      agents: 2, arrivals: [4, 0, 0], initialBacklog: 0, handleSeconds: 3600,
      deadlineSeconds: 7200, calendar: morning)
    #expect(two.onTimeShare == 1)
    #expect(abs(two.intervalMeanWaitSeconds[0] - 3600) < 1e-9)
    #expect(two.completions == [2, 2, 0])
  }

  @Test("the lowest constant staffing meeting the share, hand-computed")
  func minimum() throws {
    // 6 contacts at 09:00, AHT 1 h, deadline 1 h: only what is reached during 09–10 is on
    // time, so c agents answer c of 6 on time (c ≤ 6). Occupancy bound: 6 h ÷ 3 h = 2.
    func agents(_ share: Double) throws -> Int {
      try DeferrableSchedule.minimumAgents(
        arrivals: [6, 0, 0], initialBacklog: 0, handleSeconds: 3600, deadlineSeconds: 3600,
        targetShare: share, occupancyCap: 1, calendar: morning
      ).agents
    }
    #expect(try agents(0.3) == 2)  // 2/6 = 33 %
    #expect(try agents(0.5) == 3)  // 3/6
    #expect(try agents(0.8) == 5)  // 5/6 = 83 %
    #expect(try agents(0.9) == 6)  // 6/6
    #expect(try agents(1.0) == 6)
    // An occupancy cap of 50 % alone needs 6 h ÷ (3 h × 0.5) = 4 agents.
    let capped = try DeferrableSchedule.minimumAgents(
      arrivals: [6, 0, 0], initialBacklog: 0, handleSeconds: 3600, deadlineSeconds: 3600,
      targetShare: 0.1, occupancyCap: 0.5, calendar: morning)
    #expect(capped.agents == 4)
  }

  @Test("closed hours give no capacity while the deadline clock runs")
  func calendarTime() {
    // Open 09:00–10:00 only; 3 contacts at 09:00, AHT 1 h, deadline 24 h. One agent answers
    // the first today; the second is reached the next day from 09:00, exactly 24 h after
    // arrival and after that: late. The horizon repeats, so the third is answered on day 3.
    let hour = DeferrableSchedule.Calendar(
      openStarts: [9 * 3600], intervalSeconds: 3600, cycleSeconds: 86_400)
    let one = DeferrableSchedule.evaluate(
      agents: 1, arrivals: [3], initialBacklog: 0, handleSeconds: 3600,
      deadlineSeconds: 86_400, calendar: hour)
    #expect(abs(one.onTimeShare - 1.0 / 3.0) < 1e-12)
    // Mean wait: 0.5 h, 24.5 h, 48.5 h → 24.5 h.
    #expect(abs(one.intervalMeanWaitSeconds[0] - 24.5 * 3600) < 1e-6)
    let three = DeferrableSchedule.evaluate(
      agents: 3, arrivals: [3], initialBacklog: 0, handleSeconds: 3600,
      deadlineSeconds: 86_400, calendar: hour)
    #expect(three.onTimeShare == 1)
  }

  @Test("the initial backlog is worked first and counts in the first interval")
  func backlog() {
    // Backlog 2 and 2 arrivals at 09:00; c = 2, AHT 1 h, deadline 1 h: the backlog is
    // reached during 09–10 (on time), the new arrivals during 10–11 (late).
    let outcome = DeferrableSchedule.evaluate(
      agents: 2, arrivals: [2, 0, 0], initialBacklog: 2, handleSeconds: 3600,
      deadlineSeconds: 3600, calendar: morning)
    #expect(abs(outcome.onTimeShare - 0.5) < 1e-12)
    #expect(abs(outcome.intervalOnTimeShare[0] - 0.5) < 1e-12)
  }

  @Test("no contacts need no agents; an impossible deadline is a typed error")
  func edges() throws {
    let none = try DeferrableSchedule.minimumAgents(
      arrivals: [0, 0, 0], initialBacklog: 0, handleSeconds: 60, deadlineSeconds: 60,
      targetShare: 0.9, occupancyCap: 0.8, calendar: morning)
    #expect(none.agents == 0)
    #expect(none.onTimeShare == 1)
    #expect(throws: DeferrableSchedule.Unreachable.self) {
      try DeferrableSchedule.minimumAgents(
        arrivals: [1, 0, 0], initialBacklog: 0, handleSeconds: 60, deadlineSeconds: 0,
        targetShare: 0.9, occupancyCap: 1, calendar: morning)
    }
  }
}
