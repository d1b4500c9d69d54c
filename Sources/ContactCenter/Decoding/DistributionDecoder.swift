import Foundation

/// Decodes `{ "distribution": "lognormal", "mean": "6m", "cv": 0.8 }` and its siblings.
struct DistributionDecoder {
  let context: DecodingContext
  /// Reads empirical sample files relative to the scenario.
  let files: ScenarioFiles

  static let keys = ["distribution", "mean", "cv", "k", "values", "csv"]

  /// Which keys apply to which distribution, besides "distribution".
  static let applicable: [String: [String]] = [
    "exponential": ["mean"], "lognormal": ["mean", "cv"], "gamma": ["mean", "cv"],
    "erlang": ["mean", "k"], "deterministic": ["mean"], "uniform": ["mean", "cv"],
    "empirical": ["values", "csv"],
  ]

  func decode(_ node: JSONNode, at path: String) -> DistributionSpec? {
    guard let object = context.object(node, at: path, allowed: Self.keys) else { return nil }
    let names = Self.applicable.keys.sorted()
    guard let nameNode = object.required("distribution", "one of \(names.joined(separator: ", "))"),
      let name = context.string(nameNode, at: object.path("distribution"))
    else { return nil }
    guard let applicable = Self.applicable[name] else {
      var message = "expected one of \(names.joined(separator: ", ")), found the string \"\(name)\""
      if let guess = Suggestion.closest(to: name, among: names) {
        message += "; did you mean '\(guess)'?"
      }
      context.report(object.path("distribution"), nameNode.position, message)
      return nil
    }
    var ok = true
    for key in object.members.keys.sorted() where key != "distribution" && !applicable.contains(key)
    {
      let note = key == "cv" && name == "exponential" ? " (an exponential's cv is always 1)" : ""
      context.report(
        object.path(key), object.members[key]?.position,
        "'\(key)' does not apply to the \(name) distribution\(note); it takes: \(applicable.joined(separator: ", "))"
      )
      ok = false
    }
    if name == "empirical" { return ok ? empirical(object) : nil }
    guard let meanNode = object.required("mean", "the mean as a duration"),
      let mean = context.duration(
        meanNode, at: object.path("mean"), positive: name != "deterministic")
    else { return nil }
    switch name {
    case "exponential": return ok ? .exponential(mean: mean) : nil
    case "deterministic": return ok ? .deterministic(value: mean) : nil
    case "erlang":
      guard let kNode = object.required("k", "the number of phases, a whole number ≥ 1"),
        let k = context.integer(
          kNode, at: object.path("k"), minimum: 1, maximum: ScenarioRules.maxPhases,
          what: ScenarioRules.phases)
      else { return nil }
      return ok ? .erlang(mean: mean, k: k) : nil
    default:
      guard let cvNode = object.required("cv", "the coefficient of variation, a number > 0"),
        let cv = context.number(
          cvNode, at: object.path("cv"), in: 0...100, what: "a coefficient of variation ≥ 0")
      else { return nil }
      if name == "uniform", cv > 1 / 3.0.squareRoot() {
        context.report(
          object.path("cv"), cvNode.position,
          "expected a cv ≤ 0.577 for a uniform distribution (its lower end mean × (1 − √3·cv) must be ≥ 0), found \(JSONNode.format(cv))"
        )
        return nil
      }
      if cv == 0, name != "uniform" {
        context.report(
          object.path("cv"), cvNode.position,
          "expected a cv > 0 for a \(name) distribution, found 0; use \"deterministic\" for constant times"
        )
        return nil
      }
      guard ok else { return nil }
      return name == "lognormal"
        ? .lognormal(mean: mean, cv: cv)
        : name == "gamma" ? .gamma(mean: mean, cv: cv) : .uniform(mean: mean, cv: cv)
    }
  }

  private func empirical(_ object: ObjectView) -> DistributionSpec? {
    if object.members["values"] != nil, object.members["csv"] != nil {
      context.report(
        object.path("csv"), object.members["csv"]?.position,
        "give either 'values' or 'csv', not both")
      return nil
    }
    if let valuesNode = object.optional("values") {
      guard let items = context.array(valuesNode, at: object.path("values"), of: "durations") else {
        return nil
      }
      var values: [Double] = []
      for (i, item) in items.enumerated() {
        guard
          let value = context.duration(item, at: "\(object.path("values"))[\(i)]", positive: false)
        else {
          return nil
        }
        values.append(value)
      }
      return checkedEmpirical(values, object: object, key: "values")
    }
    guard
      let csvNode = object.required(
        "csv", "'values' (an array of durations) or 'csv' (a file of samples)"),
      let file = context.string(csvNode, at: object.path("csv"))
    else { return nil }
    switch files.samples(file) {
    case .success(let values): return checkedEmpirical(values, object: object, key: "csv")
    case .failure(let problem):
      context.report(object.path("csv"), csvNode.position, problem.message)
      return nil
    }
  }

  private func checkedEmpirical(_ values: [Double], object: ObjectView, key: String)
    -> DistributionSpec?
  {
    guard !values.isEmpty, values.contains(where: { $0 > 0 }) else {
      context.report(
        object.path(key), object.members[key]?.position,
        "expected at least one sample with a positive duration, found \(values.count) samples")
      return nil
    }
    return .empirical(values: values)
  }
}
