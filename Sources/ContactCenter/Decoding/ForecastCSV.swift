import Foundation

/// A problem in a CSV file next to the scenario, already worded for the user.
struct CSVProblem: Error {
  let message: String
}

/// A forecast table: `interval_start,<channel ids...>`, one row per open interval.
struct ForecastTable {
  /// The file name as written in the scenario.
  let file: String
  /// Header names after `interval_start`.
  let columns: [String]
  /// The `interval_start` cell of each data row.
  let starts: [String]
  /// Values per column, one per data row.
  let values: [[Double]]

  /// Parses the text of a forecast CSV; every cell must be a number ≥ 0.
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
    var starts: [String] = []
    var values = [[Double]](repeating: [], count: columns.count)
    for (offset, line) in lines.enumerated().dropFirst() {
      if line.trimmingWhitespace().isEmpty { continue }
      let row = offset + 1
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
      guard cells.count == header.count else {
        let kind = cells.count < header.count ? "missing" : "extra"
        return .failure(
          CSVProblem(
            message:
              "\(file), line \(row): expected \(header.count) cells (\(header.joined(separator: ","))), found \(cells.count) (\(kind) cell)"
          ))
      }
      starts.append(cells[0])
      for (c, cell) in cells.dropFirst().enumerated() {
        guard let value = Units.parsePlainNumber(cell), value >= 0 else {
          return .failure(
            CSVProblem(
              message:
                "\(file), line \(row), column '\(columns[c])': expected a number ≥ 0, found '\(cell)'"
            ))
        }
        values[c].append(value)
      }
    }
    return .success(ForecastTable(file: file, columns: columns, starts: starts, values: values))
  }

  /// Returns the column for a channel, checked against the horizon's open intervals: the
  /// rows cover one day (times `HH:MM`) or the whole horizon (`YYYY-MM-DDTHH:MM`).
  func column(_ name: String, horizon: Horizon) -> Result<[Double], CSVProblem> {
    guard let c = columns.firstIndex(of: name) else {
      var message =
        "\(file): expected a column '\(name)', found columns \(columns.joined(separator: ", "))"
      if let guess = Suggestion.closest(to: name, among: columns) {
        message += "; did you mean '\(guess)'?"
      }
      return .failure(CSVProblem(message: message))
    }
    let perDay = horizon.openIntervalsPerDay
    guard starts.count == perDay || starts.count == horizon.openIntervals else {
      return .failure(
        CSVProblem(
          message:
            "\(file): expected \(perDay) rows (one day of open intervals) or \(horizon.openIntervals) (the whole horizon), found \(starts.count)"
        ))
    }
    var previousDate: String?
    var dayIndex = -1
    for (i, start) in starts.enumerated() {
      let slot = i % perDay
      let expected = TimeOfDay.format(
        seconds: horizon.openSeconds + Double(slot) * horizon.intervalSeconds)
      var clock = start
      if start.count == 16, start.dropFirst(10).first == "T" {
        let date = String(start.prefix(10))
        clock = String(start.suffix(5))
        if date != previousDate {
          dayIndex += 1
          previousDate = date
        }
        if dayIndex != i / perDay {
          return .failure(
            CSVProblem(
              message:
                "\(file), line \(i + 2), column 'interval_start': expected day \(i / perDay + 1) of the horizon, found '\(start)' (day \(dayIndex + 1))"
            ))
        }
      }
      guard clock == expected else {
        return .failure(
          CSVProblem(
            message:
              "\(file), line \(i + 2), column 'interval_start': expected \(expected) (HH:MM or YYYY-MM-DDTHH:MM), found '\(start)'"
          ))
      }
    }
    return .success(values[c])
  }
}

/// Reads the files a scenario refers to (forecasts, empirical samples), relative to it,
/// each at most once.
final class ScenarioFiles {
  private let directory: URL
  private var tables: [String: Result<ForecastTable, CSVProblem>] = [:]

  init(directory: URL) {
    self.directory = directory
  }

  private func text(_ file: String) -> Result<String, CSVProblem> {
    let url =
      file.hasPrefix("/") ? URL(fileURLWithPath: file) : directory.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return .failure(
        CSVProblem(
          message:
            "cannot read '\(file)' (looked for \(url.path)); the path is relative to the scenario file"
        ))
    }
    return .success(String(decoding: data, as: UTF8.self))
  }

  /// Returns the parsed forecast table of a file.
  func forecast(_ file: String) -> Result<ForecastTable, CSVProblem> {
    if let cached = tables[file] { return cached }
    let table = text(file).flatMap { ForecastTable.parse($0, file: file) }
    tables[file] = table
    return table
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
        if let value = Units.parseDuration(cell) {
          values.append(value)
        } else if offset > 0 || Units.parsePlainNumber(cell) != nil {
          return .failure(
            CSVProblem(
              message:
                "\(file), line \(offset + 1): expected a duration ≥ 0 in seconds, found '\(cell)'"))
        }
      }
      return .success(values)
    }
  }
}
