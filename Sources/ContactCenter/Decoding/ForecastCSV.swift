import Foundation

/// A problem in a CSV file next to the scenario, already worded for the user.
struct CSVProblem: Error {
  let message: String
}

/// A forecast table: `interval_start,<channel ids...>`, one row per open interval.
///
/// Parsing keeps going past a bad row or cell, so that every problem is reported in one go;
/// a problem sits with the column it is in (nil: the row or file as a whole).
struct ForecastTable {
  /// One data row.
  struct Row {
    /// The 1-based line in the file.
    let line: Int
    /// The `interval_start` cell.
    let start: String
    /// One value per column, nil where the cell is missing or not a number ≥ 0.
    let values: [Double?]
  }

  /// A problem, worded for the user, and the column it is in (nil for a whole row).
  struct Problem {
    let column: String?
    let message: String
  }

  /// The file name as written in the scenario.
  let file: String
  /// Header names after `interval_start`.
  let columns: [String]
  /// The data rows, blank lines skipped.
  let rows: [Row]
  /// Every malformed row and cell.
  let problems: [Problem]

  /// Parses the text of a forecast CSV; only a missing or malformed header stops it.
  static func parse(_ text: String, file: String) -> Result<ForecastTable, CSVProblem> {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { String($0) }
    guard let headerLine = lines.first, !headerLine.trimmingWhitespace().isEmpty else {
      return .failure(
        CSVProblem(
          message:
            "\(file): expected a header 'interval_start,<channel ids...>', found an empty file"))
    }
    let header = headerLine.split(separator: ",", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace()
    }
    guard header.first == "interval_start", header.count >= 2 else {
      return .failure(
        CSVProblem(
          message:
            "\(file), line 1: expected a header 'interval_start,<channel ids...>', found '\(headerLine)'"
        ))
    }
    let columns = Array(header.dropFirst())
    var rows: [Row] = []
    var problems: [Problem] = []
    for (offset, line) in lines.enumerated().dropFirst() {
      if line.trimmingWhitespace().isEmpty { continue }
      let number = offset + 1
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      if cells.count != header.count {
        let kind = cells.count < header.count ? "missing" : "extra"
        problems.append(
          Problem(
            column: nil,
            message:
              "\(file), line \(number): expected \(header.count) cells (\(header.joined(separator: ","))), found \(cells.count) (\(kind) cell)"
          ))
      }
      var values: [Double?] = []
      for (c, column) in columns.enumerated() {
        guard c + 1 < cells.count else {
          values.append(nil)
          continue
        }
        let cell = cells[c + 1]
        // Capped as demand in the scenario is: 1e12 contacts an interval.
        let value = Units.parsePlainNumber(cell).flatMap { $0 >= 0 && $0 <= 1e12 ? $0 : nil }
        if value == nil && cells.count == header.count {
          problems.append(
            Problem(
              column: column,
              message:
                "\(file), line \(number), column '\(column)': expected a number from 0 to 1e12, found '\(cell)'"
            ))
        }
        values.append(value)
      }
      rows.append(Row(line: number, start: cells[0], values: values))
    }
    return .success(ForecastTable(file: file, columns: columns, rows: rows, problems: problems))
  }

  /// Returns the problems of the `interval_start` column against the horizon (the rows cover
  /// one day, `HH:MM`, or the whole horizon, `HH:MM` or `YYYY-MM-DDTHH:MM` on consecutive
  /// days), and the date of the first day when the rows name dates for the whole horizon.
  /// Only the first wrong date is reported: after a skipped day every later one is off too.
  func timing(_ horizon: Horizon) -> (problems: [Problem], startDate: CalendarDate?) {
    let perDay = horizon.openIntervalsPerOpenDay
    guard rows.count == perDay || rows.count == horizon.openIntervals else {
      let expected =
        perDay.map {
          "\($0) rows (one day of open intervals) or \(horizon.openIntervals) (the whole horizon of \(horizon.days) days)"
        }
        ?? "\(horizon.openIntervals) rows (the whole horizon of \(horizon.days) days; its open days differ in length)"
      let problem = Problem(
        column: nil, message: "\(file): expected \(expected), found \(rows.count)")
      return ([problem], nil)
    }
    var problems: [Problem] = []
    var firstDate: (date: CalendarDate, line: Int)?
    var datesOK = true
    // Row i is counted interval i (the first window's, for one day): its real day and clock.
    func realDay(_ i: Int) -> Int {
      Int(horizon.startSeconds(ofOpenInterval: i) / Horizon.daySeconds)
    }
    let firstDay = rows.isEmpty ? 0 : realDay(0)
    for (i, row) in rows.enumerated() {
      let place = "\(file), line \(row.line), column 'interval_start'"
      let day = realDay(i)
      let expectedClock = TimeOfDay.format(
        seconds: horizon.startSeconds(ofOpenInterval: i) - Double(day) * Horizon.daySeconds)
      let dated = row.start.count == 16 && row.start.dropFirst(10).first == "T"
      if i > 0, dated != (firstDate != nil) {
        let form = firstDate != nil ? "YYYY-MM-DDTHH:MM" : "HH:MM"
        problems.append(
          Problem(
            column: nil,
            message: "\(place): expected \(form) like line \(rows[0].line), found '\(row.start)'"))
        continue
      }
      let clock = dated ? String(row.start.suffix(5)) : row.start
      if dated && datesOK {
        let date = CalendarDate.parse(String(row.start.prefix(10)))
        if let first = firstDate, let date, first.date.adding(days: day - firstDay) != date {
          let expected = first.date.adding(days: day - firstDay)
          let offset = first.date.days(until: date) + firstDay
          let found = offset >= 0 && offset < horizon.days ? " (day \(offset + 1))" : ""
          problems.append(
            Problem(
              column: nil,
              message:
                "\(place): expected \(expected)T\(expectedClock) (day \(day + 1) of the horizon: days are consecutive from \(first.date) on line \(first.line)), found '\(row.start)'\(found)"
            ))
          datesOK = false
        } else if let date {
          if firstDate == nil { firstDate = (date, row.line) }
        } else {
          problems.append(
            Problem(
              column: nil,
              message:
                "\(place): expected a real date YYYY-MM-DD before the T, found '\(row.start)'"))
          datesOK = false
        }
      }
      if clock != expectedClock {
        problems.append(
          Problem(
            column: nil,
            message:
              "\(place): expected \(expectedClock) (HH:MM or YYYY-MM-DDTHH:MM), found '\(row.start)'"
          ))
      }
    }
    let wholeHorizon = rows.count == horizon.openIntervals
    return (problems, wholeHorizon && datesOK ? firstDate?.date.adding(days: -firstDay) : nil)
  }
}

