import Foundation
import Testing

@testable import ContactCenter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 16 items 2 and 6: reproducers that hung or gave unclear errors on main.
@Suite("Input hardening: paths, text, pipes and long escalation chains")
struct InputHardeningTests {
  @Test("A number beyond Double's range names its JSON path (1e309 had none)")
  func hugeNumberHasAPath() throws {
    let found = issues(minimal(replacing: "\"staffing\": 5", with: "\"staffing\": 1e309"))
    let issue = try #require(found.first)
    #expect(found.count == 1)
    #expect(issue.path == "pools[0].staffing")
    #expect(issue.message.contains("1e309") && issue.message.contains("out of range"))
    let inArray = issues(minimal(replacing: "[1, 2, 2, 1]", with: "[1, 2, -2e400, 1]"))
    #expect(inArray.first?.path == "pools[1].staffing[2]")
  }

  @Test("A control character in costs.currency or an id is refused (a newline broke staffing.csv)")
  func controlCharactersRefused() {
    let currency = issues(
      minimal(
        replacing: "\"name\": \"minimal\",",
        with: "\"name\": \"minimal\", \"costs\": { \"currency\": \"E\\nUR\" },"))
    #expect(currency.map(\.path) == ["costs.currency"])
    #expect(currency.first?.message.contains("U+000A") == true)
    let id = issues(minimal(replacing: "\"id\": \"t2\"", with: "\"id\": \"t\\t2\""))
    #expect(id.contains { $0.path == "pools[1].id" && $0.message.contains("U+0009") })
    let unicode = issues(minimal(replacing: "\"id\": \"t2\"", with: "\"id\": \"tier-2 (ÄÖ)\""))
    #expect(!unicode.contains { $0.path == "pools[1].id" })
  }

  /// A chain of `count` pools, pool i (tier i + 1, at most 100) escalating half of voice to
  /// pool i + 1.
  static func chain(_ count: Int, closingTo last: Int? = nil) -> String {
    let pools = (0..<count).map { i in
      let next = i + 1 < count ? "p\(i + 1)" : last.map { "p\($0)" }
      let escalation = next.map { ", \"fcr\": { \"voice\": 0.5 }, \"escalateTo\": \"\($0)\"" } ?? ""
      return
        "{ \"id\": \"p\(i)\", \"tier\": \(min(i + 1, 100)), \"skills\": [\"voice\"], \"staffing\": 1\(escalation) }"
    }
    return """
      { "name": "chain", "channels": [ { "id": "voice", "kind": "voice", "demand": { "daily": 100 },
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "sla": { "percent": 80, "within": "20s" } } ],
        "pools": [\(pools.joined(separator: ",\n"))] }
      """
  }

  @Test(
    "An escalation chain of 10,000 pools validates (the cycle check was cubic: > 300 s)",
    .timeLimit(.minutes(1)))
  func longChainValidates() throws {
    let found = issues(Self.chain(10_000))
    // Pools 99 … 9,998 (tier 100) escalate to a pool at tier 100, not a higher one.
    #expect(found.count == 9_900)
    #expect(found.allSatisfy { $0.message.hasPrefix("expected a pool at a higher tier than 100") })
    #expect(try decodeScenario(Self.chain(100)).pools.count == 100)
  }

  @Test("A tier above 100 is refused (tier 1e14 validated, then aborted simulate allocating)")
  func tierBounded() {
    let found = issues(minimal(replacing: "\"tier\": 2", with: "\"tier\": 100000000000000"))
    #expect(found.first?.path == "pools[1].tier")
    #expect(found.first?.message.contains("from 1 to 100") == true)
  }

  @Test("A cycle is reported once, at its first pool, listing it from there")
  func cycleReportedOnce() {
    // p0 → p1 → p2 → p3 → p1: the tier rule fails at p3, the cycle p1 → p2 → p3 → p1 once.
    let found = issues(Self.chain(4, closingTo: 1))
    let cycles = found.filter { $0.message.contains("cycle") }
    #expect(cycles.count == 1)
    #expect(cycles.first?.path == "pools[1].escalateTo")
    #expect(cycles.first?.message.hasSuffix("found a cycle: p1 → p2 → p3 → p1") == true)
    #expect(
      found.contains { $0.path == "pools[3].escalateTo" && $0.message.contains("higher tier") })
  }

  @Test("A scenario from a pipe is read, not refused with 'permission denied'")
  func readsAPipe() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-fifo-\(UUID().uuidString)").path
    #expect(mkfifo(path, 0o600) == 0)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let text = minimalScenario
    let writer = Thread {
      if let handle = FileHandle(forWritingAtPath: path) {
        handle.write(Data(text.utf8))
        try? handle.close()
      }
    }
    writer.start()
    let loaded = try ScenarioLoader.load(path: path)
    #expect(loaded.scenario.name == "minimal")
    #expect(FileContents.read(atPath: path + ".missing").reason == "no such file")
    #expect(FileContents.read(atPath: "/").reason == "it is a directory, not a file")
  }
}
