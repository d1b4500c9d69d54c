import Foundation
import Testing

@testable import ContactCenter

/// Forecast CSVs: every problem once, at the channel reading its column; dates checked
/// against consecutive days and kept for the outputs' labels.
@Suite("forecast CSV")
struct ForecastCSVTests {
  /// The minimal scenario (09:00–11:00 in 30-minute intervals, 2 days) with both channels
  /// reading `f.csv`, written with `csv` into a fresh directory; returns the issues.
  static func issues(csv: String, horizon: String? = nil) throws -> [ScenarioIssue] {
    do {
      _ = try decode(csv: csv, horizon: horizon)
      return []
    } catch let error as ScenarioError {
      return error.issues
    }
  }

  /// Decodes that scenario.
  static func decode(csv: String, horizon: String? = nil) throws -> Scenario {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccplan-forecast-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(csv.utf8).write(to: directory.appendingPathComponent("f.csv"))
    var text = minimal(
      replacing: "[10, 20, 30, 40]", with: "{ \"csv\": \"f.csv\", \"column\": \"voice\" }")
    text = text.replacingOccurrences(
      of: "{ \"daily\": 100 }", with: "{ \"csv\": \"f.csv\", \"column\": \"email\" }")
    if let horizon {
      text = text.replacingOccurrences(
        of:
          "\"horizon\": { \"intervalLength\": \"30m\", \"open\": \"09:00\", \"close\": \"11:00\", \"days\": 2 }",
        with: "\"horizon\": \(horizon)")
    }
    return try ScenarioLoader.decode(Array(text.utf8), file: "s.json", directory: directory)
  }

  /// Rows for `days` consecutive days from `first` (YYYY-MM-DD strings), 09:00–10:30.
  static func dated(_ dates: [String]) -> String {
    var rows = ["interval_start,voice,email"]
    for date in dates {
      for clock in ["09:00", "09:30", "10:00", "10:30"] { rows.append("\(date)T\(clock),1,2") }
    }
    return rows.joined(separator: "\n") + "\n"
  }

  @Test("a byte order mark is skipped and lines may end in LF, CRLF or a lone CR")
  func lineEndingsAndBOM() throws {
    let csv = "interval_start,voice,email\n09:00,1,2\n09:30,3,4\n10:00,5,6\n10:30,7,8\n"
    for ending in ["\n", "\r\n", "\r"] {
      for prefix in ["", "\u{FEFF}"] {
        let text = prefix + csv.replacingOccurrences(of: "\n", with: ending)
        let scenario = try Self.decode(csv: text)
        #expect(scenario.channels[0].demand.prefix(4) == [1, 3, 5, 7], "\(text.debugDescription)")
      }
    }
  }

