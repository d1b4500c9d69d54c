extension CommandSpec {
  /// Mistakes in the description of this command tree, one sentence each, naming the command;
  /// empty when the tree is well-formed. `CLI.run` asserts this in debug builds, and a test
  /// checks the real tree, so a new command with a clash fails before it ships.
  func definitionProblems(path: [String] = []) -> [String] {
    let path = path + [name]
    let here = "'" + path.joined(separator: " ") + "'"
    var problems: [String] = []
    func problem(_ text: String) { problems.append("\(here): \(text)") }

    if !Self.isKebabCase(name) { problem("the name '\(name)' is not kebab-case") }
    if abstract.isEmpty || abstract.contains("\n") { problem("the abstract must be one line") }

    if !subcommands.isEmpty && !(arguments.isEmpty && options.isEmpty && flags.isEmpty) {
      problem("a command with subcommands takes no arguments, options or flags of its own")
    }
    if subcommands.isEmpty && run == nil { problem("a command without subcommands needs a run") }
    var commandNames = Set<String>()
    for subcommand in subcommands where !commandNames.insert(subcommand.name).inserted {
      problem("two subcommands are named '\(subcommand.name)'")
    }

    for (index, argument) in arguments.enumerated() {
      if !Self.isKebabCase(argument.name) {
        problem("the argument name '\(argument.name)' is not kebab-case")
      }
      if argument.isRepeating && index != arguments.count - 1 {
        problem("only the last argument may repeat ('\(argument.label)' does)")
      }
      if !argument.isOptional && arguments[..<index].contains(where: \.isOptional) {
        problem("the required argument '\(argument.label)' follows an optional one")
      }
    }

    var longNames: Set<String> = ["help", "version"]
    var shortNames: Set<Character> = ["h"]
    let named = options.map { ($0.name, $0.short) } + flags.map { ($0.name, $0.short) }
    for (long, short) in named {
      if !Self.isKebabCase(long) { problem("the option name '--\(long)' is not kebab-case") }
      if !longNames.insert(long).inserted { problem("'--\(long)' is declared twice or reserved") }
      guard let short else { continue }
      if !(short.isASCII && short.isLetter) { problem("'-\(short)' is not a letter") }
      if !shortNames.insert(short).inserted { problem("'-\(short)' is declared twice or reserved") }
    }
    for option in options {
      if option.valueName.isEmpty { problem("'--\(option.name)' has an empty value name") }
      if option.isRequired && option.defaultValue != nil {
        problem("'--\(option.name)' is required yet has a default")
      }
      if let value = option.defaultValue, !option.choices.isEmpty, !option.choices.contains(value) {
        problem("the default '\(value)' of '--\(option.name)' is not among its values")
      }
    }

    for subcommand in subcommands {
      problems += subcommand.definitionProblems(path: path)
    }
    return problems
  }

  /// Lowercase ASCII letters and digits in words joined by single hyphens (`warmup-days`).
  static func isKebabCase(_ text: String) -> Bool {
    let words = text.split(separator: "-", omittingEmptySubsequences: false)
    return !text.isEmpty
      && words.allSatisfy { word in
        !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
      }
  }
}
