import ContactCenter

/// The staffing file `ccplan staff` writes and `ccplan simulate --staffing` replays.
///
/// Format: optional `#` comment lines (provenance), then a header naming at least
/// `interval_start`, `pool` and `scheduled_headcount` (other columns, such as `net_agents`,
/// `paid_hours` and `cost_eur`, are read past), then exactly one row per open interval ×
/// pool. `interval_start` is `YYYY-MM-DD HH:MM` when the horizon has a start date, else
/// `HH:MM` for a one-day horizon and `d<day> HH:MM` with days from 1 for a longer one, as
/// `Horizon.label(ofOpenInterval:)` writes it. Cells may be quoted (RFC 4180).
public enum StaffingCSV {
  /// The columns the replay needs.
  public static let requiredColumns = ["interval_start", "pool", "scheduled_headcount"]

  /// Returns the scheduled headcount per pool (scenario order) per open interval, or throws a
  /// `StaffingCSVError` naming `file`, the line and the column of the first problem.
  public static func parse(
    text: String, scenario: Scenario, file: String = "staffing.csv"
  ) throws(StaffingCSVError) -> [[Int]] {
    let horizon = scenario.horizon
    var intervalIndex: [String: Int] = [:]
    for k in 0..<horizon.openIntervals { intervalIndex[horizon.label(ofOpenInterval: k)] = k }
    var poolIndex: [String: Int] = [:]
    for (p, pool) in scenario.pools.enumerated() { poolIndex[pool.id] = p }
    var result = [[Int]](
      repeating: [Int](repeating: -1, count: horizon.openIntervals), count: scenario.pools.count)
    var seenOnLine = result
    var columns: [String: Int] = [:]
    var header: [Cell] = []
    var lineNumber = 0
    func fail(_ message: String, column: Int? = nil) -> StaffingCSVError {
      StaffingCSVError(file: file, line: lineNumber, column: column, message: message)
    }
    // "\r\n" is one Character in Swift; it, "\n" and a lone "\r" (old Mac exports) end a line.
    let lines = text.droppingByteOrderMark().split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
    for line in lines {
      lineNumber += 1
      if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
      let cells: [Cell]
      do { cells = try split(line) } catch { throw fail(error.message, column: error.column) }
      if header.isEmpty {
        header = cells
        for (i, cell) in cells.enumerated() where columns[cell.text] == nil {
          columns[cell.text] = i
        }
        let missing = requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty else {
          throw fail(
            "expected a header naming \(requiredColumns.joined(separator: ", ")), found '"
              + cells.map(\.text).joined(separator: ",") + "' (missing "
              + missing.joined(separator: ", ") + ")", column: 1)
        }
        continue
      }
      guard cells.count == header.count else {
        throw fail("expected \(header.count) cells as in the header, found \(cells.count)")
      }
      let labelCell = cells[columns["interval_start", default: 0]]
      guard let k = intervalIndex[labelCell.text] else {
        let example = horizon.openIntervals > 0 ? horizon.label(ofOpenInterval: 0) : "08:00"
        throw fail(
          "interval_start: expected an open interval of the scenario's horizon such as '"
            + example + "', found '\(labelCell.text)'", column: labelCell.column)
      }
      let poolCell = cells[columns["pool", default: 0]]
      guard let p = poolIndex[poolCell.text] else {
        throw fail(
          "pool: expected one of the scenario's pools ("
            + scenario.pools.map(\.id).joined(separator: ", ") + "), found '\(poolCell.text)'",
          column: poolCell.column)
      }
      let countCell = cells[columns["scheduled_headcount", default: 0]]
      guard let count = Int(countCell.text), count >= 0, count <= Pool.maxHeadcount else {
        throw fail(
          "scheduled_headcount: expected a whole number of agents from 0 to 1,000,000, found '\(countCell.text)'",
          column: countCell.column)
      }
      guard seenOnLine[p][k] < 0 else {
        throw fail(
          "pool '\(poolCell.text)' at \(labelCell.text) is already given on line "
            + "\(seenOnLine[p][k]); expected one row per open interval and pool",
          column: labelCell.column)
      }
      seenOnLine[p][k] = lineNumber
      result[p][k] = count
    }
    guard !header.isEmpty else {
      throw fail(
        "expected a header naming \(requiredColumns.joined(separator: ", ")), found no lines")
    }
    var missing: [String] = []
    for (p, row) in result.enumerated() {
      for (k, value) in row.enumerated() where value < 0 {
        missing.append("pool '\(scenario.pools[p].id)' at \(horizon.label(ofOpenInterval: k))")
      }
    }
    if let first = missing.first {
      let more = missing.count > 1 ? " and \(missing.count - 1) more" : ""
      throw fail(
        "expected one row per open interval and pool (\(horizon.openIntervals) × "
          + "\(scenario.pools.count)), found no row for \(first)\(more)")
    }
    return result
  }

  /// A cell and the 1-based character column where it starts.
  struct Cell {
    var text: String
    var column: Int
  }

  struct SplitError: Error {
    var message: String
    var column: Int
  }

  /// Returns the cells of one CSV line (RFC 4180 quoting), or throws at a stray quote.
  static func split(_ line: Substring) throws(SplitError) -> [Cell] {
    var cells: [Cell] = []
    var current = ""
    var start = 1
    var column = 0
    var quoted = false
    var wasQuoted = false
    var characters = line.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? characters.next() {
      pending = nil
      column += 1
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            current.append("\"")
            column += 1
          } else {
            quoted = false
            pending = next
          }
        } else {
          current.append(character)
        }
      } else if character == "," {
        cells.append(Cell(text: current, column: start))
        current = ""
        wasQuoted = false
        start = column + 1
      } else if character == "\"" && current.isEmpty && !wasQuoted {
        quoted = true
        wasQuoted = true
      } else if character == "\"" || wasQuoted {
        throw SplitError(message: "unexpected character in a quoted cell", column: column)
      } else {
        current.append(character)
      }
    }
    if quoted { throw SplitError(message: "a quoted cell is not closed", column: start) }
    cells.append(Cell(text: current, column: start))
    return cells
  }
}

/// A problem in a staffing CSV file, at a line and (when known) a column.
public struct StaffingCSVError: Error, CustomStringConvertible, Equatable, Sendable {
  /// Returns the file name as given.
  public var file: String
  /// Returns the 1-based line number.
  public var line: Int
  /// Returns the 1-based character column, when the problem is in one cell.
  public var column: Int?
  /// Returns what was expected and what was found.
  public var message: String

  /// Returns `file:line:column: error: message`.
  public var description: String {
    "\(file):\(line):" + (column.map { "\($0):" } ?? "") + " error: \(message)"
  }
}
