/// Turns command-line words into a `ParsedInvocation` of one command of the tree.
///
/// Words select subcommands from the root down; the rest belongs to the selected command.
/// `-h`/`--help` anywhere before `--` asks for that command's help, `--version` (on a command
/// that has a version) for the version: both end parsing with a `CleanExit`. Every mistake
/// is a `UsageError` naming the command whose usage to show.
struct Parser {
  /// The root of the command tree, built-in `help` included.
  let root: CommandSpec

  /// The invocation of the command the words select; throws `CleanExit` or `UsageError`.
  func parse(_ arguments: [String]) throws -> ParsedInvocation {
    var tokens = Tokenizer.tokenize(arguments)[...]
    var command = root
    var path = [root.name]
    while !command.subcommands.isEmpty {
      guard let token = tokens.popFirst() else {
        if command.run == nil { throw CleanExit.help(commandPath: path) }
        break
      }
      switch token {
      case .value(let word):
        guard let next = command.subcommands.first(where: { $0.name == word }) else {
          let names = command.subcommands.map(\.name)
          let suggestion = NameSuggestion.closest(to: word, among: names)
          throw UsageError.unknownCommand(word, suggestion: suggestion, path: path)
        }
        command = next
        path.append(word)
      case .terminator:
        if let word = tokens.first, case .value(let text) = word {
          throw UsageError.unexpectedArgument(text, path: path)
        }
      case .long, .short:
        try checkBuiltIn(token, of: command, path: path)
        throw unknownOption(token, of: command, path: path)
      }
    }
    return try parseLeaf(tokens, command: command, path: path)
  }

  /// Parses the words that belong to `command`, which takes no subcommand word.
  private func parseLeaf(
    _ tokens: ArraySlice<Token>, command: CommandSpec, path: [String]
  ) throws -> ParsedInvocation {
    for token in tokens {
      if token == .terminator { break }
      if Self.isHelpRequest(token, of: command) { throw CleanExit.help(commandPath: path) }
    }
    var invocation = ParsedInvocation(commandPath: path, command: command)
    var words: [String] = []
    var rest = tokens
    while let token = rest.popFirst() {
      switch token {
      case .value(let word):
        words.append(word)
      case .terminator:
        while let next = rest.popFirst() {
          if case .value(let word) = next { words.append(word) }
        }
      case .long(let name, let inline):
        if let option = command.options.first(where: { $0.name == name }) {
          guard let value = inline ?? Self.popValue(&rest) else {
            throw UsageError.missingValue(option.synopsis, path: path)
          }
          invocation.optionValues[option.name, default: []].append(value)
        } else if let flag = command.flags.first(where: { $0.name == name }) {
          if inline != nil { throw UsageError.flagWithValue(flag.displayName, path: path) }
          invocation.flagCounts[flag.name, default: 0] += 1
        } else {
          try checkBuiltIn(token, of: command, path: path)
          throw unknownOption(token, of: command, path: path)
        }
      case .short(let letters):
        try parseShortGroup(letters, rest: &rest, into: &invocation)
      }
    }
    try assignArguments(words, into: &invocation)
    try checkOptions(of: invocation)
    return invocation
  }

  /// Parses `-abc`: flags set one by one; an option takes the rest of the group as its
  /// value (`-ofile`) or, last in the group, the next word (`-o file`).
  private func parseShortGroup(
    _ letters: [Character], rest: inout ArraySlice<Token>, into invocation: inout ParsedInvocation
  ) throws {
    let command = invocation.command
    let path = invocation.commandPath
    for (index, letter) in letters.enumerated() {
      if let flag = command.flags.first(where: { $0.short == letter }) {
        invocation.flagCounts[flag.name, default: 0] += 1
      } else if let option = command.options.first(where: { $0.short == letter }) {
        let attached = String(letters[(index + 1)...])
        guard let value = attached.isEmpty ? Self.popValue(&rest) : attached else {
          throw UsageError.missingValue(option.synopsis, path: path)
        }
        invocation.optionValues[option.name, default: []].append(value)
        return
      } else {
        throw UsageError.unknownOption("-\(letter)", suggestion: nil, path: path)
      }
    }
  }

  /// Hands the positional words to the declared arguments, in order.
  private func assignArguments(_ words: [String], into invocation: inout ParsedInvocation) throws {
    var remaining = words[...]
    for argument in invocation.command.arguments {
      if argument.isRepeating {
        invocation.argumentValues[argument.name] = Array(remaining)
        remaining = []
      } else if let word = remaining.popFirst() {
        invocation.argumentValues[argument.name] = [word]
      }
      if invocation.argumentValues[argument.name, default: []].isEmpty && !argument.isOptional {
        throw UsageError.missingArgument(argument.label, path: invocation.commandPath)
      }
    }
    if let extra = remaining.first {
      throw UsageError.unexpectedArgument(extra, path: invocation.commandPath)
    }
  }

  /// Required options are present; values (given or default) are among the choices.
  private func checkOptions(of invocation: ParsedInvocation) throws {
    for option in invocation.command.options {
      let values = invocation.optionValues[option.name] ?? option.defaultValue.map { [$0] } ?? []
      if values.isEmpty && option.isRequired {
        throw UsageError.missingArgument(option.synopsis, path: invocation.commandPath)
      }
      if option.choices.isEmpty { continue }
      for value in values where !option.choices.contains(value) {
        throw UsageError.invalidValue(
          value, for: option.displayName,
          expected: ParsedInvocation.describeChoices(option.choices), path: invocation.commandPath)
      }
    }
  }

  /// Throws the `CleanExit` for `--help`, `-h` (alone or packed) and `--version`.
  private func checkBuiltIn(_ token: Token, of command: CommandSpec, path: [String]) throws {
    if Self.isHelpRequest(token, of: command) { throw CleanExit.help(commandPath: path) }
    guard case .long(let name, let value) = token else { return }
    if name == "version", let version = command.version {
      if value != nil { throw UsageError.flagWithValue("--version", path: path) }
      throw CleanExit.version(version)
    }
    if name == "help" && value != nil { throw UsageError.flagWithValue("--help", path: path) }
  }

  /// The error for an option `command` does not have, with a suggestion among its names.
  private func unknownOption(_ token: Token, of command: CommandSpec, path: [String]) -> UsageError
  {
    switch token {
    case .long(let name, _):
      var names = command.options.map(\.name) + command.flags.map(\.name) + ["help"]
      if command.version != nil { names.append("version") }
      let suggestion = NameSuggestion.closest(to: name, among: names).map { "--" + $0 }
      return .unknownOption("--" + name, suggestion: suggestion, path: path)
    case .short(let letters):
      return .unknownOption("-" + String(letters.prefix(1)), suggestion: nil, path: path)
    case .value(let word):
      return .unexpectedArgument(word, path: path)
    case .terminator:
      return .unexpectedArgument("--", path: path)
    }
  }

  /// Whether `token` is `--help`, `-h`, or a packed group holding `h` before any letter of
  /// an option (whose value the rest of the group would be).
  private static func isHelpRequest(_ token: Token, of command: CommandSpec) -> Bool {
    switch token {
    case .long(let name, let value):
      return name == "help" && value == nil
    case .short(let letters):
      for letter in letters {
        if letter == "h" { return true }
        if command.options.contains(where: { $0.short == letter }) { return false }
      }
      return false
    case .value, .terminator:
      return false
    }
  }

  /// Takes the next word as an option's value, unless it is an option itself.
  private static func popValue(_ tokens: inout ArraySlice<Token>) -> String? {
    guard case .value(let word) = tokens.first else { return nil }
    tokens.removeFirst()
    return word
  }
}
