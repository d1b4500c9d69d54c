import ContactCenter
import Foundation
import Testing

@testable import CCPlanCLI

/// Issue 16 item 8: every numeric field of a small scenario at the edges of Double and
/// Int64, through `validate`, `show`, `staff` and `simulate` in-process. Each must exit 0
/// with no NaN or infinity in anything it prints or writes, or exit 1 with an error naming
/// the file; never trap, never hang.
@Suite("Boundary sweep: extreme values through validate, show, staff and simulate")
struct BoundarySweepTests {
  /// Voice with patience, chat with concurrency, e-mail with a backlog, two tiers, costs,
  /// shrinkage and day-to-day noise: two open hours of one day, one replication.
  static let base = """
    { "name": "edges", "description": "boundary sweep",
      "horizon": { "intervalLength": "1h", "open": "08:00", "close": "10:00", "days": 1 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": [40, 60],
          "handleTime": { "distribution": "lognormal", "mean": "3m", "cv": 0.8 },
          "patience": { "distribution": "exponential", "mean": "2m" },
          "sla": { "percent": 80, "within": "20s" }, "deflection": "5%", "priority": 1 },
        { "id": "chat", "kind": "chat", "demand": { "daily": 50, "profile": [1, 2] },
          "handleTime": { "distribution": "gamma", "mean": "6m", "cv": 0.5 },
          "patience": { "distribution": "erlang", "mean": "5m", "k": 2 },
          "concurrency": { "max": 2, "handleTimeFactor": [1, 1.4] },
          "sla": { "percent": 70, "within": "60s" }, "priority": 2 },
        { "id": "email", "kind": "email", "demand": { "daily": 30 },
          "handleTime": { "distribution": "uniform", "mean": "5m", "cv": 0.3 },
          "sla": { "percent": 90, "within": "4h" }, "initialBacklog": 12 } ],
      "pools": [
        { "id": "t1", "tier": 1, "skills": ["voice", { "channel": "chat", "handleTimeFactor": 1.1 }, "email"],
          "staffing": [6, 7], "hourlyCost": 25, "fcr": { "voice": 0.8, "chat": 0.9 }, "escalateTo": "t2" },
        { "id": "t2", "tier": 2, "skills": ["voice", "chat"], "staffing": 2, "hourlyCost": 40 } ],
      "shrinkage": "20%", "occupancyCap": "90%",
      "costs": { "currency": "EUR", "overhead": "10%", "abandonedContact": 2, "fteHoursPerWeek": 37.5,
        "seatPerWeek": 50, "escalation": 3, "operatingDaysPerWeek": 5 },
      "demandUncertainty": { "dayFactorCV": 0.05 },
      "simulation": { "replications": 1, "seed": 7, "warmupDays": 0 } }
    """

  static let values = ["0", "-0", "5e-324", "1e-200", "1", "1e12", "1e15", "1e308"]
  static let integerValue = "9223372036854775807"

  /// One numeric leaf of the base scenario: its path and whether it holds a whole number.
  struct Leaf {
    var path: [String]
    var isInteger: Bool
  }

  /// Returns every number, and every string written with a unit ("3m", "20%"), of the
  /// base; in an array only the first element (the others are the same kind of field).
  static func leaves(_ node: JSONNode, _ path: [String] = []) -> [Leaf] {
    switch node.content {
    case .object(let members):
      return members.flatMap { leaves($0.value, path + [$0.key]) }
    case .array(let items):
      guard let first = items.first else { return [] }
      if case .object = first.content {
        return items.enumerated().flatMap { leaves($0.element, path + ["\($0.offset)"]) }
      }
      return leaves(first, path + ["0"])
    case .number(let value):
      return [Leaf(path: path, isInteger: value == value.rounded())]
    case .string(let text):
      let isUnit = text.last.map { "smhd%".contains($0) } ?? false
      let isNumber = Double(text.dropLast()) != nil
      return isUnit && isNumber ? [Leaf(path: path, isInteger: false)] : []
    default:
      return []
    }
  }

