import Testing

@testable import CCPlanCLI

/// What the demo `simulate` command receives for a given command line.
@Suite struct ParsingTests {
  /// Absent options take their spec defaults; absent optional ones are nil.
  @Test func defaults() {
    let values = Demo.parsed(["a.json"])
    #expect(
      values == [
        "scenario": "a.json", "extra": "", "replications": "20", "format": "table",
        "shift": "-", "scale": "-", "output-directory": "-", "quick": "false",
        "verbose": "false",
      ])
  }

  /// `--opt value`, `--opt=value` and `-o value` all set an option.
  @Test func optionSpellings() {
    #expect(Demo.parsed(["a.json", "--replications", "40"])["replications"] == "40")
    #expect(Demo.parsed(["a.json", "--replications=41"])["replications"] == "41")
    #expect(Demo.parsed(["a.json", "-r", "42"])["replications"] == "42")
    #expect(Demo.parsed(["a.json", "-r43"])["replications"] == "43")
    #expect(Demo.parsed(["a.json", "-f", "json"])["format"] == "json")
  }

  /// Negative numbers are values, for options and positionals alike.
  @Test func negativeNumbers() {
    let values = Demo.parsed(["--shift", "-1", "a.json", "--scale", "-0.5", "-3"])
    #expect(values["shift"] == "-1")
    #expect(values["scale"] == "-0.5")
    #expect(values["scenario"] == "a.json")
    #expect(values["extra"] == "-3")
  }

  /// Packed short flags set each flag; an option last in the pack takes the next word.
  @Test func packedShortFlags() {
    let values = Demo.parsed(["a.json", "-qv"])
    #expect(values["quick"] == "true")
    #expect(values["verbose"] == "true")
    let packedWithOption = Demo.parsed(["a.json", "-qo", "out"])
    #expect(packedWithOption["quick"] == "true")
    #expect(packedWithOption["output-directory"] == "out")
  }

  /// Options may come before, between and after positionals; a repeated option keeps the last.
  @Test func orderAndRepetition() {
    let values = Demo.parsed(["-q", "a.json", "--format", "csv", "b.json", "-f", "json", "c.json"])
    #expect(values["scenario"] == "a.json")
    #expect(values["extra"] == "b.json,c.json")
    #expect(values["format"] == "json")
  }

  /// After `--`, words that look like options are positionals.
  @Test func terminator() {
    let values = Demo.parsed(["--", "--quick", "-v", "--help"])
    #expect(values["scenario"] == "--quick")
    #expect(values["extra"] == "-v,--help")
    #expect(values["quick"] == "false")
  }

  /// An option's value may start with a dash when written with `=`.
  @Test func dashValueWithEquals() {
    #expect(Demo.parsed(["a.json", "--output-directory=-weird"])["output-directory"] == "-weird")
  }

  /// The typed helpers read the parsed invocation directly.
  @Test func typedHelpers() throws {
    let parser = Parser(root: BuiltInHelp.adding(to: Demo.root))
    let invocation = try parser.parse(["simulate", "a.json", "b.json", "--scale", "1.5", "-q"])
    #expect(invocation.commandPath == ["ccplan", "simulate"])
    #expect(try invocation.int("--replications") == 20)
    #expect(try invocation.double("--scale") == 1.5)
    #expect(try invocation.int("--shift") == nil)
    #expect(try invocation.choice("--format") == "table")
    #expect(invocation.string("--format") == "table")
    #expect(invocation.strings("--format") == ["table"])
    #expect(invocation.isGiven("--scale"))
    #expect(!invocation.isGiven("--format"))
    #expect(invocation.flag("--quick"))
    #expect(!invocation.flag("--verbose"))
    #expect(invocation.positional("<scenario>") == "a.json")
    #expect(invocation.positionals("extra") == ["b.json"])
  }

  /// A bad number is a usage error naming the option, from the helper itself.
  @Test func typedHelperErrors() throws {
    let parser = Parser(root: BuiltInHelp.adding(to: Demo.root))
    let invocation = try parser.parse(["simulate", "a.json", "-r", "x", "--scale", "lots"])
    #expect(
      throws: UsageError.invalidValue(
        "x", for: "--replications", expected: "a whole number",
        path: ["ccplan", "simulate"])
    ) {
      try invocation.int("--replications")
    }
    #expect(throws: UsageError.self) { try invocation.double("--scale") }
  }

  /// A subcommand of a group is reached by its path.
  @Test func nestedSubcommand() {
    #expect(Demo.run(["report", "html"]) == .init(code: 0, stdout: "html\n", stderr: ""))
  }
}
