import Testing

@testable import CCPlanCLI

/// Help pages, asserted whole, and the ways of asking for them.
@Suite struct HelpTests {
  /// The demo `simulate` help: every section, inline defaults and values, wrapping at 80.
  @Test func subcommandHelp() {
    let expected = """
      OVERVIEW: Simulate a scenario and report service levels.

      Runs independent replications of the scenario and prints each channel's service
      level with a 95% confidence interval.

      Examples:
        ccplan simulate scenarios/bank-24x7.json --replications 40

      USAGE: ccplan simulate <scenario> [<extra> ...] [<options>]

      ARGUMENTS:
        <scenario>              The scenario file to simulate.
        <extra> ...             More scenario files.

      OPTIONS:
        -r, --replications <n>  Independent replications to run. (default: 20)
        -f, --format <format>   Output format. (values: table, json, csv; default:
                                table)
        --shift <minutes>       Moves the whole horizon by this many minutes; a
                                negative value moves it earlier.
        --scale <scale>         Demand factor.
        -o, --output-directory <directory>
                                Where to write.
        -q, --quick             Run fewer replications.
        -v, --verbose           Say more.
        -h, --help              Show help information.

      """
    let outcome = Demo.run(["simulate", "--help"])
    #expect(outcome == .init(code: 0, stdout: expected, stderr: ""), "\(outcome)")
  }

  /// The root help lists the subcommands, the built-in `help` last, and `--version`.
  @Test func rootHelp() {
    let expected = """
      OVERVIEW: Demo planner.

      USAGE: ccplan <subcommand>

      OPTIONS:
        --version               Show the version.
        -h, --help              Show help information.

      SUBCOMMANDS:
        simulate                Simulate a scenario and report service levels.
        validate                Check scenario files.
        report                  Render reports.
        help                    Show subcommand help information.

        See 'ccplan help <subcommand>' for detailed help.

      """
    #expect(Demo.run([]) == .init(code: 0, stdout: expected, stderr: ""))
    #expect(Demo.run(["--help"]) == .init(code: 0, stdout: expected, stderr: ""))
    #expect(Demo.run(["help"]) == .init(code: 0, stdout: expected, stderr: ""))
  }

  /// A short usage line is written out in full, required option included.
  @Test func fullUsageLine() {
    let help = Demo.run(["validate", "-h"]).stdout
    #expect(help.contains("USAGE: ccplan validate <file> ... --profile <name> [--strict]\n"))
  }

  /// A nested group points to `help` with its own path.
  @Test func nestedGroupHelp() {
    let expected = """
      OVERVIEW: Render reports.

      USAGE: ccplan report <subcommand>

      OPTIONS:
        -h, --help              Show help information.

      SUBCOMMANDS:
        html                    Render an HTML report.

        See 'ccplan help report <subcommand>' for detailed help.

      """
    #expect(Demo.run(["report"]).stdout == expected)
    #expect(Demo.run(["help", "report"]).stdout == expected)
  }

  /// `-h`, `--help`, `help <cmd>`, a packed `-qh` and help after other mistakes print the
  /// same text with exit 0.
  @Test(arguments: [
    ["simulate", "-h"],
    ["help", "simulate"],
    ["simulate", "-qh"],
    ["simulate", "--bogus", "--help"],
    ["simulate", "a.json", "--format", "--help"],
  ])
  func helpSpellingsAgree(arguments: [String]) {
    let reference = Demo.run(["simulate", "--help"])
    #expect(Demo.run(arguments) == reference)
  }

  /// `help` on a nested command and on itself.
  @Test func helpOfNestedAndOfHelp() {
    #expect(Demo.run(["help", "report", "html"]) == Demo.run(["report", "html", "--help"]))
    #expect(Demo.run(["help", "help"]).stdout.hasPrefix("OVERVIEW: Show subcommand help"))
  }

  /// `--help` after `--` is a positional, not a help request.
  @Test func helpAfterTerminatorIsAValue() {
    #expect(Demo.parsed(["--", "--help"])["scenario"] == "--help")
  }

  /// Wrapping keeps words whole, indents continuations and keeps explicit line breaks.
  @Test func wrapping() {
    #expect(
      TextWrap.wrap("aaa bbb ccc ddd", width: 8, indent: 2)
        == """
        aaa bbb
          ccc
          ddd
        """)
    #expect(TextWrap.wrap("a\n\n  b c", width: 5) == "a\n\n  b c")
    #expect(TextWrap.wrap("abcdefghij k", width: 4) == "abcdefghij\nk")
  }
}
