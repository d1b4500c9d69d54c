/// A command of the `ccplan` tree, described as data: its name, its help texts, what it
/// accepts, its subcommands and the function that does its work.
///
/// The parser, the help generator and the error messages all read this one description, so a
/// command's help and its behaviour cannot drift apart. A command with subcommands and no
/// `run` is a group: invoked alone, it prints its help.
public struct CommandSpec: Sendable {
  /// The function that runs a command: it receives the parsed invocation and where to write,
  /// and returns the process exit code (0 for success) or throws.
  public typealias Run = @Sendable (ParsedInvocation, any CommandIO) throws -> Int32

  /// The word that selects the command, in kebab-case (`simulate`, `staff`).
  public var name: String
  /// One line shown after `OVERVIEW:` and in the parent's `SUBCOMMANDS:` list.
  public var abstract: String
  /// Longer help shown after the abstract; newlines are kept, each line is wrapped.
  public var discussion: String
  /// The version printed by `--version`; only the root command sets it.
  public var version: String?
  /// Positional arguments, in order; only the last may repeat or be followed by optional ones.
  public var arguments: [ArgumentSpec]
  /// Options that take a value (`--format json`).
  public var options: [OptionSpec]
  /// Flags that take no value (`--quick`).
  public var flags: [FlagSpec]
  /// Commands selected by the next word; a command has subcommands or arguments, not both.
  public var subcommands: [CommandSpec]
  /// The work; nil for a group, which prints its help.
  public var run: Run?

  /// Describes a command; every part but the name and abstract is optional.
  public init(
    name: String, abstract: String, discussion: String = "", version: String? = nil,
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], flags: [FlagSpec] = [],
    subcommands: [CommandSpec] = [], run: Run? = nil
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.version = version
    self.arguments = arguments
    self.options = options
    self.flags = flags
    self.subcommands = subcommands
    self.run = run
  }
}

/// A positional argument, shown as `<name>` (or `<name> ...` when it repeats).
public struct ArgumentSpec: Sendable, Equatable {
  /// The name shown between angle brackets, in kebab-case (`file`, `scenario`).
  public var name: String
  /// One sentence shown in the `ARGUMENTS:` section.
  public var help: String
  /// Whether the argument may be left out.
  public var isOptional: Bool
  /// Whether the argument takes every remaining value (`FILE...`); at least one unless optional.
  public var isRepeating: Bool

  /// Describes a positional argument.
  public init(_ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.isRepeating = isRepeating
  }

  /// The argument as it appears in usage lines and messages: `<file>` or `<file> ...`.
  var label: String { isRepeating ? "<\(name)> ..." : "<\(name)>" }
}

/// An option that takes one value: `--format json`, `--format=json` or `-f json`.
public struct OptionSpec: Sendable, Equatable {
  /// The long name without dashes, in kebab-case (`replications` for `--replications`).
  public var name: String
  /// An optional one-letter name (`r` for `-r`); `h` is reserved for help.
  public var short: Character?
  /// The placeholder for the value in help (`n` shows `--replications <n>`).
  public var valueName: String
  /// One sentence shown in the `OPTIONS:` section.
  public var help: String
  /// The value used when the option is absent, shown inline as `(default: 20)`.
  public var defaultValue: String?
  /// The accepted values, checked when parsing and shown inline as `(values: table, json)`.
  public var choices: [String]
  /// Whether the option must be given (an option with a default never needs to be).
  public var isRequired: Bool

  /// Describes an option; `valueName` defaults to the long name.
  public init(
    _ name: String, short: Character? = nil, valueName: String? = nil, help: String,
    defaultValue: String? = nil, choices: [String] = [], isRequired: Bool = false
  ) {
    self.name = name
    self.short = short
    self.valueName = valueName ?? name
    self.help = help
    self.defaultValue = defaultValue
    self.choices = choices
    self.isRequired = isRequired
  }

  /// The option as it appears in messages: `--replications`.
  var displayName: String { "--\(name)" }
  /// The option with its value placeholder: `--replications <n>`.
  var synopsis: String { "--\(name) <\(valueName)>" }
}

/// A flag: present or absent, taking no value (`--quick`, `-q`).
public struct FlagSpec: Sendable, Equatable {
  /// The long name without dashes, in kebab-case (`quick` for `--quick`).
  public var name: String
  /// An optional one-letter name (`q` for `-q`); `h` is reserved for help.
  public var short: Character?
  /// One sentence shown in the `OPTIONS:` section.
  public var help: String

  /// Describes a flag.
  public init(_ name: String, short: Character? = nil, help: String) {
    self.name = name
    self.short = short
    self.help = help
  }

  /// The flag as it appears in messages: `--quick`.
  var displayName: String { "--\(name)" }
}
