/// Writing JSON text: string literals and numbers, shared by every module that writes JSON
/// (the reports, the sweep's manifest and points files).
public enum JSONText {
  /// Returns a number in the shortest form that reads back to the same Double ("0.7094",
  /// "12", "1e-07"); nil when not finite (JSON has no infinity or NaN).
  public static func number(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// Returns a JSON string literal with the required escapes.
  public static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
