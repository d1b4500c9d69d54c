import Testing

@testable import Reports

/// Terminal tables: widths, alignment, rules.
@Suite struct TextTableTests {
  /// Numbers right, text left, placeholders ignored when choosing, no trailing spaces.
  @Test func rendersWholeTable() {
    var table = TextTable(columns: [
      .init("channel"), .init("offered"), .init("SL"), .init("ASA (s)"), .init("note"),
    ])
    table.append(["voice", "12,000", "80.1%", "18.2", "peak at 10:15"])
    table.append(["chat", "950", "92.4%", "-", ""])
    table.append(["email", "3,100", "0.81 ± 0.02", "—"])
    #expect(
      table.render() == """
        channel  offered           SL  ASA (s)  note
        -------  -------  -----------  -------  -------------
        voice     12,000        80.1%     18.2  peak at 10:15
        chat         950        92.4%        -
        email      3,100  0.81 ± 0.02        —

        """)
  }

  /// Explicit alignment overrides the guess.
  @Test func explicitAlignment() {
    var table = TextTable(columns: [.init("id", alignment: .right), .init("n", alignment: .left)])
    table.append(["t1", "5"])
    table.append(["tier2", "10"])
    #expect(
      table.render() == """
           id  n
        -----  --
           t1  5
        tier2  10

        """)
  }

  /// A table with no rows is a header and a rule.
  @Test func emptyTable() {
    let table = TextTable(columns: [.init("pool"), .init("agents")])
    #expect(table.render() == "pool  agents\n----  ------\n")
  }

  /// What counts as a number.
  @Test(arguments: [
    ("12", true), ("-1,234.5", true), ("80.1%", true), (".5", true), ("1e-3", true),
    ("0.81 ± 0.02", true), ("−3", true), ("6m", false), ("tier1", false), ("-", false),
    ("", false),
  ])
  func numericCells(cell: String, numeric: Bool) {
    #expect(TextTable.looksNumeric(cell) == numeric)
  }
}
