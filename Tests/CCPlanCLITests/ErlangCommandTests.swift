import Foundation
import Testing

@testable import CCPlanCLI

@Suite("ccplan erlang")
struct ErlangCommandTests {
  static let classic = [
    "erlang", "--calls", "100", "--per", "30m", "--aht", "180s", "--target", "80/20s",
  ]

  /// Smallest n with Erlang C SL ≥ 0.8 at 10 Erlangs, AHT 180 s, 20 s, by the Erlang B
  /// recurrence written out here (independent of the Queueing module).
  static func referenceAgents() -> Int {
    let load = 10.0
    var n = 11
    while true {
      var b = 1.0
      for k in 1...n { b = load * b / (Double(k) + load * b) }
      let c = Double(n) * b / (Double(n) - load * (1 - b))
      if 1 - c * exp(-(Double(n) - load) * 20 / 180) >= 0.8 { return n }
      n += 1
    }
  }

  @Test("the table recommends what an exact Erlang C gives and names the model")
  func table() {
    let (status, out, err) = runCLI(Self.classic)
    #expect(status == 0, "\(err)")
    #expect(Self.referenceAgents() == 14)
    #expect(out.contains("Model: Erlang C"))
    #expect(out.contains("10.00 Erlangs"))
    #expect(out.contains("Recommended: 14 agents on line"))
    let line = out.split(separator: "\n").first { $0.contains("<- recommended") }
    #expect(line?.split(separator: " ").first == "14")
  }

  @Test("JSON has the load, the recommendation, scheduled headcount and rows")
  func json() throws {
    let (status, out, _) = runCLI(
      Self.classic + ["--format", "json", "--shrinkage", "30%", "--agents", "9"])
    #expect(status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect(object["model"] as? String == "erlang-c")
    #expect(object["load_erlangs"] as? Double == 10)
    #expect(object["recommended_agents"] as? Int == Self.referenceAgents())
    #expect(object["scheduled_headcount"] as? Int == 20)  // ⌈14 ÷ 0.7⌉
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.map { $0["agents"] as? Int } == [9, 11, 12, 13, 14, 15, 16, 17])
    for key in ["agents", "service_level", "asa_seconds", "p_wait", "occupancy", "abandon_rate"] {
      #expect(rows.allSatisfy { $0[key] != nil }, "missing \(key)")
    }
    // 9 agents at 10 Erlangs is unstable: no infinity in JSON, a null and a note.
    #expect(rows[0]["asa_seconds"] is NSNull)
    #expect((rows[0]["note"] as? String)?.contains("unstable") == true)
    #expect(rows[1]["note"] == nil)
    #expect(rows.allSatisfy { ($0["abandon_rate"] as? Double) == 0 })
  }

  @Test("with --patience the model is Erlang A and abandonment appears")
  func erlangA() {
    let (status, out, _) = runCLI(Self.classic + ["--patience", "2m", "--max-abandon", "5%"])
    #expect(status == 0)
    #expect(out.contains("Model: Erlang A"))
    #expect(out.contains("abandoned"))
    #expect(out.contains("abandonment <= 5.0%"))
  }

  @Test("malformed values are usage errors (exit 2) that say what was expected")
  func usageErrors() {
    let cases: [([String], String)] = [
      (
        ["--target", "80-20"],
        "The value '80-20' is invalid for '--target': expected P/T such as 80/20s."
      ),
      (
        ["--target", "120/20s"],
        "The value '120/20s' is invalid for '--target': expected P/T such as 80/20s."
      ),
      (
        ["--target", "0.8/20s"],
        "The value '0.8/20s' is invalid for '--target': expected P/T with P in percent, such as "
          + "80/20s for 80 % (P is a percentage, not a fraction: 0.8 would mean 0.8 %)."
      ),
      (
        ["--target", "80/20"],
        "The value '80/20' is invalid for '--target': expected a duration with its unit, such as "
          + "80/20s (seconds) or 80/20m (minutes)"
      ),
      (
        ["--per", "30"],
        "The value '30' is invalid for '--per': expected a duration with its unit, such as 30s "
          + "(seconds) or 30m (minutes); a bare number is ambiguous on the command line."
      ),
      (["--aht", "3"], "The value '3' is invalid for '--aht': expected a duration with its unit"),
      (["--patience", "30"], "The value '30' is invalid for '--patience': expected a duration"),
      (["--max-asa", "20"], "The value '20' is invalid for '--max-asa': expected a duration with"),
      (["--aht", "0s"], "The value '0s' is invalid for '--aht': expected a duration above 0"),
      (["--per", "soon"], "The value 'soon' is invalid for '--per': expected a duration above 0"),
      (
        ["--max-occupancy", "85"],
        "The value '85' is invalid for '--max-occupancy': expected a share such as 85% or 0.85 "
          + "(for 85 percent write 85%)."
      ),
      (["--shrinkage", "100%"], "The value '100%' is invalid for '--shrinkage'"),
      (["--agents", "0"], "The value '0' is invalid for '--agents'"),
      (["--calls", "-5"], "The value '-5' is invalid for '--calls': expected a number >= 0."),
      (["--sl-definition", "all"], "The value 'all' is invalid for '--sl-definition'"),
      (
        ["--target", "80/1e308s"],
        "The value '80/1e308s' is invalid for '--target': expected P/T with T at most 366d"
      ),
      (
        ["--per", "1e308s"],
        "The value '1e308s' is invalid for '--per': expected a duration above 0 of at most 366d"
      ),
      (
        ["--patience", "1e20s"],
        "The value '1e20s' is invalid for '--patience': expected a duration of at most 366d"
      ),
      (
        ["--max-occupancy", "1e-10"],
        "The value '1e-10' is invalid for '--max-occupancy': expected a share such as 85% or "
          + "0.85, at least 1% and at most 100%."
      ),
    ]
    for (change, message) in cases {
      var arguments = Self.classic
      if let index = arguments.firstIndex(of: change[0]) {
        arguments[index + 1] = change[1]
      } else {
        arguments += change
      }
      let (status, out, err) = runCLI(arguments)
      #expect(status == 2, "\(arguments)")
      #expect(out.isEmpty)
      #expect(err.hasPrefix("Error: " + message), "\(err)")
      #expect(err.contains("Usage: ccplan erlang"))
    }
    let (status, _, err) = runCLI(["erlang", "--calls", "100"])
    #expect(status == 2)
    #expect(err.hasPrefix("Error: Missing expected argument"))
  }

  @Test("a bare 0 needs no unit, and a percent sign makes a small target explicit")
  func unambiguousValues() {
    let (status, out, err) = runCLI(
      Self.classic.map { $0 == "80/20s" ? "0.8%/20s" : $0 } + ["--max-asa", "0"])
    #expect(status == 0, "\(err)")
    #expect(out.contains("Recommended"), "\(out)")
  }

  @Test("a load beyond the solver's range is a runtime error (exit 1) naming the units")
  func tooLarge() {
    let (status, _, err) = runCLI([
      "erlang", "--calls", "1e12", "--per", "1s", "--aht", "1h", "--target", "80/20s",
    ])
    #expect(status == 1)
    #expect(err.hasPrefix("Error: offered load of"))
    #expect(err.contains("check the arrival rate and handle time units"))
  }
}
