import Testing

@testable import ContactCenter

@Suite("Units")
struct UnitsTests {
  @Test("durations: seconds as numbers or strings with s, m, h, d")
  func durations() {
    #expect(Units.parseDuration("20s") == 20)
    #expect(Units.parseDuration("3m") == 180)
    #expect(Units.parseDuration("1.5h") == 5400)
    #expect(Units.parseDuration("2d") == 172_800)
    #expect(Units.parseDuration("45") == 45)
    #expect(Units.parseDuration(" 90s ") == 90)
    #expect(Units.parseDuration("0s") == 0)
    for bad in ["", "m", "3 min", "-5s", "1e400s", "inf", "nan", "3x", "1,5h"] {
      #expect(Units.parseDuration(bad) == nil, "\(bad) accepted")
    }
  }

  @Test("shares: fractions or percent strings")
  func shares() {
    #expect(Units.parseShare("30%") == 0.3)
    #expect(Units.parseShare("0.3") == 0.3)
    #expect(Units.parseShare("100%") == 1)
    #expect(Units.parseShare("7.5%") == 0.075)
    #expect(Units.parseShare("thirty") == nil)
  }

  @Test("formatting durations round-trips through parsing")
  func formatting() {
    for seconds in [20.0, 180, 5400, 172_800, 45, 90, 86_400 * 1.5] {
      #expect(Units.parseDuration(Units.formatDuration(seconds)) == seconds)
    }
  }

  @Test("formatting any duration is total: huge, tiny, infinite and NaN values never trap")
  func formattingIsTotal() {
    for seconds in [
      1e30 * 60, 1e308, -1e308, 9.3e18, 1e15, 5e-324, 0, -0.0, .infinity, -.infinity, .nan,
    ] {
      #expect(!Units.formatDuration(seconds).isEmpty)
    }
    #expect(Units.formatDuration(1e308) == "1.1574074074074075e+303d")
    #expect(Units.formatDuration(.nan) == "nan")
    #expect(Units.percentSuggestion(forFraction: 1e300) == "1e+302")
  }

  @Test("a percentage below 1 is accepted only with its percent sign")
  func smallPercentage() throws {
    let scenario = try decodeScenario(
      minimal(replacing: "\"percent\": 80", with: "\"percent\": \"0.8%\""))
    #expect(scenario.channels[0].sla.percent == 0.8)
    let exact = try decodeScenario(minimal(replacing: "\"percent\": 80", with: "\"percent\": 1"))
    #expect(exact.channels[0].sla.percent == 1)
  }

  @Test("shares and percentages decode from scenario values")
  func scenarioShares() throws {
    let scenario = try decodeScenario(
      minimal(replacing: "\"percent\": 80", with: "\"percent\": \"85.5%\"")
        .replacingOccurrences(
          of: "\"name\": \"minimal\",", with: "\"name\": \"minimal\", \"shrinkage\": \"30%\",")
    )
    #expect(scenario.channels[0].sla.percent == 85.5)
    #expect(scenario.shrinkage == 0.3)
  }

  @Test("times of day")
  func timesOfDay() {
    #expect(TimeOfDay.parse("08:00") == 28_800)
    #expect(TimeOfDay.parse("24:00") == 86_400)
    #expect(TimeOfDay.parse("24:30") == nil)
    #expect(TimeOfDay.parse("8:00") == nil)
    #expect(TimeOfDay.format(seconds: 45_900) == "12:45")
  }
}
