/// One command-line word, classified without knowing which command will read it.
enum Token: Equatable, Sendable {
  /// `--name` or `--name=value` (the name without dashes; the value only when `=` was used).
  case long(String, value: String?)
  /// `-abc`: one or more one-letter names packed together, in order.
  case short([Character])
  /// Anything else: a subcommand name, a positional argument or an option's value.
  /// Negative numbers (`-1`, `-0.5`) and a lone `-` are values too.
  case value(String)
  /// `--`: every word after it is a `.value`, even if it starts with a dash.
  case terminator
}

/// Splits command-line words into tokens, following swift-argument-parser's conventions:
/// `--opt value`, `--opt=value`, packed short flags `-vh`, `-o value`, and `--` to end options.
enum Tokenizer {
  /// The tokens of `arguments`, one per word (a word after `--` is always a `.value`).
  static func tokenize(_ arguments: [String]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(arguments.count)
    var optionsEnded = false
    for word in arguments {
      if optionsEnded {
        tokens.append(.value(word))
      } else if word == "--" {
        optionsEnded = true
        tokens.append(.terminator)
      } else {
        tokens.append(classify(word))
      }
    }
    return tokens
  }

  /// The token for one word seen before `--`.
  static func classify(_ word: String) -> Token {
    if word.hasPrefix("--") {
      let body = word.dropFirst(2)
      if let equals = body.firstIndex(of: "=") {
        return .long(String(body[..<equals]), value: String(body[body.index(after: equals)...]))
      }
      return .long(String(body), value: nil)
    }
    if word.hasPrefix("-") && word.count > 1 && !looksLikeNegativeNumber(word) {
      return .short(Array(word.dropFirst()))
    }
    return .value(word)
  }

  /// Whether `word` is a negative number such as `-1`, `-0.5`, `-.5` or `-1e3`, which is a
  /// value (`--shift -1`) and never a group of short flags.
  static func looksLikeNegativeNumber(_ word: String) -> Bool {
    let body = word.dropFirst()
    guard let first = body.first, first.isASCII, first.isNumber || first == "." else {
      return false
    }
    return Double(word) != nil
  }
}
