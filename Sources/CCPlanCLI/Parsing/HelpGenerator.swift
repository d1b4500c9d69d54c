/// Help pages and usage lines, in swift-argument-parser's fixed layout: `OVERVIEW:`, the
/// discussion, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`, wrapped to 80 columns.
enum HelpGenerator {
  /// Help is wrapped to this many columns, whatever the terminal's width, so that it reads
  /// the same everywhere and tests can assert it.
  static let screenWidth = 80
  /// The column where the help of an entry starts; longer labels put their help below.
  static let labelColumn = 26

  /// The full help page of `command`, found at `path` (root name first), ending in a newline.
  static func help(for command: CommandSpec, path: [String]) -> String {
    var sections: [String] = []
    sections.append(
      "OVERVIEW: "
        + TextWrap.wrap(command.abstract, width: screenWidth, firstLineUsed: "OVERVIEW: ".count))
    if !command.discussion.isEmpty {
      sections.append(TextWrap.wrap(command.discussion, width: screenWidth))
    }
    sections.append("USAGE: " + usage(for: command, path: path))

    let arguments = command.arguments.map { entry(label: $0.label, help: $0.help) }
    if !arguments.isEmpty {
      sections.append((["ARGUMENTS:"] + arguments).joined(separator: "\n"))
    }

    var options = command.options.map { option in
      entry(label: label(short: option.short, synopsis: option.synopsis), help: describe(option))
    }
    options += command.flags.map { flag in
      entry(label: label(short: flag.short, synopsis: flag.displayName), help: flag.help)
    }
    if command.version != nil {
      options.append(entry(label: "--version", help: "Show the version."))
    }
    options.append(entry(label: "-h, --help", help: "Show help information."))
    sections.append((["OPTIONS:"] + options).joined(separator: "\n"))

    if !command.subcommands.isEmpty {
      let entries = command.subcommands.map { entry(label: $0.name, help: $0.abstract) }
      sections.append((["SUBCOMMANDS:"] + entries).joined(separator: "\n"))
      let helpPath = ([path[0], BuiltInHelp.name] + path.dropFirst()).joined(separator: " ")
      sections.append("  See '\(helpPath) <subcommand>' for detailed help.")
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The synopsis of `command` without the `USAGE:` label, for example
  /// `ccplan simulate <scenario> [--replications <n>] [--quick]`. Optional options and flags
  /// collapse into `[<options>]` when the whole line would pass 80 columns.
  static func usage(for command: CommandSpec, path: [String]) -> String {
    let name = path.joined(separator: " ")
    if !command.subcommands.isEmpty {
      return name + (command.run == nil ? " <subcommand>" : " [<subcommand>]")
    }
    let arguments = command.arguments.map { $0.isOptional ? "[\($0.label)]" : $0.label }
    let required = command.options.filter(\.isRequired).map(\.synopsis)
    let optional =
      command.options.filter { !$0.isRequired }.map { "[\($0.synopsis)]" }
      + command.flags.map { "[\($0.displayName)]" }
    let full = ([name] + arguments + required + optional).joined(separator: " ")
    if optional.isEmpty || "USAGE: ".count + full.count <= screenWidth {
      return full
    }
    return ([name] + arguments + required + ["[<options>]"]).joined(separator: " ")
  }

  /// One line (or more) of a section: the label from column 2, its help from column 26.
  static func entry(label: String, help: String) -> String {
    let padded = "  " + label
    if help.isEmpty { return padded }
    let gap = String(repeating: " ", count: labelColumn)
    let wrapped = TextWrap.wrap(
      help, width: screenWidth, indent: labelColumn, firstLineUsed: labelColumn)
    if padded.count <= labelColumn - 2 {
      return padded + String(repeating: " ", count: labelColumn - padded.count) + wrapped
    }
    return padded + "\n" + gap + wrapped
  }

  /// `-r, --replications <n>` or `--replications <n>`.
  private static func label(short: Character?, synopsis: String) -> String {
    short.map { "-\($0), " + synopsis } ?? synopsis
  }

  /// The option's help with its choices and default inline:
  /// `Output format. (values: table, json, csv; default: table)`.
  private static func describe(_ option: OptionSpec) -> String {
    var notes: [String] = []
    if !option.choices.isEmpty {
      notes.append("values: " + option.choices.joined(separator: ", "))
    }
    if let value = option.defaultValue {
      notes.append("default: " + value)
    }
    guard !notes.isEmpty else { return option.help }
    let annotation = "(" + notes.joined(separator: "; ") + ")"
    return option.help.isEmpty ? annotation : option.help + " " + annotation
  }
}
