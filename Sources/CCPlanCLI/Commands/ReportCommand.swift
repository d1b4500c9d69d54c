import Foundation
import Reports

/// `ccplan report DIR`: one self-contained HTML page of charts from a result directory.
enum ReportCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "report",
    abstract: "Write an HTML report with charts of a staff or simulate result directory.",
    discussion: """
      Reads the files 'ccplan staff' (summary.json, requirements.csv, staffing.csv) or \
      'ccplan simulate' (summary.json, intervals.csv, pool-intervals.csv) wrote to DIR and \
      writes one self-contained page: inline CSS and SVG, no script, font or link to \
      anything outside the file, readable on a phone and printable on A4. Sections: demand \
      per interval and channel (stacked, the busiest interval marked); agents required and \
      scheduled per pool (staff) or on line (simulate); service level per channel against \
      its target, with 95% bands when simulated and the intervals that miss it shaded; \
      occupancy per pool and interval (heat map); abandonment per interval; cost by tier and \
      channel (staff) or agent hours by pool (simulate); the summary tables and provenance. \
      Each chart has a one-line reading under it. 'staff --report' and 'simulate --report' \
      write the same page beside their other files.
      """,
    arguments: [
      ArgumentSpec(
        "dir", help: "A result directory written by 'ccplan staff' or 'ccplan simulate'.")
    ],
    options: [
      OptionSpec(
        "out", short: "o", valueName: "file", help: "Where to write (default: DIR/report.html).")
    ],
    run: run)

  /// Reads the directory, writes the page atomically and names it on standard error.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    guard let directory = invocation.positional("dir") else {
      throw UsageError("Missing expected argument '<dir>'")
    }
    let files = try ResultDirectory.read(directory)
    let html = HTMLReport.render(try ReportData.read(files))
    let out =
      invocation.string("--out").map { URL(fileURLWithPath: $0) }
      ?? URL(fileURLWithPath: directory, isDirectory: true)
      .appendingPathComponent(ResultDirectory.reportName)
    try AtomicFile.write(Data(html.utf8), to: out)
    io.writeErrorLine("Wrote \(out.relativePath)")
    return 0
  }

  /// `--report`, shared by staff and simulate.
  static let flag = FlagSpec(
    "report", help: "Also write report.html (charts; see 'ccplan report --help') beside the files.")

  /// Throws when `--report` is given with `--no-files`, which leaves no place to write it.
  static func checkFlags(_ invocation: ParsedInvocation) throws {
    if invocation.flag("--report") && invocation.flag("--no-files") {
      throw UsageError("'--report' and '--no-files' cannot be used together.")
    }
  }

  /// Returns `files` with report.html appended when `--report` was given.
  static func adding(_ invocation: ParsedInvocation, to files: [(String, String)], directory: URL)
    throws -> [(String, String)]
  {
    guard invocation.flag("--report") else { return files }
    return files + [
      (ResultDirectory.reportName, try ResultDirectory.report(of: files, directory: directory))
    ]
  }
}