/// How one forecast file was read: the first channel to read it (where problems of the file
/// as a whole are reported, once) and the columns channels read.
struct ForecastReading {
  /// The JSON path of the first channel's `demand.csv`.
  let firstPath: String
  /// Columns read by some channel.
  var columnsRead: Set<String>
  /// The date of the horizon's first day, when the rows name dates for the whole horizon.
  let startDate: CalendarDate?
}

/// Reads the files a scenario refers to (forecasts, empirical samples), relative to it,
/// each at most once.
final class ScenarioFiles {
  private let directory: URL
  private var tables: [String: Result<ForecastTable, CSVProblem>] = [:]
  /// Forecast files in the order channels first read them, and how.
  private(set) var readings: [(file: String, reading: ForecastReading)] = []

  init(directory: URL) {
    self.directory = directory
  }

  private func text(_ file: String) -> Result<String, CSVProblem> {
    let url =
      file.hasPrefix("/") ? URL(fileURLWithPath: file) : directory.appendingPathComponent(file)
    guard let data = FileContents.read(atPath: url.path).data else {
      return .failure(
        CSVProblem(
          message:
            "cannot read '\(file)' (looked for \(url.path)); the path is relative to the scenario file"
        ))
    }
    return .success(String(decoding: data, as: UTF8.self).droppingByteOrderMark())
  }

  /// Returns the parsed forecast table of a file.
  func forecast(_ file: String) -> Result<ForecastTable, CSVProblem> {
    if let cached = tables[file] { return cached }
    let table = text(file).flatMap { ForecastTable.parse($0, file: file) }
    tables[file] = table
    return table
  }

  /// Returns one column of a forecast over the open intervals (one day or the whole
  /// horizon), or nil after reporting why. Problems of the file as a whole (unreadable, a
  /// bad row or `interval_start`) are reported once, at the first channel reading it, at
  /// `path`; a bad cell at the channel reading its column.
  func forecastColumn(
    _ file: String, column: String, horizon: Horizon, at path: String, context: DecodingContext
  ) -> [Double]? {
    let index = readings.firstIndex { $0.file == file }
    let first = index == nil
    let table: ForecastTable
    switch forecast(file) {
    case .failure(let problem):
      if first {
        readings.append(
          (file, ForecastReading(firstPath: path, columnsRead: [], startDate: nil)))
        context.report(path, problem.message)
      }
      return nil
    case .success(let parsed): table = parsed
    }
    let timing = table.timing(horizon)
    if let index {
      readings[index].reading.columnsRead.insert(column)
    } else {
      readings.append(
        (file, ForecastReading(firstPath: path, columnsRead: [column], startDate: timing.startDate))
      )
      for problem in table.problems where problem.column == nil {
        context.report(path, problem.message)
      }
      for problem in timing.problems { context.report(path, problem.message) }
    }
    guard let c = table.columns.firstIndex(of: column) else {
      var message =
        "\(file): expected a column '\(column)', found columns \(table.columns.joined(separator: ", "))"
      if let guess = Suggestion.closest(to: column, among: table.columns) {
        message += "; did you mean '\(guess)'?"
      }
      context.report(path, message)
      return nil
    }
    let cellProblems = table.problems.filter { $0.column == column }
    for problem in cellProblems { context.report(path, problem.message) }
    let values = table.rows.compactMap { $0.values[c] }
    let rowProblems = table.problems.contains { $0.column == nil }
    guard cellProblems.isEmpty, !rowProblems, timing.problems.isEmpty,
      values.count == table.rows.count
    else { return nil }
    return values
  }

  /// Reports the bad cells of forecast columns no channel reads, once, at the first channel
  /// reading the file (a typo in a column name must not hide them).
  func reportUnreadColumns(to context: DecodingContext) {
    for (file, reading) in readings {
      guard case .success(let table) = tables[file] else { continue }
      for problem in table.problems {
        if let column = problem.column, !reading.columnsRead.contains(column) {
          context.report(reading.firstPath, problem.message)
        }
      }
    }
  }

  /// Returns the samples (seconds) of a one-column CSV, with an optional header line.
  func samples(_ file: String) -> Result<[Double], CSVProblem> {
    text(file).flatMap { text in
      var values: [Double] = []
      for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .enumerated()
      {
        let cell = String(raw).trimmingWhitespace()
        if cell.isEmpty { continue }
        if let value = Units.parseDuration(cell),
          ScenarioRules.isValidDuration(value, positive: false)
        {
          values.append(value)
        } else if offset > 0 || Units.parsePlainNumber(cell) != nil {
          return .failure(
            CSVProblem(
              message:
                "\(file), line \(offset + 1): expected a duration ≥ 0 of at most 366d in seconds, found '\(cell)'"
            ))
        }
      }
      return .success(values)
    }
  }
}
