import Foundation

/// Collects every problem found while decoding one file, so all are reported together,
/// and remembers where each decoded path sits in the file for later semantic checks.
final class DecodingContext {
  let file: String
  private(set) var issues: [ScenarioIssue] = []
  private(set) var positions: [String: SourcePosition] = [:]

  init(file: String) {
    self.file = file
  }

  /// Records a problem at a path.
  func report(_ path: String, _ position: SourcePosition?, _ message: String) {
    issues.append(ScenarioIssue(file: file, path: path, position: position, message: message))
  }

  /// Records "expected …, found …" for a node.
  func expected(_ what: String, at path: String, found node: JSONNode, hint: String? = nil) {
    var message = "expected \(what), found \(node.summary)"
    if let hint { message += "; \(hint)" }
    report(path, node.position, message)
  }

  /// Records a problem at a path decoded earlier (semantic checks), using its position.
  func report(_ path: String, _ message: String) {
    report(path, positions[path], message)
  }

  func remember(_ path: String, _ position: SourcePosition) {
    positions[path] = position
  }

  // MARK: - Objects

  /// Returns the members of an object after checking its keys, or nil (with an issue) when the
  /// node is not an object. Unknown keys are reported with a did-you-mean suggestion.
  func object(_ node: JSONNode, at path: String, allowed: [String]) -> ObjectView? {
    remember(path, node.position)
    guard case .object(let members) = node.content else {
      expected("an object", at: path, found: node)
      return nil
    }
    var byKey: [String: JSONNode] = [:]
    for member in members {
      let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
      if allowed.contains(member.key) {
        byKey[member.key] = member.value
        remember(memberPath, member.value.position)
      } else {
        var message = "unknown key '\(member.key)'"
        if let guess = Suggestion.closest(to: member.key, among: allowed) {
          message += "; did you mean '\(guess)'?"
        }
        message += " (expected one of: \(allowed.joined(separator: ", ")))"
        report(memberPath, member.keyPosition, message)
      }
    }
    return ObjectView(node: node, path: path, members: byKey, context: self)
  }

  /// Returns the items of an array, or nil (with an issue) when the node is not an array.
  func array(_ node: JSONNode, at path: String, of what: String) -> [JSONNode]? {
    guard case .array(let items) = node.content else {
      expected("an array of \(what)", at: path, found: node)
      return nil
    }
    for (i, item) in items.enumerated() { remember("\(path)[\(i)]", item.position) }
    return items
  }

  // MARK: - Scalars

  func string(_ node: JSONNode, at path: String) -> String? {
    guard case .string(let text) = node.content else {
      expected("a string", at: path, found: node)
      return nil
    }
    return text
  }

  func bool(_ node: JSONNode, at path: String) -> Bool? {
    guard case .bool(let value) = node.content else {
      expected("true or false", at: path, found: node)
      return nil
    }
    return value
  }

  /// Returns a number in the closed range, or nil with an issue.
  func number(
    _ node: JSONNode, at path: String, in range: ClosedRange<Double> = -.infinity ... .infinity,
    what: String = "a number"
  ) -> Double? {
    guard case .number(let value) = node.content, range.contains(value) else {
      expected(what, at: path, found: node)
      return nil
    }
    return value
  }

  /// Returns a whole number at least `minimum`, or nil with an issue.
  func integer(
    _ node: JSONNode, at path: String, minimum: Int, maximum: Int? = nil, what: String? = nil
  ) -> Int? {
    let description = what ?? "a whole number from \(minimum) to 999,999,999,999,999"
    guard case .number(let value) = node.content, value.rounded() == value,
      value >= Double(minimum),
      value < 1e15, maximum.map({ value <= Double($0) }) ?? true
    else {
      expected(description, at: path, found: node)
      return nil
    }
    return Int(value)
  }

  /// Returns a duration in seconds (a number, or a string with a unit s/m/h/d), or nil.
  func duration(_ node: JSONNode, at path: String, positive: Bool = true) -> Double? {
    let what = ScenarioRules.duration(positive: positive)
    let seconds: Double?
    switch node.content {
    case .number(let value): seconds = value
    case .string(let text):
      seconds = Units.parseDuration(text)
      if seconds == nil, Units.parsePlainNumber(text) == nil, text.contains(" ") {
        expected(
          what, at: path, found: node, hint: "write the unit without a space, such as \"3m\"")
        return nil
      }
    default: seconds = nil
    }
    guard let seconds, ScenarioRules.isValidDuration(seconds, positive: positive) else {
      expected(what, at: path, found: node)
      return nil
    }
    return seconds
  }

  /// Returns a share in [0, 1] (a fraction or a string such as "30%"), or nil. A bare
  /// number above 1 gets a hint to use the `%` form.
  func share(_ node: JSONNode, at path: String, below upper: Double = 1) -> Double? {
    switch node.content {
    case .number(let value):
      guard let problem = ScenarioRules.shareProblem(value, below: upper) else { return value }
      report(path, node.position, problem)
      return nil
    case .string(let text):
      if let value = Units.parseShare(text), value >= 0, value <= upper { return value }
    default: break
    }
    expected(ScenarioRules.share(below: upper), at: path, found: node)
    return nil
  }

  /// Returns a percentage in (0, 100] (a number such as 80 or a string such as "80%"), or nil.
  /// A bare number below 1 (0.8) is refused with a hint: it would mean 0.8 %, and is almost
  /// always a fraction written where a percentage belongs; "0.8%" is accepted.
  func percent(_ node: JSONNode, at path: String) -> Double? {
    var value: Double?
    var hasPercentSign = false
    switch node.content {
    case .number(let number): value = number
    case .string(let text):
      let trimmed = text.trimmingWhitespace()
      hasPercentSign = trimmed.hasSuffix("%")
      value = Units.parsePlainNumber(hasPercentSign ? String(trimmed.dropLast()) : trimmed)
    default: value = nil
    }
    if let value, !hasPercentSign, let hint = ScenarioRules.fractionAsPercentHint(value) {
      expected(ScenarioRules.percentage, at: path, found: node, hint: hint)
      return nil
    }
    guard let value, value > 0, value <= 100 else {
      expected(ScenarioRules.percentage, at: path, found: node)
      return nil
    }
    return value
  }

  /// Returns an array of numbers, each in range, or nil with issues naming each bad element.
  func numbers(
    _ node: JSONNode, at path: String, in range: ClosedRange<Double>, what: String
  ) -> [Double]? {
    guard let items = array(node, at: path, of: what) else { return nil }
    var values: [Double] = []
    var ok = true
    for (i, item) in items.enumerated() {
      if let value = number(item, at: "\(path)[\(i)]", in: range, what: what) {
        values.append(value)
      } else {
        ok = false
      }
    }
    return ok ? values : nil
  }
}

/// The checked members of one JSON object.
struct ObjectView {
  let node: JSONNode
  let path: String
  let members: [String: JSONNode]
  let context: DecodingContext

  /// Returns the path of a member.
  func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// Returns a member that must be present, or nil with a "missing" issue.
  func required(_ key: String, _ what: String) -> JSONNode? {
    if let value = members[key] { return value }
    context.report(path(key), node.position, "missing required key '\(key)' (expected \(what))")
    return nil
  }

  /// Returns a member that may be absent.
  func optional(_ key: String) -> JSONNode? { members[key] }
}
