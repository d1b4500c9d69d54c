import Reports

/// The terminal table of `ccplan bench`, with each target beside its figure.
enum BenchReport {
  /// Returns the table of results, with targets and whether they hold.
  static func table(_ results: [BenchResult], machine: BenchMachine) -> String {
    var table = TextTable(columns: [
      .init("case"), .init("contacts"), .init("contacts/s"), .init("wall (s)"), .init("CPU (s)"),
      .init("peak RSS (MiB)"), .init("threads"), .init("others (cores)"), .init("figure"),
      .init("target"), .init("met"),
    ])
    func peak(_ name: String) -> Int? { results.first { $0.name == name }?.peakRSSBytes }
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
        (figure, target, met) = referenceFigure(result.name, extra)
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
      case "memory-large", "memory-reps-many":
        let base = result.name == "memory-large" ? "memory-small" : "memory-reps-few"
        if let small = peak(base) {
          let ratio = Double(result.peakRSSBytes) / Double(small)
          figure = "\(NumberFormat.fixed(ratio, decimals: 3))× \(base)"
          target = "≤ 1.10×"
          met = ratio <= 1.10 ? "yes" : "NO"
        }
      case "memory-days-many":
        if let few = peak("memory-days-few"), let days = extra("days") {
          let perDay = Double(result.peakRSSBytes - few) / 1024 / (days - 2)
          figure = "+\(NumberFormat.fixed(perDay, decimals: 1)) KiB per simulated day"
          target = "≤ 160 KiB/day (PERFORMANCE.md)"
          met = perDay <= 160 ? "yes" : "NO"
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
      if met == "NO" && machine.isBusy(result) { met = "unreliable (busy)" }
      table.append([
        result.name, result.contacts > 0 ? NumberFormat.grouped(Double(result.contacts)) : "-",
        result.contacts > 0 ? NumberFormat.grouped(result.contactsPerSecond) : "-",
        NumberFormat.fixed(result.wallSeconds, decimals: 3),
        result.cpuSeconds > 0 ? NumberFormat.fixed(result.cpuSeconds, decimals: 3) : "-",
        result.peakRSSBytes > 0
          ? NumberFormat.fixed(Double(result.peakRSSBytes) / 1_048_576, decimals: 1) : "-",
        String(result.threads),
        result.otherCores.map { NumberFormat.fixed($0, decimals: 2) } ?? "-", figure,
        target, met,
      ])
      if result.name == "erlang" {
        for (label, model) in [("c", "Erlang C"), ("a", "Erlang A")] {
          let rates = BenchCases.erlangLoads.map { load in
            "\(NumberFormat.grouped(load)) E \(NumberFormat.grouped(extra("erlang_\(label)_\(Int(load))_per_second") ?? 0))/s"
          }
          table.append(
            [
              "  " + model, "-", "-", "-", "-", "-", "1", "-", rates.joined(separator: ", "), "",
              "",
            ])
        }
      }
    }
    return table.render()
  }

  /// Returns the figure, target and verdict of a simulation case against the reference
  /// loops: the CPU-time ratios decide; wall-time ratios are shown beside them.
  static func referenceFigure(_ name: String, _ extra: (String) -> Double?) -> (
    String, String, String
  ) {
    let heap = extra("cpu_ratio_heap")
    let outside = extra("cpu_ratio_outside")
    guard heap != nil || outside != nil else { return ("", "", "") }
    func ratio(_ x: Double?) -> String {
      x.map { NumberFormat.fixed($0, decimals: 2) + "×" } ?? "-"
    }
    var figure = "CPU \(ratio(heap)) heap, \(ratio(outside)) outside"
    figure += "; wall \(ratio(extra("wall_ratio_heap"))), \(ratio(extra("wall_ratio_outside")))"
    let goal = name == "mmc" ? 1.0 : 0.6
    var targets: [String] = []
    var met = true
    if let heap {
      targets.append("≥ \(NumberFormat.fixed(goal, decimals: 1))× heap")
      met = heap >= goal
    }
    if name == "mmc", let outside {
      targets.append("≥ 0.8× outside")
      met = met && outside >= 0.8
    }
    let target = targets.joined(separator: ", ")
    return (figure, target, met ? "yes" : "NO")
  }
}
