import Foundation
import Testing

@testable import ContactCenter

/// One kind of mistake: the edit that makes it, the path the error must name and words the
/// message must contain.
struct Mistake: CustomStringConvertible, Sendable {
  let name: String
  let original: String
  let replacement: String
  let path: String
  let words: [String]

  var description: String { name }
}

@Suite("Bad scenario input")
struct BadInputTests {
  static let mistakes: [Mistake] = [
    Mistake(
      name: "SLA percent above 100", original: "\"percent\": 80", replacement: "\"percent\": 120",
      path: "channels[0].sla.percent", words: ["percentage in (0, 100]", "120"]),
    Mistake(
      name: "SLA percent zero", original: "\"percent\": 90", replacement: "\"percent\": 0",
      path: "channels[1].sla.percent", words: ["(0, 100]", "found the number 0"]),
    Mistake(
      name: "SLA percent written as a fraction", original: "\"percent\": 80",
      replacement: "\"percent\": 0.8",
      path: "channels[0].sla.percent",
      words: ["found the number 0.8", "would mean 0.8 %", "did you mean 80 or \"80%\"?"]),
    Mistake(
      name: "SLA percent written as a fraction in a string", original: "\"percent\": 90",
      replacement: "\"percent\": \"0.95\"",
      path: "channels[1].sla.percent", words: ["did you mean 95 or \"95%\"?"]),
    Mistake(
      name: "typo in a key", original: "\"handleTime\": { \"distribution\": \"exponential\"",
      replacement: "\"handelTime\": { \"distribution\": \"exponential\"",
      path: "channels[0].handelTime",
      words: ["unknown key 'handelTime'", "did you mean 'handleTime'?"]),
    Mistake(
      name: "missing required key", original: "\"id\": \"email\", ", replacement: "",
      path: "channels[1].id", words: ["missing required key 'id'"]),
    Mistake(
      name: "unknown channel kind", original: "\"kind\": \"email\"",
      replacement: "\"kind\": \"emial\"",
      path: "channels[1].kind",
      words: ["expected one of voice, chat, sms, email, social", "did you mean 'email'?"]),
    Mistake(
      name: "duration without unit", original: "\"mean\": \"3m\"",
      replacement: "\"mean\": \"3 minutes\"",
      path: "channels[0].handleTime.mean", words: ["positive duration", "\"3 minutes\""]),
    Mistake(
      name: "share as a bare percentage", original: "\"fcr\": { \"voice\": 0.8 }",
      replacement: "\"fcr\": { \"voice\": 80 }",
      path: "pools[0].fcr.voice", words: ["share in [0, 1]", "did you mean \"80%\"?"]),
    Mistake(
      name: "deflection above 100 %", original: "\"initialBacklog\": 12",
      replacement: "\"initialBacklog\": 12, \"deflection\": \"150%\"",
      path: "channels[1].deflection", words: ["share in [0, 1]", "\"150%\""]),
    Mistake(
      name: "negative demand", original: "[10, 20, 30, 40]", replacement: "[10, -20, 30, 40]",
      path: "channels[0].demand[1]", words: ["number of contacts ≥ 0", "-20"]),
    Mistake(
      name: "demand array of wrong length", original: "[10, 20, 30, 40]",
      replacement: "[10, 20, 30]",
      path: "channels[0].demand", words: ["expected 4", "or 8", "found 3"]),
    Mistake(
      name: "staffing array of wrong length", original: "[1, 2, 2, 1]",
      replacement: "[1, 2, 2, 1, 1]",
      path: "pools[1].staffing", words: ["expected 4 headcounts", "found 5"]),
    Mistake(
      name: "fractional headcount", original: "\"staffing\": 5", replacement: "\"staffing\": 5.5",
      path: "pools[0].staffing", words: ["whole number from 0 to 1,000,000", "5.5"]),
    Mistake(
      name: "skill naming an unknown channel", original: "\"skills\": [\"voice\", \"email\"]",
      replacement: "\"skills\": [\"voice\", \"emails\"]",
      path: "pools[0].skills[1]", words: ["id of a channel", "'emails'", "did you mean 'email'?"]),
    Mistake(
      name: "escalation to an unknown pool", original: "\"escalateTo\": \"t2\"",
      replacement: "\"escalateTo\": \"tier2\"",
      path: "pools[0].escalateTo", words: ["id of a pool", "'tier2'"]),
    Mistake(
      name: "escalation to a lower tier", original: "\"id\": \"t2\", \"tier\": 2",
      replacement: "\"id\": \"t2\", \"tier\": 1",
      path: "pools[0].escalateTo", words: ["higher tier than 1", "'t2' at tier 1"]),
    Mistake(
      name: "escalation target without the channel",
      original: "\"id\": \"t2\", \"tier\": 2, \"skills\": [\"voice\"]",
      replacement: "\"id\": \"t2\", \"tier\": 2, \"skills\": [\"email\"]",
      path: "pools[0].escalateTo", words: ["serves 'voice'", "without that skill"]),
    Mistake(
      name: "channel not served at tier 1", original: "\"skills\": [\"voice\", \"email\"]",
      replacement: "\"skills\": [\"voice\"]",
      path: "channels[1].id", words: ["tier-1 pool with the skill 'email'", "no pool serves it"]),
    Mistake(
      name: "concurrency on a voice channel", original: "\"sla\": { \"percent\": 80",
      replacement: "\"concurrency\": { \"max\": 2 }, \"sla\": { \"percent\": 80",
      path: "channels[0].concurrency", words: ["chat channels only", "voice"]),
    Mistake(
      name: "patience on email", original: "\"initialBacklog\": 12",
      replacement:
        "\"initialBacklog\": 12, \"patience\": { \"distribution\": \"exponential\", \"mean\": 60 }",
      path: "channels[1].patience", words: ["real-time channels", "do not hang up"]),
    Mistake(
      name: "cv given to an exponential", original: "\"mean\": \"2m\" }",
      replacement: "\"mean\": \"2m\", \"cv\": 0.5 }",
      path: "channels[0].patience.cv",
      words: ["does not apply to the exponential", "cv is always 1"]),
    Mistake(
      name: "unknown distribution", original: "\"distribution\": \"gamma\"",
      replacement: "\"distribution\": \"gama\"",
      path: "channels[1].handleTime.distribution",
      words: ["expected one of", "did you mean 'gamma'?"]),
    Mistake(
      name: "interval length not dividing a day", original: "\"intervalLength\": \"30m\"",
      replacement: "\"intervalLength\": \"7m\"",
      path: "horizon.intervalLength", words: ["divides a day", "7m"]),
    Mistake(
      name: "closing at the opening (neither a window nor 24/7)",
      original: "\"close\": \"11:00\"", replacement: "\"close\": \"09:00\"",
      path: "horizon.close",
      words: ["closing time other than the opening time 09:00", "for 24/7 leave out"]),
    Mistake(
      name: "opening off an interval boundary", original: "\"open\": \"09:00\"",
      replacement: "\"open\": \"09:10\"",
      path: "horizon.open", words: ["interval boundary", "09:10"]),
    Mistake(
      name: "duplicate channel id", original: "\"id\": \"email\"", replacement: "\"id\": \"voice\"",
      path: "channels[1].id", words: ["unique id", "'voice' again"]),
    Mistake(
      name: "duplicate key", original: "\"tier\": 2,", replacement: "\"tier\": 2, \"tier\": 3,",
      path: "", words: ["duplicate key 'tier'"]),
    Mistake(
      name: "fcr below 1 with no escalation target", original: ", \"escalateTo\": \"t2\"",
      replacement: "",
      path: "pools[0].fcr.voice", words: ["expected 'escalateTo'", "below 1"]),
    Mistake(
      name: "wrong type", original: "\"name\": \"minimal\"", replacement: "\"name\": 12",
      path: "name", words: ["expected a string", "found the number 12"]),
    Mistake(
      name: "an interval length too large to format", original: "\"intervalLength\": \"30m\"",
      replacement: "\"intervalLength\": \"1e30m\"",
      path: "horizon.intervalLength", words: ["at most 366d", "found the string \"1e30m\""]),
    Mistake(
      name: "an SLA longer than any horizon", original: "\"within\": \"8h\"",
      replacement: "\"within\": 1e308",
      path: "channels[1].sla.within", words: ["positive duration of at most 366d", "1e+308"]),
    Mistake(
      name: "a handle time longer than any horizon", original: "\"mean\": \"5m\"",
      replacement: "\"mean\": \"367d\"",
      path: "channels[1].handleTime.mean", words: ["at most 366d", "\"367d\""]),
    Mistake(
      name: "a headcount beyond any contact center", original: "\"staffing\": 5,",
      replacement: "\"staffing\": 999999999999999,",
      path: "pools[0].staffing", words: ["whole number from 0 to 1,000,000", "999999999999999"]),
    Mistake(
      name: "a headcount array entry beyond any contact center",
      original: "\"staffing\": [1, 2, 2, 1]", replacement: "\"staffing\": [1, 2, 1e12, 1]",
      path: "pools[1].staffing[2]", words: ["whole number from 0 to 1,000,000", "1000000000000"]),
    Mistake(
      name: "a backlog too large to hold", original: "\"initialBacklog\": 12",
      replacement: "\"initialBacklog\": 1e12",
      path: "channels[1].initialBacklog", words: ["contacts from 0 to 1,000,000", "1000000000000"]),
    Mistake(
      name: "an occupancy cap that leaves nothing to plan", original: "\"name\": \"minimal\",",
      replacement: "\"name\": \"minimal\", \"occupancyCap\": 5e-324,",
      path: "occupancyCap", words: ["occupancy cap from 1% to 100%", "found 5e-324"]),
    Mistake(
      name: "a zero occupancy cap", original: "\"name\": \"minimal\",",
      replacement: "\"name\": \"minimal\", \"occupancyCap\": 0,",
      path: "occupancyCap", words: ["occupancy cap from 1% to 100%", "found 0"]),
    Mistake(
      name: "a warm-up longer than any horizon", original: "\"name\": \"minimal\",",
      replacement: "\"name\": \"minimal\", \"simulation\": { \"warmupDays\": 1e14 },",
      path: "simulation.warmupDays",
      words: ["whole number of days from 0 to 366", "100000000000000"]),
    Mistake(
      name: "an Erlang with more phases than a draw can afford",
      original: "\"distribution\": \"gamma\", \"mean\": \"5m\", \"cv\": 0.5",
      replacement: "\"distribution\": \"erlang\", \"mean\": \"5m\", \"k\": 1e14",
      path: "channels[1].handleTime.k", words: ["phases from 1 to 1,000", "100000000000000"]),
    Mistake(
      name: "a name leaving the results directory", original: "\"name\": \"minimal\"",
      replacement: "\"name\": \"../../../../tmp/x\"",
      path: "name",
      words: ["letters, digits, '-', '_' and '.'", "output directory", "\"../../../../tmp/x\""]),
    Mistake(
      name: "an empty name", original: "\"name\": \"minimal\"", replacement: "\"name\": \"\"",
      path: "name", words: ["expected a name of letters", "found \"\""]),
    Mistake(
      name: "a hidden name", original: "\"name\": \"minimal\"", replacement: "\"name\": \".x\"",
      path: "name", words: ["'.' (not first)", "found \".x\""]),
    Mistake(
      name: "a name with a space", original: "\"name\": \"minimal\"",
      replacement: "\"name\": \"my plan\"", path: "name", words: ["found \"my plan\""]),
    Mistake(
      name: "shrinkage above its real limit", original: "\"name\": \"minimal\",",
      replacement: "\"name\": \"minimal\", \"shrinkage\": 0.995,",
      path: "shrinkage", words: ["a share in [0, 0.99]", "found the number 0.995"]),
    Mistake(
      name: "shrinkage in percent above its real limit", original: "\"name\": \"minimal\",",
      replacement: "\"name\": \"minimal\", \"shrinkage\": \"99.5%\",",
      path: "shrinkage", words: ["a share in [0, 0.99]", "\"99.5%\""]),
  ]

