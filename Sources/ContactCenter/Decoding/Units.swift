/// Parsing of the scenario format's units: durations, shares and percentages.
///
/// - A duration is seconds as a number, or a string with a unit: `"20s"`, `"3m"`, `"1.5h"`, `"2d"`.
/// - A share is a fraction in [0, 1] or a string such as `"30%"`.
/// - A percentage (`sla.percent`) is a number in (0, 100] or a string such as `"80%"`.
public enum Units {
  /// Returns the seconds of a duration string such as "20s", "3m", "1.5h", "2d" or "45",
  /// or nil when it is not one.
  public static func parseDuration(_ text: String) -> Double? {
    let trimmed = text.trimmingWhitespace()
    guard let last = trimmed.last else { return nil }
    let scale: Double
    var number = Substring(trimmed)
    switch last {
    case "s": scale = 1
    case "m": scale = 60
    case "h": scale = 3600
    case "d": scale = 86_400
    default:
      if last.isLetter { return nil }
      scale = 1
    }
    if last.isLetter { number = number.dropLast() }
    guard let value = parsePlainNumber(String(number)), value >= 0 else { return nil }
    return value * scale
  }

  /// Returns the fraction of a share string such as "30%" or "0.3", or nil when malformed.
  public static func parseShare(_ text: String) -> Double? {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasSuffix("%") {
      guard let value = parsePlainNumber(String(trimmed.dropLast())) else { return nil }
      return value / 100
    }
    return parsePlainNumber(trimmed)
  }

  /// Returns a Double for plain decimal text ("12", "1.5", "-3", "1e3"); nil for anything else
  /// (no "inf", "nan" or hex).
  public static func parsePlainNumber(_ text: String) -> Double? {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty,
      trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      let value = Double(trimmed), value.isFinite
    else { return nil }
    return value
  }

  /// Returns the percentage a fraction below 1 was probably meant as, for messages: "80"
  /// for 0.8, "95.5" for 0.955 (rounded to 6 decimals, so 0.95 reads 95, not 94.99…).
  public static func percentSuggestion(forFraction fraction: Double) -> String {
    let percent = (fraction * 100 * 1e6).rounded() / 1e6
    return plainNumber(percent)
  }

  /// Returns a finite value as text without a fraction when it is whole ("12", "1.5"), and
  /// any value at all without trapping: a magnitude beyond 1e15 keeps Swift's exponent form
  /// ("1e+30"), a non-finite one reads "inf", "-inf" or "nan".
  public static func plainNumber(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    if value.magnitude < 1e15, value == value.rounded() { return String(Int64(value)) }
    return String(value)
  }

  /// Returns a duration in seconds formatted for people: "20s", "3m", "1.5h", "2d".
  public static func formatDuration(_ seconds: Double) -> String {
    func trim(_ value: Double) -> String {
      let rounded = value.magnitude < 1e15 ? (value * 100).rounded() / 100 : value
      return plainNumber(rounded)
    }
    guard seconds.isFinite else { return plainNumber(seconds) }
    if seconds >= 172_800, (seconds / 86_400).truncatingRemainder(dividingBy: 0.5) == 0 {
      return trim(seconds / 86_400) + "d"
    }
    if seconds >= 3600 { return trim(seconds / 3600) + "h" }
    if seconds >= 60 && seconds.truncatingRemainder(dividingBy: 6) == 0 {
      return trim(seconds / 60) + "m"
    }
    return trim(seconds) + "s"
  }
}

extension String {
  /// Returns the text of a file without the UTF-8 byte order mark that spreadsheet exports
  /// put before the first line (it would otherwise become part of the first header name).
  public func droppingByteOrderMark() -> String {
    guard unicodeScalars.first == "\u{FEFF}" else { return self }
    return String(unicodeScalars.dropFirst())
  }

  /// Returns the string without leading and trailing spaces, tabs and line breaks.
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
