import Foundation

/// Why a sweep spec could not be loaded.
public enum SweepSpecError: Error, Sendable, CustomStringConvertible {
  /// The spec file could not be read.
  case unreadable(file: String, reason: String)
  /// The spec has problems; all of them are listed (`file:line:col: error: path: …`).
  case invalid(file: String, issues: [ScenarioIssue])
  /// The base scenario has problems.
  case base(ScenarioError)

  /// Returns every problem, one per line.
  public var description: String {
    switch self {
    case .unreadable(let file, let reason): return "cannot read the sweep spec \(file): \(reason)"
    case .invalid(let file, let issues):
      let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
      return "the sweep spec \(file) has \(count):\n"
        + issues.map { "  " + $0.description }.joined(separator: "\n")
    case .base(let error): return error.description
    }
  }

  /// Returns the individual problems.
  public var issues: [ScenarioIssue] {
    switch self {
    case .unreadable(let file, let reason):
      return [ScenarioIssue(file: file, path: "", position: nil, message: "cannot read: \(reason)")]
    case .invalid(_, let issues): return issues
    case .base(let error): return error.issues
    }
  }
}

/// Reads and validates sweep specs (`*.sweep.json`) as strictly as scenarios: unknown keys
/// with a did-you-mean, every value checked in its unit, every path resolved against the
/// base scenario, all problems reported together.
public enum SweepSpecLoader {
  static let keys = [
    "description", "base", "parameters", "design", "samples", "method", "replications", "seed",
    "streams", "metrics",
  ]

