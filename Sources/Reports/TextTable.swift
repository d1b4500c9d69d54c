/// A plain-text table for the terminal: a header row, a rule of dashes, then the rows, with
/// columns two spaces apart, numbers right-aligned and text left-aligned.
///
///     var table = TextTable(columns: [.init("channel"), .init("offered"), .init("SL")])
///     table.append(["voice", "12,000", "80.1%"])
///     let text = table.render()
///     // channel  offered     SL
///     // -------  -------  -----
///     // voice     12,000  80.1%
public struct TextTable: Sendable, Equatable {
  /// How the cells of a column line up.
  public enum Alignment: Sendable, Equatable {
    /// Right when every filled cell of the column is a number, otherwise left.
    case automatic
    /// Text starts at the column's left edge.
    case left
    /// Text ends at the column's right edge.
    case right
  }

  /// A column: its header and alignment.
  public struct Column: Sendable, Equatable {
    /// The header text.
    public var title: String
    /// How the header and cells line up.
    public var alignment: Alignment

    /// A column titled `title`, aligned automatically unless told.
    public init(_ title: String, alignment: Alignment = .automatic) {
      self.title = title
      self.alignment = alignment
    }
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows added so far, each with one cell per column.
  public private(set) var rows: [[String]] = []

  /// An empty table with these columns.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Adds a row; missing cells are blank, extra cells are a programming error.
  public mutating func append(_ row: [String]) {
    precondition(row.count <= columns.count, "a row has more cells than the table has columns")
    rows.append(row + Array(repeating: "", count: columns.count - row.count))
  }

  /// The table as lines ending in newlines, with no trailing spaces.
  public func render() -> String {
    let widths = columns.indices.map { index in
      rows.reduce(columns[index].title.count) { max($0, $1[index].count) }
    }
    let rightAligned = columns.indices.map { index in
      switch columns[index].alignment {
      case .left: return false
      case .right: return true
      case .automatic:
        let filled = rows.map { $0[index] }.filter { !Self.isPlaceholder($0) }
        return !filled.isEmpty && filled.allSatisfy(Self.looksNumeric)
      }
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        if index > 0 { text += "  " }
        text += rightAligned[index] ? padding + cell : cell + padding
      }
      while text.hasSuffix(" ") { text.removeLast() }
      return text + "\n"
    }
    var output = line(columns.map(\.title))
    output += line(widths.map { String(repeating: "-", count: $0) })
    for row in rows {
      output += line(row)
    }
    return output
  }

  /// Whether `cell` stands for a missing value (blank, `-`, `—`, `n/a`), which does not
  /// decide a column's alignment.
  static func isPlaceholder(_ cell: String) -> Bool {
    ["", "-", "—", "n/a"].contains(cell.trimmingSpaces)
  }

  /// Whether `cell` reads as a number: an optional sign, then a digit or a decimal point,
  /// then digits, separators, an exponent, `%` or a `±` interval (`-1,234.5`, `80.1%`,
  /// `0.81 ± 0.02`).
  static func looksNumeric(_ cell: String) -> Bool {
    var body = Substring(cell.trimmingSpaces)
    if let first = body.first, "+-−".contains(first) { body = body.dropFirst() }
    guard let first = body.first, first.isASCII, first.isNumber || first == "." else {
      return false
    }
    return body.allSatisfy { $0.isASCII && $0.isNumber || ".,_eE%+-−± ".contains($0) }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
