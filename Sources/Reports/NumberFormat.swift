import Foundation

/// Number formatting for tables and reports: fixed decimals, thousands separators, percent.
public enum NumberFormat {
  /// Returns `value` with `decimals` digits and a comma every three integer digits,
  /// such as "12,345.6"; "-" for NaN or infinity.
  public static func grouped(_ value: Double, decimals: Int = 0) -> String {
    guard value.isFinite else { return "-" }
    let fixed = fixed(abs(value), decimals: decimals)
    let parts = fixed.split(separator: ".", omittingEmptySubsequences: false)
    var integer = String(parts[0])
    var groups: [String] = []
    while integer.count > 3 {
      groups.insert(String(integer.suffix(3)), at: 0)
      integer.removeLast(3)
    }
    groups.insert(integer, at: 0)
    let sign = value < 0 && fixed.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
    return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
  }

  /// Returns `value` with exactly `decimals` digits after the point (no grouping), such as
  /// "0.7094"; "-" for NaN or infinity. Rounds half away from zero, identically on every platform.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "-" }
    return String(format: "%.\(decimals)f", value)
  }

  /// Returns a share as a percentage with `decimals` digits, such as "80.1%".
  public static func percent(_ share: Double, decimals: Int = 1) -> String {
    guard share.isFinite else { return "-" }
    return fixed(share * 100, decimals: decimals) + "%"
  }
}