  /// Returns the JSON text of `node` with the leaf at `path` written as `literal`.
  static func render(
    _ node: JSONNode, replacing path: [String], with literal: String, at here: [String] = []
  ) -> String {
    if here == path { return literal }
    switch node.content {
    case .object(let members):
      let inner = members.map {
        JSONText.quote($0.key) + ": "
          + render($0.value, replacing: path, with: literal, at: here + [$0.key])
      }
      return "{" + inner.joined(separator: ", ") + "}"
    case .array(let items):
      let inner = items.enumerated().map {
        render($0.element, replacing: path, with: literal, at: here + ["\($0.offset)"])
      }
      return "[" + inner.joined(separator: ", ") + "]"
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    case .string(let text): return JSONText.quote(text)
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    }
  }

  /// Returns the first NaN or infinity written as a word in `text`, if any.
  static func nonFinite(_ text: String) -> String? {
    let words = text.lowercased().split { !$0.isLetter }
    return words.first { ["nan", "inf", "infinity"].contains($0) }.map(String.init)
  }

  /// Runs one command; returns what it printed and wrote, after checking the exit status.
  static func run(_ arguments: [String], out: URL?, variant: String) -> (Int32, String) {
    let (status, stdout, stderr) = runCLI(arguments + (out.map { ["--out", $0.path] } ?? []))
    #expect(status == 0 || status == 1, "\(variant): \(arguments[0]) exited \(status): \(stderr)")
    if status == 1 {
      #expect(stderr.hasPrefix("Error: ") || stderr.contains("error:"), "\(variant): \(stderr)")
    }
    var text = stdout
    if let out, let files = try? FileManager.default.contentsOfDirectory(atPath: out.path) {
      for file in files {
        text += (try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)) ?? ""
      }
    }
    return (status, text)
  }

  @Test("Every numeric field at 0, −0, 5e-324, 1e-200, 1, 1e12, 1e15, 1e308 (and Int64.max)")
  func sweep() throws {
    let root = try JSONReader.parse(Self.base)
    let leaves = Self.leaves(root)
    #expect(leaves.count > 40)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-edges-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var (inputs, valid, simulated) = (0, 0, 0)
    for leaf in leaves {
      for literal in Self.values + (leaf.isInteger ? [Self.integerValue] : []) {
        inputs += 1
        let name = leaf.path.joined(separator: ".") + " = " + literal
        let file = directory.appendingPathComponent("edges.json")
        try Self.render(root, replacing: leaf.path, with: literal).write(
          to: file, atomically: false, encoding: .utf8)
        let (status, _) = Self.run(["validate", file.path], out: nil, variant: name)
        guard status == 0 else { continue }
        valid += 1
        let (_, shown) = Self.run(["show", file.path], out: nil, variant: name)
        #expect(
          Self.nonFinite(shown) == nil, "\(name): show printed \(Self.nonFinite(shown) ?? "")")
        let staffOut = directory.appendingPathComponent("staff-\(inputs)")
        let (_, staffed) = Self.run(
          ["staff", file.path, "--format", "json"], out: staffOut, variant: name)
        #expect(
          Self.nonFinite(staffed) == nil, "\(name): staff wrote \(Self.nonFinite(staffed) ?? "")")
        // 1e12 contacts an interval is valid but would simulate for days: skipped, counted.
        let scenario = try ScenarioLoader.decode(
          Array(try Data(contentsOf: file)), file: "edges.json", directory: directory)
        let contacts = scenario.channels.reduce(0) {
          $0 + $1.totalDemand + Double($1.initialBacklog)
        }
        guard contacts <= 1e6 else { continue }
        simulated += 1
        let simulateOut = directory.appendingPathComponent("simulate-\(inputs)")
        let (_, simulatedText) = Self.run(
          ["simulate", file.path, "--format", "json", "--threads", "1"], out: simulateOut,
          variant: name)
        #expect(
          Self.nonFinite(simulatedText) == nil,
          "\(name): simulate wrote \(Self.nonFinite(simulatedText) ?? "")")
      }
    }
    // The record in docs/RELIABILITY.md quotes these counts.
    print(
      "boundary sweep: \(leaves.count) fields, \(inputs) inputs, \(valid) valid, \(simulated) simulated"
    )
  }
}
