/// A CSV file written by ccplan, read back: `#` comment lines skipped, a header, then rows
/// (RFC 4180 quoting).
struct ResultCSV {
  /// The file's path, for messages.
  var file: String
  /// The column names.
  var header: [String]
  /// The rows' cells.
  var rows: [[String]]

  /// Parses `text`; throws when it has no header line.
  init(_ text: String, file: String) throws(ResultReportError) {
    self.file = file
    var lines: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      lines.append(ResultCSV.cells(String(line)))
    }
    guard let header = lines.first else {
      throw ResultReportError(file: file, reason: "empty: expected a header line and rows")
    }
    self.header = header
    self.rows = Array(lines.dropFirst())
  }

  /// Returns the cells of one line, unquoting quoted cells (`""` inside quotes is a quote).
  static func cells(_ line: String) -> [String] {
    let characters = Array(line)
    var cells: [String] = []
    var current = ""
    var quoted = false
    var i = 0
    while i < characters.count {
      let character = characters[i]
      if quoted && character == "\"" {
        if i + 1 < characters.count && characters[i + 1] == "\"" {
          current.append("\"")
          i += 1
        } else {
          quoted = false
        }
      } else if quoted {
        current.append(character)
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
      i += 1
    }
    cells.append(current)
    return cells
  }

  /// Returns the index of column `name`, or throws an error naming the file and column.
  func column(_ name: String) throws(ResultReportError) -> Int {
    guard let index = header.firstIndex(of: name) else {
      throw ResultReportError(
        file: file,
        reason: "no column '\(name)' (found: \(header.joined(separator: ", "))); was it written "
          + "by this version of ccplan?")
    }
    return index
  }

  /// Returns the text in `column` of `row` ("" when the row is short).
  func text(_ row: [String], _ column: Int) -> String {
    column < row.count ? row[column] : ""
  }

  /// Returns the number in `column` of `row`; nil when empty or not a finite number.
  func number(_ row: [String], _ column: Int) -> Double? {
    guard let value = Double(text(row, column)), value.isFinite else { return nil }
    return value
  }
}
