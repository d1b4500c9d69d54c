/// A syntax error in a JSON text, with its 1-based line and column.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the error was found.
  public var position: SourcePosition
  /// What was expected and what was found.
  public var message: String
  /// The JSON path of the value at fault (`pools[0].staffing`) when the error is in a
  /// value that is well formed but unusable (a number beyond Double's range); else "".
  public var path = ""
  /// True while the error climbs out of the containers that name its path.
  var locatesValue = false

  /// Returns the error with `component` (a key or "[index]") put in front of its path.
  func within(_ component: String) -> JSONSyntaxError {
    guard locatesValue else { return self }
    var copy = self
    copy.path =
      path.isEmpty ? component : path.hasPrefix("[") ? component + path : component + "." + path
    return copy
  }

  /// Returns "line:column: message".
  public var description: String { "\(position): \(message)" }
}

/// A strict JSON reader (RFC 8259) that tracks line and column and rejects duplicate keys.
///
/// Foundation's `JSONDecoder` reports no position and silently keeps one of two duplicate
/// keys, so scenario files are read with this instead. Nesting is limited to 200 levels.
public struct JSONReader {
  private let scalars: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  /// Where the column count last stopped: positions are asked for in reading order, so each
  /// one continues from the last instead of rescanning its line (linear in the file's size).
  private var columnMark = (lineStart: 0, index: 0, column: 1)
  /// Bytes stepped over to count columns, so tests can check the reading stays linear.
  private(set) var columnSteps = 0

