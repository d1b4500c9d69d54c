import ContactCenter
import Testing

@testable import Planning

@Suite("StaffingCSV: the staffing file simulate replays")
struct StaffingCSVTests {
  /// Two pools, two days of two 1-hour intervals (labels d1 09:00 … d2 10:00).
  static func twoDays() throws -> Scenario {
    try scenario(
      """
      { "name": "s", "description": "",
        "horizon": { "intervalLength": "1h", "open": "09:00", "close": "11:00", "days": 2 },
        "channels": [ { "id": "voice", "kind": "voice", "demand": [10, 20],
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [
          { "id": "a", "tier": 1, "skills": ["voice"], "staffing": 1, "hourlyCost": 10 },
          { "id": "b", "tier": 1, "skills": ["voice", "sms"], "staffing": 1, "hourlyCost": 10 }
        ] }
      """.replacingOccurrences(of: ", \"sms\"", with: ""))
  }

  static let good = """
    # ccplan 0.1.0 staff; provenance
    interval_start,pool,net_agents,scheduled_headcount,paid_hours,cost_eur
    d1 09:00,a,1,2,2,20
    d1 09:00,b,0,0,0,0
    d1 10:00,a,2,3,3,30
    "d1 10:00",b,0,1,1,10
    d2 09:00,a,1,4,4,40
    d2 09:00,b,0,0,0,0
    d2 10:00,a,2,5,5,50
    d2 10:00,b,0,6,6,60

    """

  @Test("reads scheduled headcount per pool and interval, in any row order")
  func parse() throws {
    let s = try Self.twoDays()
    #expect(try StaffingCSV.parse(text: Self.good, scenario: s) == [[2, 3, 4, 5], [0, 1, 0, 6]])
    let shuffled = Self.good.split(separator: "\n").enumerated()
      .sorted { ($0.offset < 2 ? 0 : 1, -$0.offset) < ($1.offset < 2 ? 0 : 1, -$1.offset) }
      .map(\.element).joined(separator: "\r\n")
    #expect(try StaffingCSV.parse(text: shuffled, scenario: s) == [[2, 3, 4, 5], [0, 1, 0, 6]])
  }

  @Test("a byte order mark is skipped and lines may end in LF, CRLF or a lone CR")
  func lineEndings() throws {
    let s = try Self.twoDays()
    let plan = [[2, 3, 4, 5], [0, 1, 0, 6]]
    for ending in ["\n", "\r\n", "\r"] {
      let text = Self.good.replacingOccurrences(of: "\n", with: ending)
      #expect(try StaffingCSV.parse(text: text, scenario: s) == plan, "\(ending.debugDescription)")
      #expect(try StaffingCSV.parse(text: "\u{FEFF}" + text, scenario: s) == plan)
    }
    let bomHeader =
      "\u{FEFF}" + Self.good.split(separator: "\n").dropFirst().joined(separator: "\r")
    #expect(try StaffingCSV.parse(text: bomHeader, scenario: s) == plan)
  }

  @Test("every error names the file, line and column, what was expected and what was found")
  func errors() throws {
    let s = try Self.twoDays()
    func message(_ text: String) -> String {
      do {
        _ = try StaffingCSV.parse(text: text, scenario: s, file: "plan.csv")
        return "no error"
      } catch {
        return error.description
      }
    }
    #expect(
      message(Self.good.replacingOccurrences(of: "d2 10:00,a,2,5", with: "d2 10:00,a,2,5.5"))
        == "plan.csv:9:14: error: scheduled_headcount: expected a whole number of agents from 0 "
        + "to 1,000,000, found '5.5'")
    for huge in ["9223372036854775807", "1000001"] {
      #expect(
        message(Self.good.replacingOccurrences(of: "d2 10:00,a,2,5", with: "d2 10:00,a,2,\(huge)"))
          == "plan.csv:9:14: error: scheduled_headcount: expected a whole number of agents from 0 "
          + "to 1,000,000, found '\(huge)'")
    }
    #expect(
      message(Self.good.replacingOccurrences(of: "d1 10:00,a", with: "d1 10:15,a"))
        == "plan.csv:5:1: error: interval_start: expected an open interval of the scenario's "
        + "horizon such as 'd1 09:00', found 'd1 10:15'")
    #expect(
      message(Self.good.replacingOccurrences(of: "d2 09:00,b", with: "d2 09:00,c"))
        == "plan.csv:8:10: error: pool: expected one of the scenario's pools (a, b), found 'c'")
    #expect(
      message(Self.good.replacingOccurrences(of: "d2 09:00,b,0,0,0,0", with: "d1 09:00,b,0,0,0,0"))
        == "plan.csv:8:1: error: pool 'b' at d1 09:00 is already given on line 4; expected one "
        + "row per open interval and pool")
    #expect(
      message(Self.good.replacingOccurrences(of: "d2 10:00,b,0,6,6,60\n", with: ""))
        == "plan.csv:10: error: expected one row per open interval and pool (4 × 2), found no "
        + "row for pool 'b' at d2 10:00")
    #expect(
      message(Self.good.replacingOccurrences(of: "scheduled_headcount", with: "headcount"))
        .hasPrefix("plan.csv:2:1: error: expected a header naming interval_start, pool, "))
    #expect(
      message(Self.good.replacingOccurrences(of: "d1 09:00,a,1,2,2,20", with: "d1 09:00,a,1,2"))
        == "plan.csv:3: error: expected 6 cells as in the header, found 4")
    #expect(
      message("") == "plan.csv:1: error: expected a header naming interval_start, pool, "
        + "scheduled_headcount, found no lines")
  }
}
