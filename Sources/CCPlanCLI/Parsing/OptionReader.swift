import ContactCenter
import Planning
import Queueing
import Reports

/// Typed readers for option values in the units of the scenario format; each throws a usage
/// error saying what was expected.
struct OptionReader {
  let invocation: ParsedInvocation

  func invalid(_ option: String, _ value: String, _ expected: String) -> UsageError {
    .invalidValue(value, for: option, expected: expected, path: invocation.commandPath)
  }

  /// A plain decimal number ≥ `minimum`.
  func number(_ option: String, minimum: Double) throws(UsageError) -> Double? {
    guard let text = invocation.string(option) else { return nil }
    guard let value = Units.parsePlainNumber(text), value >= minimum else {
      throw invalid(option, text, "a number >= \(JSONNumber.format(minimum))")
    }
    return value
  }

  /// A duration in seconds written with its unit (`20s`, `3m`, `1.5h`, `2d`), above 0 when
  /// `positive`. A bare number other than 0 is refused: on the command line `--per 30` reads
  /// as 30 minutes as easily as 30 seconds, so the message suggests both.
  func duration(_ option: String, positive: Bool) throws(UsageError) -> Double? {
    guard let text = invocation.string(option) else { return nil }
    try requireUnit(option, text, shown: text)
    guard let value = Units.parseDuration(text), !positive || value > 0,
      value <= maximumDurationSeconds
    else {
      throw invalid(
        option, text,
        (positive ? "a duration above 0" : "a duration")
          + " of at most 366d such as 20s, 3m or 1.5h")
    }
    return value
  }

  /// Throws when `duration` is a bare number other than 0; `shown` is how the value would be
  /// written with a unit in its place (for `--target`, the whole `P/T`).
  private func requireUnit(_ option: String, _ text: String, shown: String, duration: String? = nil)
    throws(UsageError)
  {
    let bare = duration ?? text
    guard let number = Units.parsePlainNumber(bare), number != 0 else { return }
    let prefix = String(shown.dropLast(bare.count))
    let suggestions = ["s", "m"].map { "\(prefix)\(bare)\($0)" }
    throw invalid(
      option, text,
      "a duration with its unit, such as \(suggestions[0]) (seconds) or \(suggestions[1]) (minutes); "
        + "a bare number is ambiguous on the command line")
  }

  /// The longest duration an option may give, 366 days, as in scenarios: longer periods,
  /// targets or patience mean nothing to a plan and overflow the arithmetic behind it.
  let maximumDurationSeconds = 366 * 86_400.0

  /// A share (`85%` or `0.85`) in [minimum, maximum] (above 0 when `positive`).
  func share(
    _ option: String, minimum: Double = 0, maximum: Double, positive: Bool = false
  ) throws(UsageError) -> Double? {
    guard let text = invocation.string(option) else { return nil }
    guard let value = Units.parseShare(text), value >= minimum, value <= maximum,
      !positive || value > 0
    else {
      var expected = "a share such as 85% or 0.85"
      if let number = Units.parsePlainNumber(text), number > 1 {
        expected += " (for \(text) percent write \(text)%)"
      } else if minimum > 0 {
        expected +=
          ", at least \(JSONNumber.format(minimum * 100))% and at most \(JSONNumber.format(maximum * 100))%"
      } else if maximum < 1 {
        expected += ", at most \(JSONNumber.format(maximum * 100))%"
      }
      throw invalid(option, text, expected)
    }
    return value
  }

  /// A service-level target `P/T`: P percent in (0, 100] (`80` or `80%`) within duration T.
  func target(_ option: String) throws(UsageError) -> (fraction: Double, thresholdSeconds: Double) {
    let text = invocation.string(option) ?? ""
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    let isPercent = parts.first?.hasSuffix("%") ?? false
    let percentText = parts.first.map { isPercent ? String($0.dropLast()) : String($0) }
    if parts.count == 2, let percentText, let fraction = Units.parsePlainNumber(percentText),
      !isPercent, fraction > 0, fraction < 1
    {
      let percent = Units.percentSuggestion(forFraction: fraction)
      throw invalid(
        option, text,
        "P/T with P in percent, such as \(percent)/\(parts[1]) for \(percent) % (P is a percentage, "
          + "not a fraction: \(percentText) would mean \(percentText) %)")
    }
    if parts.count == 2 {
      try requireUnit(option, text, shown: text, duration: String(parts[1]))
    }
    guard parts.count == 2, let percentText, let percent = Units.parsePlainNumber(percentText),
      percent > 0, percent <= 100, let threshold = Units.parseDuration(String(parts[1]))
    else {
      throw invalid(
        option, text, "P/T such as 80/20s")
    }
    guard threshold <= maximumDurationSeconds else {
      throw invalid(option, text, "P/T with T at most 366d, such as 80/20s")
    }
    return (percent / 100, threshold)
  }
}

/// Shortest text for a number in messages ("0", "0.99").
enum JSONNumber {
  static func format(_ value: Double) -> String { JSONValue.format(value) }
}
