import Foundation

/// Text and numbers as they may appear in SVG and HTML: escaped, finite, short.
public enum SVGText {
  /// Returns `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element
  /// content and in attribute values of either quote.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and line breaks are not allowed in XML 1.0.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
          out += " "
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Returns a pixel coordinate with at most two decimals ("12.5", "-3", "0"); a value that
  /// is not finite becomes "0", so NaN or infinity can never reach the SVG.
  public static func coordinate(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(format: "%.2f", rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }

  /// Returns a value for a reader: `decimals` places, thousands grouped with a thin space
  /// ("12 345.6"); "–" (no value) when not finite.
  public static func number(_ value: Double, decimals: Int = 0) -> String {
    guard value.isFinite else { return "–" }
    let places = max(0, min(decimals, 6))
    let text = String(format: "%.\(places)f", abs(value))
    let parts = text.split(separator: ".", maxSplits: 1)
    var whole = ""
    for (index, digit) in parts[0].reversed().enumerated() {
      if index > 0 && index % 3 == 0 { whole.append("\u{2009}") }
      whole.append(digit)
    }
    var result = String(whole.reversed())
    if parts.count > 1 { result += "." + parts[1] }
    let isZero = Double(text) == 0
    return (value < 0 && !isZero ? "−" : "") + result
  }

  /// Returns a fraction 0–1 as a percentage with `decimals` places ("83.4 %"); "–" when not
  /// finite.
  public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
    guard fraction.isFinite else { return "–" }
    return number(fraction * 100, decimals: decimals) + " %"
  }
}
