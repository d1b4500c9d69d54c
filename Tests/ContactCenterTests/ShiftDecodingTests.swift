import Foundation
import Testing

@testable import ContactCenter

@Suite("shifts: decoding and the errors a planner gets")
struct ShiftDecodingTests {
  /// The minimal scenario (09:00–11:00, 30-minute intervals, 2 days) with a shifts block.
  static func withShifts(_ shifts: String) -> String {
    minimal(replacing: "\"pools\": [", with: "\"shifts\": \(shifts),\n  \"pools\": [")
  }

  static let valid = """
    [{ "id": "short", "pools": ["t1"], "length": "1h", "startStep": "30m",
       "breaks": [{ "length": "30m", "paid": false, "after": "0m", "before": "30m" }],
       "costMultiplier": 1.2, "max": 4 },
     { "id": "tour", "length": "2h", "workDays": { "count": 1, "consecutive": true } }]
    """

  @Test func decodesEveryField() throws {
    let scenario = try decodeScenario(Self.withShifts(Self.valid))
    let shifts = try #require(scenario.shifts)
    #expect(shifts.count == 2)
    #expect(shifts[0].pools == ["t1"])
    #expect(shifts[0].lengthSeconds == 3600)
    // Defaults: the earliest start is opening, the latest the last that ends by closing.
    #expect(shifts[0].earliestStartSeconds == 9 * 3600)
    #expect(shifts[0].latestStartSeconds == 10 * 3600)
    #expect(
      shifts[0].breaks == [
        ShiftBreak(lengthSeconds: 1800, paid: false, afterSeconds: 0, beforeSeconds: 1800)
      ])
    #expect(shifts[0].paidSeconds == 1800)
    #expect(shifts[0].costMultiplier == 1.2)
    #expect(shifts[0].maximum == 4)
    #expect(shifts[1].pools == nil && shifts[1].applies(to: "t2"))
    #expect(shifts[1].workDays == WorkDays(count: 1, consecutive: true))
    #expect(shifts[1].startStepSeconds == 1800)
  }

  @Test func noShiftsIsNil() throws {
    #expect(try decodeScenario(minimalScenario).shifts == nil)
  }

  static let mistakes: [(String, String, String, [String])] = [
    (
      "unknown pool", #"[{ "id": "a", "pools": ["t9"], "length": "1h" }]"#, "shifts[0].pools[0]",
      ["one of the scenario's pools (t1, t2)", "\"t9\""]
    ),
    (
      "length off the interval grid", #"[{ "id": "a", "length": "45m" }]"#, "shifts[0].length",
      ["multiple of 30m"]
    ),
    (
      "longer than the open hours", #"[{ "id": "a", "length": "3h" }]"#, "shifts[0].length",
      ["fits in the open hours (2h)", "3h"]
    ),
    (
      "ends after closing", #"[{ "id": "a", "length": "1h", "latestStart": "10:30" }]"#,
      "shifts[0].latestStart", ["ending by 11:00", "10:30"]
    ),
    (
      "break past the end",
      #"[{ "id": "a", "length": "1h", "breaks": [{ "length": "30m", "paid": true, "after": "0m", "before": "1h" }] }]"#,
      "shifts[0].breaks[0].before", ["ending within the shift's 1h"]
    ),
    (
      "break without paid",
      #"[{ "id": "a", "length": "1h", "breaks": [{ "length": "30m", "after": "0m", "before": "0m" }] }]"#,
      "shifts[0].breaks[0].paid", ["missing required key 'paid'"]
    ),
    (
      "duplicate id", #"[{ "id": "a", "length": "1h" }, { "id": "a", "length": "2h" }]"#,
      "shifts[1].id", ["not used before", "shifts[0]"]
    ),
    (
      "max below min", #"[{ "id": "a", "length": "1h", "min": 3, "max": 2 }]"#, "shifts[0].max",
      ["maximum ≥ min (3)", "2"]
    ),
    (
      "more work days than the horizon",
      #"[{ "id": "a", "length": "1h", "workDays": { "count": 3 } }]"#, "shifts[0].workDays.count",
      ["from 1 to the horizon's 2"]
    ),
    (
      "typo", #"[{ "id": "a", "lenght": "1h" }]"#, "shifts[0].lenght",
      ["did you mean 'length'?"]
    ),
  ]

  @Test(arguments: 0..<mistakes.count) func mistakeIsNamed(index: Int) {
    let (name, shifts, path, words) = Self.mistakes[index]
    let found = issues(Self.withShifts(shifts))
    let issue = found.first { $0.path == path }
    #expect(issue != nil, "\(name): expected an issue at \(path), found \(found.map(\.path))")
    for word in words {
      #expect(issue?.message.contains(word) == true, "\(name): \(issue?.message ?? "none")")
    }
    #expect(issue?.file == "test.json")
  }
}