  /// Parses a whole UTF-8 document into a `JSONNode`, or throws `JSONSyntaxError`.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var reader = JSONReader(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      reader.index = 3
      reader.lineStart = 3
    }
    reader.skipWhitespace()
    let node = try reader.parseValue()
    reader.skipWhitespace()
    if reader.index < bytes.count {
      throw reader.error(
        "expected the end of the document after the top-level value, found \(reader.describeCurrent())"
      )
    }
    return node
  }

  /// Parses a Swift string as a JSON document.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }

  private init(bytes: [UInt8]) {
    self.scalars = bytes
  }

  /// Returns the line and column of `index`. Columns count characters, not bytes: UTF-8
  /// continuation bytes are skipped.
  private mutating func position() -> SourcePosition {
    if columnMark.lineStart != lineStart || columnMark.index > index {
      columnMark = (lineStart, lineStart, 1)
    }
    var (i, column) = (columnMark.index, columnMark.column)
    while i < index {
      if scalars[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    columnSteps += i - columnMark.index
    columnMark = (lineStart, i, column)
    return SourcePosition(line: line, column: column)
  }

  private mutating func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(position: position(), message: message)
  }

  /// Returns how many bytes the reader stepped over to count columns while reading `bytes`
  /// (at most the file's size when it stays linear); for tests.
  static func columnSteps(reading bytes: [UInt8]) -> Int {
    var reader = JSONReader(bytes: bytes)
    reader.skipWhitespace()
    _ = try? reader.parseValue()
    return reader.columnSteps
  }

  private func describeCurrent() -> String {
    guard index < scalars.count else { return "the end of the file" }
    let byte = scalars[index]
    if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func skipWhitespace() {
    while index < scalars.count {
      switch scalars[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    guard index < scalars.count else {
      throw error("expected a value, found the end of the file (is the file truncated?)")
    }
    let start = position()
    switch scalars[index] {
    case UInt8(ascii: "{"): return try parseObject(start)
    case UInt8(ascii: "["): return try parseArray(start)
    case UInt8(ascii: "\""): return JSONNode(content: .string(try parseString()), position: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(content: .bool(true), position: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(content: .bool(false), position: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(content: .null, position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(content: .number(try parseNumber()), position: start)
    default:
      throw error(
        "expected a value (object, array, string, number, true, false or null), found \(describeCurrent())"
      )
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > 200 { throw error("nesting deeper than 200 levels") }
  }

  private mutating func parseObject(_ start: SourcePosition) throws(JSONSyntaxError) -> JSONNode {
    try enter()
    index += 1
    var members: [JSONNode.Member] = []
    var seen: [String: SourcePosition] = [:]
    skipWhitespace()
    if index < scalars.count, scalars[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return JSONNode(content: .object(members), position: start)
    }
    while true {
      skipWhitespace()
      guard index < scalars.count else {
        throw error(
          "expected a key in quotes or '}', found the end of the file (is the file truncated?)")
      }
      guard scalars[index] == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes, found \(describeCurrent())")
      }
      let keyPosition = position()
      let key = try parseString()
      if let first = seen[key] {
        throw JSONSyntaxError(
          position: keyPosition,
          message: "duplicate key '\(key)' (first at line \(first.line), column \(first.column))")
      }
      seen[key] = keyPosition
      skipWhitespace()
      guard index < scalars.count, scalars[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key '\(key)', found \(describeCurrent())")
      }
      index += 1
      skipWhitespace()
      let value: JSONNode
      do { value = try parseValue() } catch { throw error.within(key) }
      members.append(JSONNode.Member(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      guard index < scalars.count else {
        throw error("expected ',' or '}', found the end of the file (is the file truncated?)")
      }
      if scalars[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if scalars[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return JSONNode(content: .object(members), position: start)
      }
      throw error("expected ',' or '}' after the value of '\(key)', found \(describeCurrent())")
    }
  }

  private mutating func parseArray(_ start: SourcePosition) throws(JSONSyntaxError) -> JSONNode {
    try enter()
    index += 1
    var items: [JSONNode] = []
    skipWhitespace()
    if index < scalars.count, scalars[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return JSONNode(content: .array(items), position: start)
    }
    while true {
      skipWhitespace()
      do { items.append(try parseValue()) } catch { throw error.within("[\(items.count)]") }
      skipWhitespace()
      guard index < scalars.count else {
        throw error("expected ',' or ']', found the end of the file (is the file truncated?)")
      }
      if scalars[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if scalars[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return JSONNode(content: .array(items), position: start)
      }
      throw error("expected ',' or ']' in the array, found \(describeCurrent())")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let bytes = Array(word.utf8)
    guard index + bytes.count <= scalars.count, Array(scalars[index..<index + bytes.count]) == bytes
    else {
      throw error("expected a value, found \(describeCurrent()) (strings need double quotes)")
    }
    index += bytes.count
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    func digits(_ reader: inout JSONReader) -> Int {
      let first = reader.index
      while reader.index < reader.scalars.count,
        reader.scalars[reader.index] >= UInt8(ascii: "0"),
        reader.scalars[reader.index] <= UInt8(ascii: "9")
      {
        reader.index += 1
      }
      return reader.index - first
    }
    if scalars[index] == UInt8(ascii: "-") { index += 1 }
    let intStart = index
    let intDigits = digits(&self)
    if intDigits == 0 { throw error("expected a digit in the number, found \(describeCurrent())") }
    if intDigits > 1, scalars[intStart] == UInt8(ascii: "0") {
      index = intStart
      throw error("numbers may not have leading zeros")
    }
    if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
      index += 1
      if digits(&self) == 0 {
        throw error("expected a digit after the decimal point, found \(describeCurrent())")
      }
    }
    if index < scalars.count,
      scalars[index] == UInt8(ascii: "e") || scalars[index] == UInt8(ascii: "E")
    {
      index += 1
      if index < scalars.count,
        scalars[index] == UInt8(ascii: "+") || scalars[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      if digits(&self) == 0 {
        throw error("expected a digit in the exponent, found \(describeCurrent())")
      }
    }
    let text = String(decoding: scalars[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      index = start
      var outOfRange = error(
        "expected a number within ±1.8e308, found \(text), which is out of range")
      outOfRange.locatesValue = true
      throw outOfRange
    }
    return value
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    var bytes: [UInt8] = []
    while true {
      guard index < scalars.count else {
        throw error("expected a closing '\"', found the end of the file (is the file truncated?)")
      }
      let byte = scalars[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: bytes, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < scalars.count else {
          throw error("expected an escape character, found the end of the file")
        }
        let escape = scalars[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case UInt8(ascii: "/"): bytes.append(0x2F)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800..<0xDC00).contains(code), index + 1 < scalars.count,
            scalars[index] == UInt8(ascii: "\\"), scalars[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error("invalid UTF-16 surrogate pair in \\u escape")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else {
            throw error("invalid \\u escape (a lone surrogate)")
          }
          bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          index -= 1
          throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
        }
      case 0x0A:
        throw error(
          "expected a closing '\"' before the end of the line (strings cannot span lines)")
      case 0x00..<0x20:
        throw error("control characters must be escaped in strings")
      default:
        bytes.append(byte)
        index += 1
      }
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= scalars.count else { throw error("expected 4 hex digits after \\u") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = scalars[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("expected a hex digit in \\u escape, found \(describeCurrent())")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}
