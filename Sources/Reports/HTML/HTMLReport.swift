/// Renders a result as one self-contained HTML page: inline CSS and SVG charts, no script,
/// font, image or link to anything outside the file; readable on a phone and printable on A4.
public enum HTMLReport {
  /// One section of the page: a heading, one chart and a one-line reading of it.
  public struct Section: Sendable {
    /// The anchor id, unescaped.
    public var id: String
    /// The heading, unescaped.
    public var heading: String
    /// The chart, one `<svg>` element.
    public var svg: String
    /// What the chart says, in one line, unescaped.
    public var reading: String
  }

  /// Returns the whole page for `data`.
  public static func render(_ data: ReportData) -> String {
    let kind = data.kind == .staff ? "Staffing plan" : "Simulation"
    let title = "\(kind) report: \(data.scenario)"
    var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html += "<title>\(SVGText.escape(title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
    html += "<header><h1>\(SVGText.escape(title))</h1>\n<p class=\"lead\">"
    html += SVGText.escape(lead(data)) + "</p></header>\n<main>\n"
    for section in sections(data) {
      html += "<section class=\"chart-section\" id=\"\(SVGText.escape(section.id))\">\n"
      html += "<h2>\(SVGText.escape(section.heading))</h2>\n<div class=\"chart\">"
      html += section.svg + "</div>\n<p class=\"reading\">"
      html += SVGText.escape(section.reading) + "</p>\n</section>\n"
    }
    html += "<section id=\"summary\">\n<h2>Summary and provenance</h2>\n"
    for table in data.tables { html += tableHTML(table) }
    html += tableHTML(
      className: "provenance",
      ReportData.Table(
        caption: "Provenance", header: ["Field", "Value"],
        rows: data.provenance.map { [$0.0, $0.1] }))
    html += "</section>\n</main>\n<footer>Written by ccplan from the files of one result "
    html += "directory; every figure above is read from them.</footer>\n</body>\n</html>\n"
    return html
  }

  /// Returns the sentence under the title: what was run, over how many intervals.
  static func lead(_ data: ReportData) -> String {
    let method = data.provenance.first { $0.0 == "Method" }?.1 ?? ""
    let length = data.intervalMinutes.map { SVGText.number($0) + "-minute " } ?? ""
    var text = "\(data.intervalLabels.count) open \(length)intervals"
    if let perDay = data.intervalsPerDay, perDay > 0 {
      text += " over \(data.intervalLabels.count / perDay) days"
    }
    text += "; \(data.channels.count) channels, \(data.pools.count) pools; method: \(method)."
    if data.kind == .simulate {
      let replications = data.provenance.first { $0.0 == "Replications" }?.1 ?? "–"
      text += " Figures are means over \(replications) replications; bands are 95 % intervals."
    }
    return text
  }

  /// Returns an HTML table with its caption, every cell escaped.
  static func tableHTML(className: String = "summary", _ table: ReportData.Table) -> String {
    var html =
      "<div class=\"table\"><table class=\"\(className)\">\n<caption>\(SVGText.escape(table.caption))</caption>\n"
    html += "<thead><tr>"
    for cell in table.header { html += "<th scope=\"col\">\(SVGText.escape(cell))</th>" }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let tag = index == 0 ? "th scope=\"row\"" : "td"
        html += "<\(tag)>\(SVGText.escape(cell))</\(index == 0 ? "th" : "td")>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody></table></div>\n"
  }

  /// The page's style sheet: system fonts, charts that scale to the width, A4 print rules.
  static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1a1a1a; background: #ffffff; margin: 0 auto; padding: 0 16px 32px;
      max-width: 1000px; line-height: 1.45; }
    h1 { font-size: 1.6em; margin: 24px 0 4px; }
    h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 1px solid #d9d9d9; }
    .lead { color: #444444; margin-top: 0; }
    .chart svg { width: 100%; height: auto; display: block; }
    .reading { font-weight: 600; margin: 6px 0 0; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; margin: 12px 0 20px; font-size: 0.9em; }
    caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
    th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 10px; text-align: right; }
    th[scope="row"], thead th:first-child, table.provenance th { text-align: left; }
    td { font-variant-numeric: tabular-nums; }
    table.provenance td { text-align: left; word-break: break-all; }
    footer { color: #666666; font-size: 0.85em; margin-top: 24px; }
    @media (max-width: 640px) {
      body { padding: 0 8px 24px; }
      .chart { overflow-x: auto; }
      .chart svg { min-width: 760px; }
    }
    @media print {
      @page { size: A4; margin: 12mm; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      section { break-inside: avoid; page-break-inside: avoid; }
      .chart svg { max-width: 186mm; }
    }

    """
}
