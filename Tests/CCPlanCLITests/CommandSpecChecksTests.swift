import Testing

@testable import CCPlanCLI

/// The definition checks that catch a malformed command before it ships.
@Suite struct CommandSpecChecksTests {
  /// Each kind of mistake is reported once, naming the command.
  @Test func reportsEveryMistake() {
    let bad = CommandSpec(
      name: "Bad_Name",
      abstract: "Two\nlines.",
      arguments: [
        ArgumentSpec("files", help: "", isOptional: true, isRepeating: true),
        ArgumentSpec("target", help: ""),
      ],
      options: [
        OptionSpec("format", short: "h", help: "", defaultValue: "xml", choices: ["json"]),
        OptionSpec("seed", short: "s", help: "", defaultValue: "1", isRequired: true),
      ],
      flags: [FlagSpec("format", help: ""), FlagSpec("help", short: "s", help: "")],
      run: { _, _ in 0 })
    #expect(
      bad.definitionProblems() == [
        "'Bad_Name': the name 'Bad_Name' is not kebab-case",
        "'Bad_Name': the abstract must be one line",
        "'Bad_Name': only the last argument may repeat ('<files> ...' does)",
        "'Bad_Name': the required argument '<target>' follows an optional one",
        "'Bad_Name': '-h' is declared twice or reserved",
        "'Bad_Name': '--format' is declared twice or reserved",
        "'Bad_Name': '--help' is declared twice or reserved",
        "'Bad_Name': '-s' is declared twice or reserved",
        "'Bad_Name': the default 'xml' of '--format' is not among its values",
        "'Bad_Name': '--seed' is required yet has a default",
      ])
  }

  /// Groups take no options, leaves need a run, subcommand names are unique.
  @Test func groupRules() {
    let leaf = CommandSpec(name: "leaf", abstract: "A leaf without work.")
    let group = CommandSpec(
      name: "group", abstract: "A group.", flags: [FlagSpec("quick", help: "")],
      subcommands: [leaf, leaf])
    #expect(
      group.definitionProblems() == [
        "'group': a command with subcommands takes no arguments, options or flags of its own",
        "'group': two subcommands are named 'leaf'",
        "'group leaf': a command without subcommands needs a run",
        "'group leaf': a command without subcommands needs a run",
      ])
  }

  /// Kebab-case names.
  @Test func kebabCase() {
    #expect(CommandSpec.isKebabCase("warmup-days"))
    #expect(CommandSpec.isKebabCase("p99"))
    #expect(!CommandSpec.isKebabCase("warmupDays"))
    #expect(!CommandSpec.isKebabCase("-days"))
    #expect(!CommandSpec.isKebabCase("a--b"))
    #expect(!CommandSpec.isKebabCase(""))
  }
}
