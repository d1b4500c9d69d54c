import ContactCenter

/// A JSON document to write, with object keys kept in the order given (so outputs are
/// byte-identical run after run) and no infinity or NaN (they become null).
public indirect enum JSONValue: Sendable, Equatable {
  /// An object with ordered members.
  case object([(String, JSONValue)])
  /// An array.
  case array([JSONValue])
  /// A string.
  case string(String)
  /// A number; non-finite numbers are written as null.
  case number(Double)
  /// An integer.
  case integer(Int)
  /// true or false.
  case bool(Bool)
  /// null.
  case null

  /// Returns true when both values are the same JSON.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
  }

  /// Returns a number, or null when it is nil or not finite.
  public static func number(_ value: Double?) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    return .number(value)
  }

  /// Returns the JSON text; `pretty` indents by two spaces, one member per line.
  public func rendered(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: pretty ? 0 : nil)
    return out
  }

  private func write(into out: inout String, indent: Int?) {
    switch self {
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indent.map { $0 + 1 })
        out += JSONValue.quote(key) + (indent == nil ? ":" : ": ")
        value.write(into: &out, indent: indent.map { $0 + 1 })
      }
      newline(&out, indent)
      out += "}"
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      let scalars = items.allSatisfy {
        if case .object = $0 { false } else if case .array = $0 { false } else { true }
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += scalars || indent == nil ? (indent == nil ? "," : ", ") : "," }
        if !scalars { newline(&out, indent.map { $0 + 1 }) }
        item.write(into: &out, indent: indent.map { $0 + 1 })
      }
      if !scalars { newline(&out, indent) }
      out += "]"
    case .string(let text): out += JSONValue.quote(text)
    case .number(let value): out += JSONValue.format(value)
    case .integer(let value): out += String(value)
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    }
  }

  private func newline(_ out: inout String, _ indent: Int?) {
    guard let indent else { return }
    out += "\n" + String(repeating: "  ", count: indent)
  }

  /// Returns a number in the shortest form that reads back to the same Double ("0.7094",
  /// "12", "1e-07"); null when not finite.
  public static func format(_ value: Double) -> String {
    JSONText.number(value) ?? "null"
  }

  /// Returns a JSON string literal with the required escapes.
  public static func quote(_ text: String) -> String {
    JSONText.quote(text)
  }
}
