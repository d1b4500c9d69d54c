import Testing

@testable import CCPlanCLI

/// How words become tokens, before any command reads them.
@Suite struct TokenizerTests {
  /// Each kind of word, alone.
  @Test(arguments: [
    ("--format", Token.long("format", value: nil)),
    ("--format=json", .long("format", value: "json")),
    ("--format=", .long("format", value: "")),
    ("--title=a=b", .long("title", value: "a=b")),
    ("-v", .short(["v"])),
    ("-vh", .short(["v", "h"])),
    ("-ofile", .short(["o", "f", "i", "l", "e"])),
    ("scenario.json", .value("scenario.json")),
    ("-", .value("-")),
    ("-1", .value("-1")),
    ("-0.5", .value("-0.5")),
    ("-.5", .value("-.5")),
    ("-1e3", .value("-1e3")),
    ("-1x", .short(["1", "x"])),
    ("--", .terminator),
  ])
  func singleWord(word: String, expected: Token) {
    #expect(Tokenizer.tokenize([word]) == [expected])
  }

  /// After `--`, every word is a value, even `--help` and another `--`.
  @Test func terminatorEndsOptions() {
    #expect(
      Tokenizer.tokenize(["-q", "--", "--help", "-v", "--"])
        == [.short(["q"]), .terminator, .value("--help"), .value("-v"), .value("--")])
  }

  /// A realistic line keeps its order.
  @Test func mixedLine() {
    #expect(
      Tokenizer.tokenize(["simulate", "a.json", "--shift", "-1", "-qv", "--format=csv"])
        == [
          .value("simulate"), .value("a.json"), .long("shift", value: nil), .value("-1"),
          .short(["q", "v"]), .long("format", value: "csv"),
        ])
  }
}
