/// A position in a source text: 1-based line and column (columns count Unicode scalars).
public struct SourcePosition: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column number.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Returns "line:column".
  public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it started in the source.
///
/// Objects keep their members in source order; duplicate keys never reach this
/// type because `JSONReader` rejects them.
public struct JSONNode: Sendable {
  /// The value's content.
  public enum Content: Sendable {
    /// A JSON object: members in source order, with the position of each key.
    case object([Member])
    /// A JSON array.
    case array([JSONNode])
    /// A JSON string, unescaped.
    case string(String)
    /// A JSON number as a Double.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
  }

  /// One member of a JSON object.
  public struct Member: Sendable {
    /// The member's key.
    public var key: String
    /// Where the key starts.
    public var keyPosition: SourcePosition
    /// The member's value.
    public var value: JSONNode
  }

  /// The value.
  public var content: Content
  /// Where the value starts.
  public var position: SourcePosition

  /// Returns a short description of the value's kind and content for error messages,
  /// such as `the number 120` or `a string "abc"`.
  public var summary: String {
    switch content {
    case .object: return "an object"
    case .array(let items): return "an array of \(items.count)"
    case .string(let text):
      let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
      return "the string \"\(shown)\""
    case .number(let value): return "the number \(JSONNode.format(value))"
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    }
  }

  /// Returns a number formatted without a trailing ".0" when it is whole.
  public static func format(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
