import Foundation
import Testing

@testable import CCPlanCLI

@Suite("Opening hours per weekday, end to end")
struct OpeningHoursCommandTests {
  static let file = scenariosPath + "/service-desk-week.json"

  /// Data rows of a result CSV (no `#` comment, no header).
  static func rows(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("#") }.dropFirst().map { $0 }
  }

  @Test("service-desk-week validates, staffs and simulates: Mon–Fri 48, Sat 16, Sun no intervals")
  func week() throws {
    // Hand count: 5 weekdays × 48 quarter hours (08:00–20:00) + Saturday 16 (09:00–13:00).
    let intervals = 5 * 48 + 16
    let validate = runCLI(["validate", Self.file])
    #expect(validate.0 == 0, "\(validate.2)")
    #expect(validate.1.contains("7 days with \(intervals) open intervals"))

    let staffOut = temporaryDirectory(for: "staff")
    let staff = runCLI(["staff", Self.file, "--out", staffOut])
    #expect(staff.0 == 0, "\(staff.2)")
    let staffing = try Self.rows(staffOut + "/staffing.csv")
    #expect(staffing.count == intervals)  // one pool
    #expect(staffing.first?.hasPrefix("2027-03-01 08:00,") == true)
    #expect(staffing.last?.hasPrefix("2027-03-06 12:45,") == true)
    #expect(!staffing.contains { $0.hasPrefix("2027-03-07") })
    #expect(staff.1.contains("  7         0.0"))  // Sunday: no paid hours

    let simOut = temporaryDirectory(for: "staff")
    let simulate = runCLI(["simulate", Self.file, "--replications", "2", "--out", simOut])
    #expect(simulate.0 == 0, "\(simulate.2)")
    let rows = try Self.rows(simOut + "/intervals.csv")
    #expect(rows.count == intervals * 2)  // voice and email
    #expect(rows.contains { $0.hasPrefix("2027-03-05 19:45,voice,") })
    #expect(rows.contains { $0.hasPrefix("2027-03-06 09:00,voice,") })
    #expect(!rows.contains { $0.hasPrefix("2027-03-06 13:00") || $0.hasPrefix("2027-03-07") })

    // The plan replays: staffing.csv read back by simulate.
    let replay = runCLI([
      "simulate", Self.file, "--replications", "2", "--no-files", "--staffing",
      staffOut + "/staffing.csv",
    ])
    #expect(replay.0 == 0, "\(replay.2)")
  }
}