  @Test("the minimal scenario's name may use every allowed character")
  func allowedName() {
    #expect(issues(minimal(replacing: "\"minimal\"", with: "\"Bank_24x7-v1.2\"")).isEmpty)
    var scenario = try? decodeScenario(minimalScenario)
    scenario?.name = "a/b"
    #expect(throws: ScenarioError.self) { try scenario?.validate(file: "code") }
  }

  @Test("each mistake is reported with its path and words", arguments: mistakes)
  func reported(mistake: Mistake) throws {
    let found = issues(minimal(replacing: mistake.original, with: mistake.replacement))
    try #require(!found.isEmpty, "\(mistake.name) was accepted")
    let matching = found.filter { $0.path == mistake.path }
    try #require(!matching.isEmpty, "no issue at \(mistake.path); got \(found.map(\.description))")
    for word in mistake.words {
      #expect(
        matching.contains { $0.message.contains(word) },
        "missing '\(word)' in \(matching.map(\.message))")
    }
    #expect(matching.allSatisfy { $0.file == "test.json" })
  }

  @Test("the minimal scenario itself is valid")
  func minimalIsValid() {
    #expect(issues(minimalScenario).isEmpty)
  }

  @Test("all problems of a file are reported together, each with line and column")
  func allReported() {
    var text = minimal(replacing: "\"percent\": 80", with: "\"percent\": 120")
    text = text.replacingOccurrences(of: "\"staffing\": 5,", with: "\"staffing\": -1,")
    text = text.replacingOccurrences(of: "\"hourlyCost\": 40", with: "\"hourlyCots\": 40")
    let found = issues(text)
    #expect(
      Set(found.map(\.path)) == [
        "channels[0].sla.percent", "pools[0].staffing", "pools[1].hourlyCots",
      ])
    #expect(found.allSatisfy { $0.position != nil })
    let percent = found.first { $0.path == "channels[0].sla.percent" }
    #expect(percent?.position == SourcePosition(line: 8, column: 27))
    #expect(
      percent?.description.hasPrefix("test.json:8:27: error: channels[0].sla.percent: ") == true)
  }

  @Test("reference errors are reported together with value errors, once each")
  func referencesWithValues() {
    var text = minimal(replacing: "\"percent\": 80", with: "\"percent\": 120")
    text = text.replacingOccurrences(of: "[\"voice\", \"email\"]", with: "[\"voice\", \"emails\"]")
    text = text.replacingOccurrences(
      of: "\"escalateTo\": \"t2\"", with: "\"escalateTo\": \"tier2\"")
    text = text.replacingOccurrences(of: "\"staffing\": [1, 2, 2, 1]", with: "\"staffing\": [1, 2]")
    let found = issues(text)
    #expect(
      found.map(\.path).sorted() == [
        "channels[0].sla.percent", "channels[1].id", "pools[0].escalateTo", "pools[0].skills[1]",
        "pools[1].staffing",
      ])
    #expect(found.allSatisfy { $0.position != nil })
  }

  @Test("a value error in a pool's references hides no other pool's, and invents none")
  func unreadableReference() {
    // t2's tier is unreadable: nothing about escalating to t2 can be judged, but t1's bad
    // skill still can.
    var text = minimal(
      replacing: "\"id\": \"t2\", \"tier\": 2", with: "\"id\": \"t2\", \"tier\": 0")
    text = text.replacingOccurrences(of: "[\"voice\", \"email\"]", with: "[\"voice\", \"emails\"]")
    #expect(issues(text).map(\.path).sorted() == ["pools[0].skills[1]", "pools[1].tier"])
  }

  @Test("a truncated file reports line and column of the end")
  func truncated() {
    let text = String(minimalScenario.prefix(200))
    let found = issues(text)
    #expect(found.count == 1)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(found.first?.position?.line == lines.count)
    #expect(found.first?.message.contains("truncated") == true)
  }

  @Test("a CSV forecast names the row and column of a bad cell")
  func badForecast() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccplan-csv-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = "interval_start,voice\n09:00,10\n09:30,abc\n10:00,3\n10:30,4\n"
    try Data(csv.utf8).write(to: directory.appendingPathComponent("f.csv"))
    let cases: [(String, [String])] = [
      (csv, ["f.csv, line 3, column 'voice'", "expected a number from 0 to 1e12, found 'abc'"]),
      (
        csv.replacingOccurrences(of: "09:30,abc", with: "09:30"),
        ["line 3", "found 1 (missing cell)"]
      ),
      (csv.replacingOccurrences(of: "09:30,abc", with: "09:30,1,2"), ["line 3", "(extra cell)"]),
      (
        csv.replacingOccurrences(of: "09:30,abc", with: "09:45,1"),
        ["line 3", "expected 09:30", "'09:45'"]
      ),
      (
        csv.replacingOccurrences(of: "interval_start,voice", with: "interval_start,voicee")
          .replacingOccurrences(of: "abc", with: "2"),
        ["expected a column 'voice'", "did you mean 'voicee'?"]
      ),
    ]
    for (text, words) in cases {
      try Data(text.utf8).write(to: directory.appendingPathComponent("f.csv"))
      let scenario = minimal(
        replacing: "[10, 20, 30, 40]", with: "{ \"csv\": \"f.csv\", \"column\": \"voice\" }")
      do {
        _ = try ScenarioLoader.decode(Array(scenario.utf8), file: "s.json", directory: directory)
        Issue.record("accepted a bad CSV: \(words)")
      } catch {
        let issue = error.issues.first { $0.path == "channels[0].demand.csv" }
        for word in words {
          #expect(issue?.message.contains(word) == true, "\(word) not in \(error.issues)")
        }
      }
    }
  }
}
