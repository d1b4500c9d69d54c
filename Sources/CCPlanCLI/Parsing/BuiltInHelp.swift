/// The `help` subcommand every root gets: `ccplan help simulate` prints what
/// `ccplan simulate --help` prints, and `ccplan help` alone prints the root's help.
enum BuiltInHelp {
  /// The subcommand's name.
  static let name = "help"

  /// `root` with `help` appended to its subcommands (unless it declares its own).
  static func adding(to root: CommandSpec) -> CommandSpec {
    guard !root.subcommands.contains(where: { $0.name == name }) else { return root }
    var tree = root
    let rootWithoutHelp = root
    tree.subcommands.append(
      CommandSpec(
        name: name,
        abstract: "Show subcommand help information.",
        arguments: [
          ArgumentSpec(
            "subcommand", help: "The subcommand to show help for.", isOptional: true,
            isRepeating: true)
        ],
        run: { invocation, _ in
          let words = invocation.positionals("subcommand")
          throw CleanExit.help(commandPath: try resolve(words, in: rootWithoutHelp))
        }))
    return tree
  }

  /// The path of the command that `words` name below `root`; an unknown word is a usage
  /// error with a did-you-mean suggestion, shown with the usage of the group it was sought in.
  static func resolve(_ words: [String], in root: CommandSpec) throws -> [String] {
    var command = root
    var path = [root.name]
    for word in words {
      if path.count == 1 && word == name {
        command = CommandSpec(name: name, abstract: "")
        path.append(name)
        continue
      }
      guard let next = command.subcommands.first(where: { $0.name == word }) else {
        let suggestion = NameSuggestion.closest(to: word, among: command.subcommands.map(\.name))
        throw UsageError.unknownCommand(word, suggestion: suggestion, path: path)
      }
      command = next
      path.append(word)
    }
    return path
  }
}