  @Test("a cell is capped as JSON demand is, at 1e12 contacts")
  func hugeCell() throws {
    let csv = "interval_start,voice,email\n09:00,1,2\n09:30,1e308,2\n10:00,1,1e13\n10:30,1,2\n"
    let found = try Self.issues(csv: csv)
    #expect(
      found.map(\.message) == [
        "f.csv, line 3, column 'voice': expected a number from 0 to 1e12, found '1e308'",
        "f.csv, line 4, column 'email': expected a number from 0 to 1e12, found '1e13'",
      ])
    let top = "interval_start,voice,email\n09:00,1e12,2\n09:30,1,2\n10:00,1,2\n10:30,1,2\n"
    #expect(try Self.issues(csv: top).isEmpty)
  }

  @Test("every bad cell is reported once, at the channel whose column it is in")
  func everyCell() throws {
    let csv = "interval_start,voice,email\n09:00,1,2\n09:30,x,2\n10:00,3,-1\n10:30,4,y\n"
    let found = try Self.issues(csv: csv)
    #expect(found.count == 3, "\(found.map(\.description))")
    let voice = found.filter { $0.path == "channels[0].demand.csv" }.map(\.message)
    let email = found.filter { $0.path == "channels[1].demand.csv" }.map(\.message)
    #expect(voice == ["f.csv, line 3, column 'voice': expected a number from 0 to 1e12, found 'x'"])
    #expect(
      email == [
        "f.csv, line 4, column 'email': expected a number from 0 to 1e12, found '-1'",
        "f.csv, line 5, column 'email': expected a number from 0 to 1e12, found 'y'",
      ])
  }

  @Test("a bad row is reported once although two channels read the file")
  func rowOnce() throws {
    let csv = "interval_start,voice,email\n09:00,1,2\n09:30,1\n10:00,3,1\n10:45,4,1\n"
    let found = try Self.issues(csv: csv)
    #expect(found.map(\.path) == ["channels[0].demand.csv", "channels[0].demand.csv"])
    #expect(found[0].message.contains("line 3: expected 3 cells"))
    #expect(found[1].message.contains("line 5, column 'interval_start': expected 10:30"))
  }

  @Test("a bad cell in a column no channel reads is still reported, once")
  func unreadColumn() throws {
    let csv =
      "interval_start,voice,email,chat\n09:00,1,2,3\n09:30,1,2,z\n10:00,3,1,3\n10:30,4,1,3\n"
    let found = try Self.issues(csv: csv)
    #expect(found.map(\.path) == ["channels[0].demand.csv"])
    #expect(
      found.first?.message
        == "f.csv, line 3, column 'chat': expected a number from 0 to 1e12, found 'z'")
  }

  @Test("whole-horizon dates must be consecutive days: a skipped day is named on its line")
  func skippedDay() throws {
    let found = try Self.issues(csv: Self.dated(["2027-03-01", "2027-03-03"]))
    #expect(found.count == 1, "\(found.map(\.description))")
    // Line 1 is the header, lines 2-5 the first day: the second day starts on line 6.
    #expect(
      found.first?.message.hasPrefix(
        "f.csv, line 6, column 'interval_start': expected 2027-03-02T09:00 (day 2 of the horizon")
        == true, "\(found)")
  }

  @Test("a wrong date on a midnight row is blamed on that row, with the day it should be")
  func midnightRow() throws {
    // 24/7 in 6-hour intervals: 00:00, 06:00, 12:00, 18:00; the second day's midnight row
    // (line 6) says 2027-03-03.
    let rows = [
      "interval_start,voice,email", "2027-03-01T00:00,1,1", "2027-03-01T06:00,1,1",
      "2027-03-01T12:00,1,1", "2027-03-01T18:00,1,1", "2027-03-03T00:00,1,1",
      "2027-03-02T06:00,1,1", "2027-03-02T12:00,1,1", "2027-03-02T18:00,1,1",
    ]
    let found = try Self.issues(
      csv: rows.joined(separator: "\n"), horizon: "{ \"intervalLength\": \"6h\", \"days\": 2 }")
    #expect(found.count == 1, "\(found.map(\.description))")
    #expect(
      found.first?.message.hasPrefix(
        "f.csv, line 6, column 'interval_start': expected 2027-03-02T00:00 (day 2") == true,
      "\(found)")
    #expect(found.first?.message.hasSuffix("found '2027-03-03T00:00'") == true)
  }

  @Test("dates are kept: the horizon starts on the first row's day and labels name dates")
  func datesKept() throws {
    let scenario = try Self.decode(csv: Self.dated(["2027-03-01", "2027-03-02"]))
    #expect(scenario.horizon.startDate == CalendarDate(year: 2027, month: 3, day: 1))
    #expect(scenario.horizon.label(ofOpenInterval: 0) == "2027-03-01 09:00")
    #expect(scenario.horizon.label(ofOpenInterval: 5) == "2027-03-02 09:30")
    let undated = try decodeScenario(minimalScenario)
    #expect(undated.horizon.startDate == nil)
    #expect(undated.horizon.label(ofOpenInterval: 5) == "d2 09:30")
    // A one-day forecast repeated over the horizon names no date.
    let oneDay = try Self.decode(csv: Self.dated(["2027-03-01"]))
    #expect(oneDay.horizon.startDate == nil)
  }

  @Test("horizon.startDate gives the dates; a forecast naming other dates is an error")
  func startDateKey() throws {
    let horizon =
      "{ \"intervalLength\": \"30m\", \"open\": \"09:00\", \"close\": \"11:00\", \"days\": 2, \"startDate\": \"2027-02-28\" }"
    let oneDay = try Self.decode(csv: Self.dated(["2027-03-01"]), horizon: horizon)
    #expect(oneDay.horizon.label(ofOpenInterval: 4) == "2027-03-01 09:00")
    let found = try Self.issues(csv: Self.dated(["2027-03-01", "2027-03-02"]), horizon: horizon)
    #expect(found.map(\.path) == ["channels[0].demand.csv"])
    #expect(found.first?.message.contains("start on 2027-02-28") == true, "\(found)")
    let bad = try Self.issues(
      csv: Self.dated(["2027-03-01"]),
      horizon: horizon.replacingOccurrences(of: "2027-02-28", with: "2027-02-29"))
    #expect(bad.map(\.path) == ["horizon.startDate"])
  }

  @Test("calendar dates: leap years, month and year ends, against Python's datetime")
  func calendar() throws {
    let epoch = try #require(CalendarDate(year: 1970, month: 1, day: 1))
    #expect(epoch.adding(days: 19_783).description == "2024-03-01")
    #expect(epoch.days(until: try #require(CalendarDate.parse("2027-03-01"))) == 20_878)
    #expect(CalendarDate.parse("2000-02-28")?.adding(days: 1).description == "2000-02-29")
    #expect(CalendarDate.parse("1900-02-28")?.adding(days: 1).description == "1900-03-01")
    #expect(CalendarDate.parse("2027-12-31")?.adding(days: 1).description == "2028-01-01")
    #expect(CalendarDate.parse("2027-02-29") == nil)
    #expect(CalendarDate.parse("2028-02-29") != nil)
    #expect(CalendarDate.parse("2027-3-01") == nil)
  }
}
