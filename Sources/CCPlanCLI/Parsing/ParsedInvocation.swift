/// What the user asked a command to do: the values of its options, flags and arguments.
///
/// Values are read by name with typed helpers; a value that does not convert throws a
/// `UsageError` naming the option, so a command reads its options first, before any work.
/// Names are written as the user types them (`"--format"`, `"-f"`, `"<file>"`); the bare
/// name (`"format"`, `"file"`) works too. Asking for a name the command does not declare is a
/// programming error and stops the process.
public struct ParsedInvocation: Sendable {
  /// The command names from the root, for example `["ccplan", "simulate"]`.
  public let commandPath: [String]
  /// The command that was selected.
  public let command: CommandSpec
  /// Values given on the command line, by option name, in the order given.
  var optionValues: [String: [String]] = [:]
  /// How many times each flag was given, by flag name.
  var flagCounts: [String: Int] = [:]
  /// Values of positional arguments, by argument name.
  var argumentValues: [String: [String]] = [:]

  /// An invocation with no values yet; the parser fills it.
  init(commandPath: [String], command: CommandSpec) {
    self.commandPath = commandPath
    self.command = command
  }

  /// The option's last given value, else its default, else nil.
  public func string(_ option: String) -> String? {
    let spec = optionSpec(option)
    return optionValues[spec.name]?.last ?? spec.defaultValue
  }

  /// Every value given for the option, in order (the default alone when it was not given).
  public func strings(_ option: String) -> [String] {
    let spec = optionSpec(option)
    if let given = optionValues[spec.name] { return given }
    return spec.defaultValue.map { [$0] } ?? []
  }

  /// Whether the option was given on the command line (a default does not count).
  public func isGiven(_ option: String) -> Bool {
    optionValues[optionSpec(option).name] != nil
  }

  /// The option's value as a whole number; throws a usage error for anything else.
  public func int(_ option: String) throws(UsageError) -> Int? {
    guard let text = string(option) else { return nil }
    guard let value = Int(text) else {
      throw invalid(text, option, expected: "a whole number")
    }
    return value
  }

  /// The option's value as a finite decimal number; throws a usage error for anything else.
  public func double(_ option: String) throws(UsageError) -> Double? {
    guard let text = string(option) else { return nil }
    guard let value = Double(text), value.isFinite else {
      throw invalid(text, option, expected: "a number")
    }
    return value
  }

  /// The option's value as a share: "90%" or a fraction such as 0.9, within `range`
  /// (fractions); a bare number above 1 is refused with the % form suggested.
  public func share(_ option: String, in range: ClosedRange<Double>) throws(UsageError) -> Double? {
    guard let text = string(option) else { return nil }
    let percent = text.hasSuffix("%")
    let number = Double(percent ? String(text.dropLast()) : text)
    func percentText(_ share: Double) -> String {
      let value = (share * 1000).rounded() / 10
      return (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
    let expected =
      "a share from \(percentText(range.lowerBound)) to \(percentText(range.upperBound)), "
      + "such as \"90%\" or 0.9"
    guard let number, number.isFinite else { throw invalid(text, option, expected: expected) }
    if !percent && number > 1 && range.contains(number / 100) {
      throw invalid(text, option, expected: expected + " (did you mean \"\(text)%\"?)")
    }
    let value = percent ? number / 100 : number
    guard range.contains(value) else { throw invalid(text, option, expected: expected) }
    return value
  }

  /// The option's value, checked against the choices its spec lists.
  public func choice(_ option: String) throws(UsageError) -> String? {
    let spec = optionSpec(option)
    guard let text = string(option) else { return nil }
    guard spec.choices.isEmpty || spec.choices.contains(text) else {
      throw invalid(text, option, expected: Self.describeChoices(spec.choices))
    }
    return text
  }

  /// Whether the flag was given.
  public func flag(_ name: String) -> Bool {
    let key = Self.bareName(name)
    guard let spec = command.flags.first(where: { $0.name == key || Self.isShort(key, $0.short) })
    else {
      preconditionFailure("'\(commandPath.joined(separator: " "))' declares no flag '\(name)'")
    }
    return flagCounts[spec.name, default: 0] > 0
  }

  /// The value of a non-repeating positional argument, nil when an optional one is absent.
  public func positional(_ name: String) -> String? {
    positionals(name).first
  }

  /// The values of a positional argument (all of them for a repeating one).
  public func positionals(_ name: String) -> [String] {
    let key = Self.bareName(name)
    precondition(
      command.arguments.contains { $0.name == key },
      "'\(commandPath.joined(separator: " "))' declares no argument '\(name)'")
    return argumentValues[key] ?? []
  }

  /// "one of table, json, csv"
  static func describeChoices(_ choices: [String]) -> String {
    "one of " + choices.joined(separator: ", ")
  }

  /// `format` for `--format`, `-f`, `<format>` or `format`.
  static func bareName(_ name: String) -> String {
    var bare = Substring(name)
    while bare.hasPrefix("-") { bare = bare.dropFirst() }
    if bare.hasPrefix("<") && bare.hasSuffix(">") { bare = bare.dropFirst().dropLast() }
    return String(bare)
  }

  /// Whether `key` is the one-letter name `short`.
  private static func isShort(_ key: String, _ short: Character?) -> Bool {
    key.count == 1 && key.first == short
  }

  /// The declared option called `name`; stops the process when there is none.
  private func optionSpec(_ name: String) -> OptionSpec {
    let key = Self.bareName(name)
    guard let spec = command.options.first(where: { $0.name == key || Self.isShort(key, $0.short) })
    else {
      preconditionFailure("'\(commandPath.joined(separator: " "))' declares no option '\(name)'")
    }
    return spec
  }

  /// The usage error for a value of `option` that does not convert.
  private func invalid(_ text: String, _ option: String, expected: String) -> UsageError {
    .invalidValue(
      text, for: "--" + Self.bareName(option), expected: expected, path: commandPath)
  }
}