  /// Returns the spec in the file at `path`; the base scenario is looked up relative to
  /// the spec's directory. Throws `SweepSpecError`.
  public static func load(path: String) throws(SweepSpecError) -> SweepSpec {
    let (contents, reason) = FileContents.read(atPath: path)
    guard let data = contents else { throw .unreadable(file: path, reason: reason) }
    return try decode(
      Array(data), file: path, directory: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  /// Returns the spec in a JSON text; `file` names it in messages and `directory` is where
  /// the base scenario is looked up.
  public static func decode(_ bytes: [UInt8], file: String, directory: URL)
    throws(SweepSpecError) -> SweepSpec
  {
    let root: JSONNode
    switch ScenarioLoader.parseJSON(bytes, file: file) {
    case .success(let node): root = node
    case .failure(let error): throw .invalid(file: file, issues: error.issues)
    }
    let context = DecodingContext(file: file)
    guard let object = context.object(root, at: "", allowed: keys) else {
      throw .invalid(file: file, issues: context.issues)
    }
    _ = object.optional("description").map { context.string($0, at: "description") }
    var base: LoadedScenario?
    if let node = object.required("base", "the base scenario file, relative to the spec"),
      let name = context.string(node, at: "base")
    {
      let basePath = name.hasPrefix("/") ? name : directory.appendingPathComponent(name).path
      do {
        base = try ScenarioLoader.load(path: basePath)
      } catch {
        if case .unreadable(_, let reason) = error {
          context.report("base", node.position, "cannot read the scenario '\(name)': \(reason)")
        } else {
          throw .base(error)
        }
      }
    }
    let method = enumValue(object, "method", SweepMethod.self, context) ?? .simulation
    let streams = enumValue(object, "streams", SweepStreams.self, context) ?? .common
    let design = decodeDesign(object, context)
    var parameters: [SweepParameter]?
    var metrics: [SweepMetric]?
    if let scenario = base?.scenario {
      parameters = decodeParameters(object, scenario, design: design, method: method, context)
      metrics = decodeMetrics(object, scenario, method: method, context)
    }
    let replications = object.optional("replications").flatMap {
      context.integer($0, at: "replications", minimum: 1)
    }
    if method.isAnalytic, let node = object.optional("replications"), replications != 1 {
      context.report(
        "replications", node.position,
        "an analytic sweep (\(method.rawValue)) computes each point once; remove 'replications'")
    }
    let seed = object.optional("seed").flatMap { context.integer($0, at: "seed", minimum: 0) }
    guard context.issues.isEmpty, let base, let parameters, let metrics, let design else {
      throw .invalid(file: file, issues: context.issues)
    }
    return SweepSpec(
      file: file, bytes: bytes, base: base, parameters: parameters, design: design,
      method: method,
      replications: method.isAnalytic ? 1 : replications ?? base.scenario.simulation.replications,
      seed: seed.map { UInt64($0) } ?? base.scenario.simulation.seed, streams: streams,
      metrics: metrics)
  }

  private static func enumValue<T: RawRepresentable & CaseIterable>(
    _ object: ObjectView, _ key: String, _: T.Type, _ context: DecodingContext
  ) -> T? where T.RawValue == String {
    guard let node = object.optional(key), let text = context.string(node, at: key) else {
      return nil
    }
    if let value = T(rawValue: text) { return value }
    let names = T.allCases.map(\.rawValue)
    context.expected(
      "one of " + names.joined(separator: ", "), at: key, found: node,
      hint: Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" })
    return nil
  }

  private static func decodeDesign(_ object: ObjectView, _ context: DecodingContext)
    -> SweepDesignKind?
  {
    let names = ["grid", "latinHypercube"]
    var kind = "grid"
    if let node = object.optional("design"), let text = context.string(node, at: "design") {
      guard names.contains(text) else {
        context.expected(
          "grid or latinHypercube", at: "design", found: node,
          hint: Suggestion.closest(to: text, among: names).map { "did you mean '\($0)'?" })
        return nil
      }
      kind = text
    }
    let samplesNode = object.optional("samples")
    if kind == "grid" {
      if let samplesNode {
        context.report(
          "samples", samplesNode.position,
          "'samples' applies to a latinHypercube design; a grid takes every combination")
        return nil
      }
      return .grid
    }
    guard let samplesNode = object.required("samples", "the number of points, 1 to 1000000")
    else { return nil }
    guard let samples = context.integer(samplesNode, at: "samples", minimum: 1),
      samples <= 1_000_000
    else { return nil }
    return .latinHypercube(samples: samples)
  }

  private static func decodeParameters(
    _ object: ObjectView, _ scenario: Scenario, design: SweepDesignKind?, method: SweepMethod,
    _ context: DecodingContext
  ) -> [SweepParameter]? {
    guard let node = object.required("parameters", "an array of parameters"),
      let items = context.array(node, at: "parameters", of: "parameters")
    else { return nil }
    if items.isEmpty {
      context.report("parameters", node.position, "expected at least one parameter, found none")
      return nil
    }
    var parameters: [SweepParameter?] = []
    var seen: [ScenarioPath: Int] = [:]
    for (i, item) in items.enumerated() {
      let path = "parameters[\(i)]"
      let parameter = ParameterDecoder(context: context, scenario: scenario, design: design)
        .decode(item, at: path)
      if let parameter {
        if let first = seen[parameter.path] {
          context.report(
            "\(path).path", "the path \(parameter.path) is already swept by parameters[\(first)]")
        }
        seen[parameter.path] = i
        if method.isAnalytic, case .pool(_, .staffing) = parameter.path.target {
          context.report(
            "\(path).path",
            "an analytic sweep (\(method.rawValue)) plans the staffing itself, so "
              + "\(parameter.path) has no effect; sweep it with \"method\": \"simulation\"")
        }
      }
      parameters.append(parameter)
    }
    let present = parameters.compactMap { $0 }
    guard present.count == parameters.count else { return nil }
    if design == .grid {
      var count = 1.0
      for parameter in present { count *= Double(parameter.gridLevels.count) }
      if count > 10_000_000 {
        context.report(
          "parameters", node.position,
          "the grid has \(JSONNode.format(count)) points, more than 10000000; "
            + "use fewer levels or \"design\": \"latinHypercube\"")
        return nil
      }
    }
    return present
  }

  private static func decodeMetrics(
    _ object: ObjectView, _ scenario: Scenario, method: SweepMethod, _ context: DecodingContext
  ) -> [SweepMetric]? {
    let catalogue = SweepMetric.catalogue(for: scenario)
    guard let node = object.optional("metrics") else {
      return SweepMetric.defaults(for: scenario)
    }
    guard let items = context.array(node, at: "metrics", of: "metric names") else { return nil }
    var metrics: [SweepMetric] = []
    var ok = !items.isEmpty
    if items.isEmpty {
      context.report("metrics", node.position, "expected at least one metric, found none")
    }
    let columns = catalogue.map(\.column)
    for (i, item) in items.enumerated() {
      let path = "metrics[\(i)]"
      guard let name = context.string(item, at: path) else {
        ok = false
        continue
      }
      guard let metric = catalogue.first(where: { $0.column == name }) else {
        context.expected(
          "a metric name such as \(columns.prefix(3).joined(separator: ", "))", at: path,
          found: item,
          hint: Suggestion.closest(to: name, among: columns).map { "did you mean '\($0)'?" })
        ok = false
        continue
      }
      if method.isAnalytic, !metric.kind.isAnalytic {
        context.report(path, item.position, "\(name) is simulated only; the analytic plan has none")
        ok = false
      }
      if metrics.contains(metric) {
        context.report(path, item.position, "\(name) is listed twice")
        ok = false
      }
      metrics.append(metric)
    }
    return ok ? metrics : nil
  }
}

/// Decodes one entry of `parameters`: `path` and one of `values`, `range`, `scale`.
struct ParameterDecoder {
  let context: DecodingContext
  let scenario: Scenario
  let design: SweepDesignKind?

  func decode(_ node: JSONNode, at path: String) -> SweepParameter? {
    guard
      let object = context.object(node, at: path, allowed: ["path", "values", "range", "scale"])
    else { return nil }
    guard let pathNode = object.required("path", "a path such as channels[voice].handleTime.mean"),
      let text = context.string(pathNode, at: object.path("path"))
    else { return nil }
    let scenarioPath: ScenarioPath
    do {
      scenarioPath = try ScenarioPath.parse(text, in: scenario)
    } catch {
      context.report(object.path("path"), pathNode.position, "\(error.message) (in '\(text)')")
      return nil
    }
    let given = ["values", "range", "scale"].filter { object.optional($0) != nil }
    guard given.count == 1 else {
      let found = given.isEmpty ? "none" : given.joined(separator: " and ")
      context.report(
        path, node.position, "expected exactly one of 'values', 'range', 'scale', found \(found)")
      return nil
    }
    let kind = scenarioPath.valueKind
    if given[0] != "scale", !scenarioPath.allowsSet {
      context.report(
        object.path(given[0]), "\(scenarioPath) can only be scaled; write \"scale\": [factors]")
      return nil
    }
    switch given[0] {
    case "values":
      guard let values = list(object.optional("values"), at: object.path("values"), kind: kind)
      else { return nil }
      return SweepParameter(path: scenarioPath, levels: .values(values))
    case "scale":
      guard let factors = list(object.optional("scale"), at: object.path("scale"), kind: .factor)
      else { return nil }
      return SweepParameter(path: scenarioPath, levels: .scale(factors))
    default:
      guard let range = object.optional("range") else { return nil }
      return decodeRange(range, at: object.path("range"), kind: kind).map {
        SweepParameter(path: scenarioPath, levels: $0)
      }
    }
  }

  private func list(_ node: JSONNode?, at path: String, kind: ScenarioValueKind) -> [Double]? {
    guard let node, let items = context.array(node, at: path, of: "values") else { return nil }
    if items.isEmpty {
      context.report(path, node.position, "expected at least one value, found none")
      return nil
    }
    let values = items.enumerated().map { value($1, at: "\(path)[\($0)]", kind: kind) }
    let present = values.compactMap { $0 }
    return present.count == values.count ? present : nil
  }

  private func decodeRange(_ node: JSONNode, at path: String, kind: ScenarioValueKind)
    -> SweepParameter.Levels?
  {
    guard let object = context.object(node, at: path, allowed: ["from", "to", "step"]) else {
      return nil
    }
    let from = object.required("from", "the first value").flatMap {
      value($0, at: object.path("from"), kind: kind)
    }
    let to = object.required("to", "the last value").flatMap {
      value($0, at: object.path("to"), kind: kind)
    }
    var step: Double?
    if let stepNode = object.optional("step") {
      step = value(stepNode, at: object.path("step"), kind: kind == .count ? .count : kind)
      if let s = step, s <= 0 {
        context.expected("a step above 0", at: object.path("step"), found: stepNode)
        return nil
      }
      if step == nil { return nil }
    } else if design == .grid {
      context.report(
        object.path("step"), node.position,
        "missing required key 'step' (a grid needs the step between values)")
      return nil
    }
    guard let from, let to else { return nil }
    guard to >= from else {
      context.report(
        object.path("to"),
        "expected 'to' ≥ 'from' (\(JSONNode.format(from))), found \(JSONNode.format(to))")
      return nil
    }
    if let step, (to - from) / step > 100_000 {
      context.report(
        object.path("step"), "the range has more than 100000 values; use a larger step")
      return nil
    }
    return .range(from: from, to: to, step: step)
  }

  /// Returns one value in the kind's unit, or nil with an issue.
  private func value(_ node: JSONNode, at path: String, kind: ScenarioValueKind) -> Double? {
    switch kind {
    case .duration: return context.duration(node, at: path, positive: false)
    case .share: return context.share(node, at: path)
    case .percent: return context.percent(node, at: path)
    case .count: return context.integer(node, at: path, minimum: 0).map(Double.init)
    case .number:
      return context.number(
        node, at: path, in: 0 ... .greatestFiniteMagnitude, what: "a number ≥ 0")
    case .factor:
      return context.number(
        node, at: path, in: Double.leastNonzeroMagnitude ... .greatestFiniteMagnitude,
        what: "a factor above 0")
    }
  }
}
