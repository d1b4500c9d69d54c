import Reports

/// The terminal table of `ccplan bench`, with each target beside its figure.
enum BenchReport {
  /// Returns the table of results, with targets and whether they hold.
  static func table(_ results: [BenchResult]) -> String {
    var table = TextTable(columns: [
      .init("case"), .init("contacts"), .init("contacts/s"), .init("wall (s)"),
      .init("peak RSS (MiB)"),
      .init("threads"), .init("figure"), .init("target"), .init("met"),
    ])
    let small = results.first { $0.name == "memory-small" }?.peakRSSBytes
    for result in results {
      var figure = ""
      var target = ""
      var met = ""
      func extra(_ key: String) -> Double? {
        result.extra.first { $0.0 == key }.flatMap {
          if case .number(let v) = $0.1 { v } else { nil }
        }
      }
      switch result.name {
      case "mmc", "tiers", "multichannel":
        if let ratio = extra("ratio_to_reference") {
          let goal = result.name == "mmc" ? 0.5 : 0.2
          figure = "\(NumberFormat.fixed(ratio, decimals: 2))× reference"
          target = "≥ \(NumberFormat.fixed(goal, decimals: 1))×"
          met = ratio >= goal ? "yes" : "NO"
        }
      case "replications":
        if let speedup = extra("speedup") {
          let identical = result.extra.contains {
            $0.0 == "identical_to_one_thread" && $0.1 == .bool(true)
          }
          figure =
            "speed-up \(NumberFormat.fixed(speedup, decimals: 2))×, bytes \(identical ? "identical" : "DIFFER")"
          target = "≥ 1.8× on 2 cores"
          met = speedup >= 1.8 && identical ? "yes" : "NO"
        }
      case "erlang":
        if let rate = extra("solves_per_second") {
          figure = "\(NumberFormat.grouped(rate)) solves/s"
          target = "≥ 10,000/s"
          met = rate >= 10_000 ? "yes" : "NO"
        }
        if let staff = extra("staff_telecom_ms") {
          figure += ", staff \(NumberFormat.fixed(staff, decimals: 1)) ms"
          target += ", < 50 ms"
          met = met == "yes" && staff < 50 ? "yes" : "NO"
        }
      case "simstaff":
        if let iterations = extra("iterations") {
          figure =
            "\(Int(iterations)) iterations in \(NumberFormat.fixed(result.wallSeconds, decimals: 1)) s"
          target = "< 60 s on 2 cores"
          met = result.wallSeconds < 60 ? "yes" : "NO"
        }
      case "validate":
        if let ratio = extra("growth_per_day_ratio") {
          figure = "366 days ÷ 30 days, per day: \(NumberFormat.fixed(ratio, decimals: 2))×"
          target = "≤ 2× (linear; a rescan per value would be 12×)"
          met = ratio <= 2 ? "yes" : "NO"
        }
      case "memory-large":
        if let small {
          let ratio = Double(result.peakRSSBytes) / Double(small)
          figure = "\(NumberFormat.fixed(ratio, decimals: 3))× memory-small"
          target = "≤ 1.10×"
          met = ratio <= 1.10 ? "yes" : "NO"
        }
      case "sweep":
        if let rate = extra("analytic_points_per_second"),
          let seconds = extra("analytic_seconds"), let points = extra("analytic_points"),
          let replications = extra("replications_per_second")
        {
          figure =
            "\(NumberFormat.grouped(points)) Erlang C points in "
            + "\(NumberFormat.fixed(seconds, decimals: 2)) s (\(NumberFormat.grouped(rate))/s), "
            + "\(NumberFormat.fixed(replications, decimals: 1)) sim. replications/s"
          // 10,000 points in 10 s on one core: 1,000 points per second.
          target = "≥ 1,000 points/s"
          met = rate >= 1_000 ? "yes" : "NO"
        }
      default: break
      }
      table.append([
        result.name, result.contacts > 0 ? NumberFormat.grouped(Double(result.contacts)) : "-",
        result.contacts > 0 ? NumberFormat.grouped(result.contactsPerSecond) : "-",
        NumberFormat.fixed(result.wallSeconds, decimals: 3),
        result.peakRSSBytes > 0
          ? NumberFormat.fixed(Double(result.peakRSSBytes) / 1_048_576, decimals: 1) : "-",
        String(result.threads), figure,
        target, met,
      ])
    }
    return table.render()
  }
}
