import Testing

@testable import CCPlanCLI

/// Every error's exact text, stream and exit code.
@Suite struct ErrorMessageTests {
  /// The usage line of the demo `simulate`, collapsed because the full one passes 80 columns.
  static let simulateUsage = """
    Usage: ccplan simulate <scenario> [<extra> ...] [<options>]
      See 'ccplan simulate --help' for more information.

    """

  /// Usage errors of `simulate`: three lines on stderr, exit 2.
  @Test(arguments: [
    (
      ["simulate", "a.json", "--formt", "csv"], "Unknown option '--formt'. Did you mean '--format'?"
    ),
    (["simulate", "a.json", "--form"], "Unknown option '--form'. Did you mean '--format'?"),
    (["simulate", "a.json", "--FORMAT"], "Unknown option '--FORMAT'. Did you mean '--format'?"),
    (["simulate", "a.json", "--hlep"], "Unknown option '--hlep'. Did you mean '--help'?"),
    (["simulate", "a.json", "--foo"], "Unknown option '--foo'."),
    (["simulate", "a.json", "-x"], "Unknown option '-x'."),
    (["simulate", "a.json", "-qx"], "Unknown option '-x'."),
    (["simulate", "a.json", "--version"], "Unknown option '--version'."),
    (["simulate"], "Missing expected argument '<scenario>'"),
    (["simulate", "a.json", "--format"], "Missing value for '--format <format>'"),
    (["simulate", "a.json", "--format", "-q"], "Missing value for '--format <format>'"),
    (["simulate", "a.json", "-r"], "Missing value for '--replications <n>'"),
    (
      ["simulate", "a.json", "--format", "xml"],
      "The value 'xml' is invalid for '--format': expected one of table, json, csv."
    ),
    (
      ["simulate", "a.json", "--replications", "x"],
      "The value 'x' is invalid for '--replications': expected a whole number."
    ),
    (
      ["simulate", "a.json", "-r", "2.5"],
      "The value '2.5' is invalid for '--replications': expected a whole number."
    ),
    (
      ["simulate", "a.json", "--scale", "nan"],
      "The value 'nan' is invalid for '--scale': expected a number."
    ),
    (["simulate", "a.json", "--quick=yes"], "The flag '--quick' does not take a value."),
  ])
  func simulateUsageErrors(arguments: [String], message: String) {
    let outcome = Demo.run(arguments)
    let expected = "Error: \(message)\n" + Self.simulateUsage
    #expect(outcome == .init(code: 2, stdout: "", stderr: expected), "\(outcome)")
  }

  /// Unknown commands at the root, with and without a suggestion.
  @Test(arguments: [
    (["simlate"], "Unknown command 'simlate'. Did you mean 'simulate'?"),
    (["valid"], "Unknown command 'valid'. Did you mean 'validate'?"),
    (["nosuchcommand"], "Unknown command 'nosuchcommand'."),
    (["help", "simlate"], "Unknown command 'simlate'. Did you mean 'simulate'?"),
    (["--vresion"], "Unknown option '--vresion'. Did you mean '--version'?"),
  ])
  func rootUsageErrors(arguments: [String], message: String) {
    let expected = """
      Error: \(message)
      Usage: ccplan <subcommand>
        See 'ccplan --help' for more information.

      """
    #expect(Demo.run(arguments) == .init(code: 2, stdout: "", stderr: expected))
  }

  /// An unknown command inside a nested group names that group.
  @Test func nestedUnknownCommand() {
    let expected = """
      Error: Unknown command 'htm'. Did you mean 'html'?
      Usage: ccplan report <subcommand>
        See 'ccplan report --help' for more information.

      """
    #expect(Demo.run(["report", "htm"]) == .init(code: 2, stdout: "", stderr: expected))
  }

  /// Errors of `validate`, whose usage line is short enough to show in full.
  @Test(arguments: [
    (["validate", "--profile", "p"], "Missing expected argument '<file> ...'"),
    (["validate", "a.json"], "Missing expected argument '--profile <name>'"),
    (
      ["validate", "a.json", "--profile", "p", "--stric"],
      "Unknown option '--stric'. Did you mean '--strict'?"
    ),
    (["validate", "both.json", "--profile", "p"], "'--strict' cannot check 'both.json'."),
  ])
  func validateUsageErrors(arguments: [String], message: String) {
    let expected = """
      Error: \(message)
      Usage: ccplan validate <file> ... --profile <name> [--strict]
        See 'ccplan validate --help' for more information.

      """
    #expect(Demo.run(arguments) == .init(code: 2, stdout: "", stderr: expected))
  }

  /// A surplus positional is unexpected.
  @Test func unexpectedArgument() {
    let outcome = Demo.run(["report", "html", "extra"])
    #expect(outcome.code == 2)
    #expect(
      outcome.stderr.hasPrefix("Error: Unexpected argument 'extra'\nUsage: ccplan report html\n"))
  }

  /// A failure of the work itself: its description alone, no usage line, exit 1.
  @Test func runtimeErrorWithDescription() {
    let outcome = Demo.run(["validate", "ok.json", "broken.json", "--profile", "p"])
    #expect(
      outcome
        == .init(
          code: 1, stdout: "ok.json: ok\n",
          stderr: "Error: broken.json: channels[1].sla.percent: expected (0, 100], found 120\n"))
  }

  /// An error without a description of its own still says what it is, exit 1.
  @Test func runtimeErrorWithoutDescription() {
    let outcome = Demo.run(["validate", "opaque.json", "--profile", "p"])
    #expect(outcome == .init(code: 1, stdout: "", stderr: "Error: Opaque()\n"))
  }

  /// Foundation's file errors name the file and say what is wrong in words.
  @Test func foundationFileError() {
    let outcome = Demo.run(["validate", "/nonexistent/missing.json", "--profile", "p"])
    #expect(outcome.code == 1)
    #expect(outcome.stderr.hasPrefix("Error: /nonexistent/missing.json: "))
    #expect(!outcome.stderr.contains("NSCocoaErrorDomain"))
    #expect(outcome.stderr.hasSuffix("\n") && outcome.stderr.split(separator: "\n").count == 1)
  }

  /// `ExitCode` ends the command with its status and nothing more.
  @Test func exitCodeIsSilent() {
    #expect(
      Demo.run(["validate", "exit3.json", "--profile", "p"])
        == .init(code: 3, stdout: "", stderr: ""))
  }

  /// The version goes to stdout, exit 0.
  @Test func version() {
    #expect(Demo.run(["--version"]) == .init(code: 0, stdout: "9.9.9\n", stderr: ""))
  }
}
