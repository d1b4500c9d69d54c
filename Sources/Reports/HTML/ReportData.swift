/// What a report shows, read from a result directory: per-interval series by channel and
/// pool, costs, provenance and the summary table. Built by `ReportData.read(_:)`.
public struct ReportData: Sendable {
  /// The command whose result this is.
  public enum Kind: String, Sendable {
    /// `ccplan staff`: an analytic (or simulation-based) staffing plan.
    case staff
    /// `ccplan simulate`: replications of a scenario's staffing.
    case simulate
  }

  /// One channel's per-interval figures (index = open interval).
  public struct ChannelSeries: Sendable {
    /// The channel id.
    public var id: String
    /// The service-level target as a fraction 0–1 (nil when unknown).
    public var target: Double?
    /// What the service level counts ("offered", "answered", …).
    public var definition: String
    /// Contacts offered per interval (after deflection).
    public var offered: [Double?]
    /// Service level per interval, fraction 0–1.
    public var serviceLevel: [Double?]
    /// 95 % half-width of the service level per interval (simulation only), fraction 0–1.
    public var serviceLevelCI95: [Double?]?
    /// Abandoned ÷ offered per interval, fraction 0–1.
    public var abandonRate: [Double?]
    /// Whether the interval misses the target (simulation: its whole 95 % interval below).
    public var missed: [Bool]
  }

  /// One pool's per-interval figures.
  public struct PoolSeries: Sendable {
    /// The pool id.
    public var id: String
    /// Its tier (1 = first contact); 0 when unknown.
    public var tier: Int
    /// Net agents required per interval (staff only).
    public var required: [Double?]?
    /// Scheduled headcount (staff) or agents on line (simulate) per interval.
    public var agents: [Double?]
    /// Busy share of agent time per interval, fraction 0–1.
    public var occupancy: [Double?]
  }

  /// One labelled amount for a bar chart.
  public struct Amount: Sendable {
    /// The label ("Tier 1", "voice").
    public var label: String
    /// The amount, in the unit of its chart.
    public var value: Double?
  }

  /// A table of display text with a caption.
  public struct Table: Sendable {
    /// The caption, unescaped.
    public var caption: String
    /// Column headings, units in them.
    public var header: [String]
    /// Rows of cells.
    public var rows: [[String]]
  }

  /// The command that wrote the result.
  public var kind: Kind
  /// The scenario's name.
  public var scenario: String
  /// The labels of the open intervals ("d2 10:30").
  public var intervalLabels: [String]
  /// Intervals per day when the horizon has several days, else nil.
  public var intervalsPerDay: Int?
  /// The interval length, in minutes (nil when it cannot be told).
  public var intervalMinutes: Double?
  /// Channels in file order.
  public var channels: [ChannelSeries] = []
  /// Pools in file order.
  public var pools: [PoolSeries] = []
  /// The scenario's shrinkage, fraction 0–1 (staff only).
  public var shrinkage: Double?
  /// The currency code of costs, or "" when the result has none.
  public var currency = ""
  /// Cost by tier, in `currency` (staff); agent hours by pool (simulate), in hours.
  public var byTier: [Amount] = []
  /// Cost by channel, in `currency` (staff only).
  public var byChannel: [Amount] = []
  /// Total cost, in `currency` (staff only).
  public var totalCost: Double?
  /// Cost per handled contact, in `currency` (staff only).
  public var costPerHandled: Double?
  /// Contacts handled over the horizon.
  public var handled: Double?
  /// Provenance, as (label, value) rows.
  public var provenance: [(String, String)] = []
  /// The key summary tables, display text.
  public var tables: [Table] = []

  /// Returns the data of a staff or simulate result directory, telling them apart by
  /// summary.json; throws an error naming the file that is missing or malformed.
  public static func read(_ files: ResultFiles) throws(ResultReportError) -> ReportData {
    guard let text = files.texts["summary.json"] else {
      for (name, command) in [("compare.json", "compare"), ("manifest.json", "sweep")]
      where files.texts[name] != nil {
        throw ResultReportError(
          file: files.path(name),
          reason: "a '\(command)' result, which has no report yet: give report the result "
            + "directory of 'ccplan staff' or 'ccplan simulate' (it holds summary.json)")
      }
      throw ResultReportError(
        file: files.path("summary.json"),
        reason: "missing: '\(files.directory)' is not a result directory of 'ccplan staff' or "
          + "'ccplan simulate' (each writes summary.json there; give report such a directory)")
    }
    let summary = try SummaryJSON(text, file: files.path("summary.json"))
    if summary.root.member("command")?.string == "staff" {
      return try staff(files, summary: summary)
    }
    if summary.root.member("run") != nil { return try simulate(files, summary: summary) }
    throw ResultReportError(
      file: files.path("summary.json"),
      reason: "not the summary of 'ccplan staff' or 'ccplan simulate' (expected a \"command\": "
        + "\"staff\" field or a \"run\" object); compare and sweep results have no report yet")
  }

  /// Returns labels in first-seen order, and the number of intervals in the first day when
  /// labels carry a day ("d1 08:00", "2026-03-02 08:00") and there is more than one day.
  static func intervals(_ labels: [String]) -> (perDay: Int?, minutes: Double?) {
    let days = labels.map { $0.split(separator: " ").first.map(String.init) ?? "" }
    var perDay: Int?
    if labels.first?.contains(" ") == true, let first = days.first {
      let count = days.prefix { $0 == first }.count
      if count < labels.count { perDay = count }
    }
    var minutes: Double?
    if labels.count > 1 {
      let clocks = labels.prefix(2).map { $0.split(separator: " ").last.map(String.init) ?? "" }
      if let a = minutesOfDay(clocks[0]), let b = minutesOfDay(clocks[1]), b > a {
        minutes = b - a
      }
    }
    return (perDay, minutes)
  }

  /// Returns the minutes since midnight of "HH:MM", or nil.
  static func minutesOfDay(_ clock: String) -> Double? {
    let parts = clock.split(separator: ":")
    guard parts.count == 2, let h = Double(parts[0]), let m = Double(parts[1]) else { return nil }
    return h * 60 + m
  }
}
