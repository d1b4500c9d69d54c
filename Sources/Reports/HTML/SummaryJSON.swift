import ContactCenter

/// A summary.json file, parsed, with look-ups that name the file and field when they fail.
struct SummaryJSON {
  /// The file's path, for messages.
  var file: String
  /// The parsed document.
  var root: JSONNode

  /// Parses `text`; throws an error naming the file, line and column of a syntax error.
  init(_ text: String, file: String) throws(ResultReportError) {
    self.file = file
    do {
      root = try JSONReader.parse(text)
    } catch {
      throw ResultReportError(file: file, reason: "\(error) (is this a file ccplan wrote?)")
    }
  }

  /// Returns the node at a dotted `path` from `node` (the root when nil), or throws.
  func node(_ path: String, in node: JSONNode? = nil) throws(ResultReportError) -> JSONNode {
    var current = node ?? root
    for key in path.split(separator: ".") {
      guard let next = current.member(String(key)) else {
        throw ResultReportError(file: file, reason: "no field '\(path)' (expected from ccplan)")
      }
      current = next
    }
    return current
  }

  /// Returns the array at `path`, or throws naming the field.
  func array(_ path: String, in node: JSONNode? = nil) throws(ResultReportError) -> [JSONNode] {
    let found = try self.node(path, in: node)
    guard case .array(let items) = found.content else {
      throw ResultReportError(
        file: file, reason: "field '\(path)': expected an array, found \(found.summary)")
    }
    return items
  }

  /// Returns the string at `path`, or throws naming the field.
  func string(_ path: String, in node: JSONNode? = nil) throws(ResultReportError) -> String {
    let found = try self.node(path, in: node)
    guard let text = found.string else {
      throw ResultReportError(
        file: file, reason: "field '\(path)': expected a string, found \(found.summary)")
    }
    return text
  }

  /// Returns the number at `path` (nil when the field is absent or null).
  func number(_ path: String, in node: JSONNode? = nil) -> Double? {
    (try? self.node(path, in: node))?.number
  }

  /// Returns a simulated estimate's mean at `path` (`{"mean", "ci95"}`), nil when absent.
  func mean(_ path: String, in node: JSONNode? = nil) -> Double? {
    number(path + ".mean", in: node)
  }
}

extension JSONNode {
  /// Returns the value of member `key` of an object, or nil.
  func member(_ key: String) -> JSONNode? {
    guard case .object(let members) = content else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// Returns the string content, or nil.
  var string: String? {
    if case .string(let text) = content { return text }
    return nil
  }

  /// Returns the number content when finite, or nil.
  var number: Double? {
    if case .number(let value) = content, value.isFinite { return value }
    return nil
  }
}
