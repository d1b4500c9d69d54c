import Testing

@testable import ContactCenter

@Suite("JSON reader")
struct JSONReaderTests {
  @Test("parses every kind of value with positions")
  func parses() throws {
    let node = try JSONReader.parse(
      "{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\u00e9\\n\"\n}")
    guard case .object(let members) = node.content else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3))
    #expect(members[1].value.position == SourcePosition(line: 3, column: 8))
    guard case .array(let items) = members[0].value.content,
      case .number(let value) = items[1].content
    else {
      Issue.record("not an array of numbers")
      return
    }
    #expect(value == -25)
    guard case .string(let text) = members[1].value.content else { return }
    #expect(text == "xé\n")
  }

  @Test("rejects duplicate keys, naming both places")
  func duplicates() {
    #expect(
      throws: JSONSyntaxError(
        position: SourcePosition(line: 1, column: 10),
        message: "duplicate key 'a' (first at line 1, column 2)")
    ) {
      try JSONReader.parse("{\"a\": 1, \"a\": 2}")
    }
  }

  @Test(
    "syntax errors give line and column",
    arguments: [
      ("{\"a\": 1,,}", 1, 9), ("[1, 2", 1, 6), ("{\n \"a\": tru }", 2, 7), ("{\"a\": 01}", 1, 7),
      ("{\"a\": 1} x", 1, 10), ("{'a': 1}", 1, 2), ("\"abc", 1, 5),
    ])
  func syntaxErrors(text: String, line: Int, column: Int) {
    do {
      _ = try JSONReader.parse(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.position == SourcePosition(line: line, column: column), "\(error)")
    }
  }

  @Test("an error far along a long one-line array is placed at its exact column")
  func longLine() {
    // 5,000 items "1," and a string holding a two-byte character before the bad word.
    let text = "{\"a\": 1,\n\"b\": [" + String(repeating: "1,", count: 5_000) + "\"é\", x]}"
    do {
      _ = try JSONReader.parse(text)
      Issue.record("accepted a bare word")
    } catch {
      // Line 2 is `"b": [` (6 characters), the items, `"é", ` (5 characters), then x.
      #expect(error.position == SourcePosition(line: 2, column: 6 + 10_000 + 5 + 1), "\(error)")
    }
  }

  @Test("counting columns steps over each byte at most once, however long the line")
  func linearPositions() {
    let items = String(repeating: "12345,", count: 20_000)
    let bytes = Array(("[" + items + "0]").utf8)
    // Rescanning the line for every value would step over about 20,000² / 2 × 6 bytes.
    #expect(JSONReader.columnSteps(reading: bytes) <= bytes.count)
  }
}
