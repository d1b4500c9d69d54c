import ContactCenter
import Planning
import Queueing

/// Renders the answer of `ccplan erlang`: a terminal table or one JSON object.
public enum ErlangReport {
  /// Returns the model's name and assumption, such as "Erlang C (M/M/n, nobody abandons)".
  public static func modelDescription(_ model: QueueModel) -> String {
    switch model {
    case .erlangC: return "Erlang C (M/M/n, nobody abandons)"
    case .erlangA(let patience):
      return "Erlang A (M/M/n+M, exponential patience with mean \(seconds(patience)))"
    }
  }

  /// Returns "erlang-c" or "erlang-a".
  public static func modelName(_ model: QueueModel) -> String {
    if case .erlangA = model { return "erlang-a" }
    return "erlang-c"
  }

  /// Returns the terminal text: the inputs, the recommendation and the table around it.
  public static func table(
    _ result: ErlangCalculator.Result, input: ErlangCalculator.Input
  ) -> String {
    let target = input.serviceLevel
    var text = "Model: \(modelDescription(result.model))\n"
    text += "Offered: \(NumberFormat.grouped(input.contacts, decimals: 2)) contacts per "
    text += "\(seconds(input.periodSeconds)), AHT \(seconds(input.handleSeconds)) = "
    text += "\(NumberFormat.fixed(result.loadErlangs, decimals: 2)) Erlangs\n"
    var goals = [
      "\(NumberFormat.percent(target.fraction)) answered within "
        + "\(seconds(target.thresholdSeconds)) (\(target.definition.rawValue))"
    ]
    if let cap = input.maxOccupancy { goals.append("occupancy <= \(NumberFormat.percent(cap))") }
    if let asa = input.maxASASeconds { goals.append("ASA <= \(seconds(asa))") }
    if let rate = input.maxAbandonRate {
      goals.append("abandonment <= \(NumberFormat.percent(rate))")
    }
    text += "Target: " + goals.joined(separator: ", ") + "\n"
    text += "Recommended: \(result.recommendedAgents) agents on line, "
    text += "\(result.scheduledHeadcount) scheduled after "
    text += "\(NumberFormat.percent(input.shrinkage)) shrinkage\n\n"
    let withPatience: Bool
    if case .erlangA = result.model { withPatience = true } else { withPatience = false }
    var columns: [TextTable.Column] = [
      .init("agents"), .init("service level"), .init("ASA (s)", alignment: .right),
      .init("P(wait)"),
      .init("occupancy"),
    ]
    if withPatience { columns.append(.init("abandoned")) }
    columns += [.init("scheduled"), .init("note", alignment: .left)]
    var table = TextTable(columns: columns)
    for row in result.rows {
      let m = row.metrics
      var cells = [
        String(m.agents), NumberFormat.percent(m.serviceLevel),
        m.asaSeconds.isFinite ? NumberFormat.fixed(m.asaSeconds, decimals: 1) : "-",
        NumberFormat.percent(m.waitProbability), NumberFormat.percent(m.occupancy),
      ]
      if withPatience { cells.append(NumberFormat.percent(m.abandonRate)) }
      var marks: [String] = []
      if m.agents == result.recommendedAgents { marks.append("<- recommended") }
      if m.agents == input.agents { marks.append("<- requested") }
      if row.note != nil { marks.append("unstable: load >= agents") }
      cells += [String(row.scheduledHeadcount), marks.joined(separator: " ")]
      table.append(cells)
    }
    return text + table.render()
  }

  /// Returns the JSON object: inputs, `load_erlangs`, `recommended_agents`,
  /// `scheduled_headcount` and `rows` (shares as fractions 0–1, times in seconds).
  public static func json(
    _ result: ErlangCalculator.Result, input: ErlangCalculator.Input, version: String
  ) -> JSONValue {
    let target = input.serviceLevel
    var patience: JSONValue = .null
    if case .erlangA(let mean) = result.model { patience = .number(mean) }
    let inputs: JSONValue = .object([
      ("contacts", .number(input.contacts)),
      ("period_seconds", .number(input.periodSeconds)),
      ("aht_seconds", .number(input.handleSeconds)),
      ("target_service_level", .number(target.fraction)),
      ("target_threshold_seconds", .number(target.thresholdSeconds)),
      ("service_level_definition", .string(target.definition.rawValue)),
      ("patience_seconds", patience),
      ("max_occupancy", .number(input.maxOccupancy)),
      ("max_asa_seconds", .number(input.maxASASeconds)),
      ("max_abandon_rate", .number(input.maxAbandonRate)),
      ("shrinkage", .number(input.shrinkage)),
      ("agents", input.agents.map { .integer($0) } ?? .null),
    ])
    let rows: [JSONValue] = result.rows.map { row in
      let m = row.metrics
      var members: [(String, JSONValue)] = [
        ("agents", .integer(m.agents)),
        ("service_level", .number(m.serviceLevel)),
        ("asa_seconds", .number(m.asaSeconds)),
        ("p_wait", .number(m.waitProbability)),
        ("occupancy", .number(m.occupancy)),
        ("abandon_rate", .number(m.abandonRate)),
        ("scheduled_headcount", .integer(row.scheduledHeadcount)),
      ]
      if let note = row.note { members.append(("note", .string(note))) }
      return .object(members)
    }
    return .object([
      ("ccplan_version", .string(version)),
      ("model", .string(modelName(result.model))),
      ("model_description", .string(modelDescription(result.model))),
      ("inputs", inputs),
      ("load_erlangs", .number(result.loadErlangs)),
      ("recommended_agents", .integer(result.recommendedAgents)),
      ("scheduled_headcount", .integer(result.scheduledHeadcount)),
      ("rows", .array(rows)),
    ])
  }

  /// "20s", "30m", "1.5h": a duration in seconds for people.
  static func seconds(_ value: Double) -> String {
    if value >= 3600, value.truncatingRemainder(dividingBy: 360) == 0 {
      return trim(value / 3600) + "h"
    }
    if value >= 60, value.truncatingRemainder(dividingBy: 6) == 0 { return trim(value / 60) + "m" }
    return trim(value) + "s"
  }

  private static func trim(_ value: Double) -> String {
    let rounded = value.magnitude < 1e15 ? (value * 100).rounded() / 100 : value
    return Units.plainNumber(rounded)
  }
}
