import ContactCenter
import Simulation

/// `points.jsonl`: one JSON line per finished point, appended as each finishes:
///
///     {"point":7,"parameters":{"voice_handle_time_mean_seconds":330},
///      "metrics":{"voice_service_level":{"mean":0.81,"ci95":0.012}}}
///
/// (on one line). Numbers are written in the shortest form that reads back as the same
/// `Double`, so a results table rendered from the file is the same whether the points
/// were computed in one run, resumed, or merged from shards.
public enum SweepPointsFile {
  /// Returns the line (with its newline) recording `result` under `manifest`'s columns.
  public static func line(_ result: SweepPointResult, manifest: SweepManifest) -> String {
    func number(_ value: Double?) -> String { value.flatMap(SweepJSON.number) ?? "null" }
    let parameters = zip(manifest.parameterColumns, result.parameters).map {
      "\(SweepJSON.quote($0)):\(number($1))"
    }
    let metrics = zip(manifest.metricColumns, result.metrics).map { column, estimate in
      let value = estimate.map { "{\"mean\":\(number($0.mean)),\"ci95\":\(number($0.ci95))}" }
      return "\(SweepJSON.quote(column)):\(value ?? "null")"
    }
    return "{\"point\":\(result.point),\"parameters\":{\(parameters.joined(separator: ","))},"
      + "\"metrics\":{\(metrics.joined(separator: ","))}}\n"
  }

  /// The points read from a file and how much of it is sound.
  public struct Contents: Sendable, Equatable {
    /// The points, in file order.
    public var results: [SweepPointResult]
    /// The length in bytes of the complete lines; a half-written last line (cut by a kill)
    /// lies beyond it and is to be cut off before appending.
    public var soundByteCount: Int
    /// Whether a half-written last line was found (and ignored).
    public var hadPartialLine: Bool
  }

  /// Returns the points in `bytes` (a `points.jsonl` named `file` written under
  /// `manifest`), ignoring a last line without its newline; throws `SweepFileError` naming
  /// the line when a complete line is malformed, has other columns, belongs to another
  /// shard or repeats a point.
  public static func parse(_ bytes: [UInt8], manifest: SweepManifest, file: String)
    throws(SweepFileError) -> Contents
  {
    var results: [SweepPointResult] = []
    var seen = Set<Int>()
    var start = 0
    var lineNumber = 0
    while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      lineNumber += 1
      let result = try parseLine(
        Array(bytes[start..<end]), manifest: manifest, file: file, line: lineNumber)
      guard manifest.shard.contains(result.point), result.point < manifest.points else {
        throw SweepFileError(
          file: file, line: lineNumber,
          message:
            "point \(result.point) is not in shard \(manifest.shard) of \(manifest.points) points")
      }
      guard seen.insert(result.point).inserted else {
        throw SweepFileError(
          file: file, line: lineNumber, message: "point \(result.point) is recorded twice")
      }
      results.append(result)
      start = end + 1
    }
    return Contents(results: results, soundByteCount: start, hadPartialLine: start < bytes.count)
  }

  private static func parseLine(
    _ bytes: [UInt8], manifest: SweepManifest, file: String, line: Int
  ) throws(SweepFileError) -> SweepPointResult {
    let root: JSONNode
    do {
      root = try JSONReader.parse(bytes)
    } catch {
      throw SweepFileError(file: file, line: line, message: "not a JSON line: \(error.message)")
    }
    let fields = SweepJSON.Fields(root, file: file)
    let point = try fields.int("point")
    let parameters = try fields.object("parameters")
    let metrics = try fields.object("metrics")
    let expected = Set(manifest.parameterColumns)
    guard Set(parameters.members.keys) == expected,
      Set(metrics.members.keys) == Set(manifest.metricColumns)
    else {
      throw SweepFileError(
        file: file, line: line, message: "the point's columns differ from manifest.json's")
    }
    var values: [Double] = []
    for column in manifest.parameterColumns {
      let node = try parameters.node(column)
      guard case .number(let value) = node.content else {
        throw parameters.fail(column, "a number", node)
      }
      values.append(value)
    }
    var estimates: [Estimate?] = []
    for column in manifest.metricColumns {
      let node = try metrics.node(column)
      if case .null = node.content {
        estimates.append(nil)
        continue
      }
      let estimate = SweepJSON.Fields(node, file: file)
      let mean = try estimate.node("mean")
      let ci95 = try estimate.node("ci95")
      guard case .number(let m) = mean.content else {
        throw estimate.fail("mean", "a number", mean)
      }
      var half: Double?
      if case .number(let h) = ci95.content { half = h }
      estimates.append(Estimate(mean: m, ci95: half))
    }
    return SweepPointResult(point: point, parameters: values, metrics: estimates)
  }
}

/// `results.csv`: a `#` provenance line, a header `point, <parameters>, <metric>,
/// <metric>_ci95, ...` with units in the names, and one row per point in point order.
public enum SweepResultsCSV {
  /// Returns the table of `results` (in any order; rows are sorted by point).
  public static func render(_ results: [SweepPointResult], manifest: SweepManifest) -> String {
    var text = manifest.provenance + "\n"
    text += (["point"] + manifest.columns).joined(separator: ",") + "\n"
    func cell(_ value: Double?) -> String { value.flatMap(SweepJSON.number) ?? "" }
    for result in results.sorted(by: { $0.point < $1.point }) {
      var row = [String(result.point)] + result.parameters.map { cell($0) }
      for estimate in result.metrics { row += [cell(estimate?.mean), cell(estimate?.ci95)] }
      text += row.joined(separator: ",") + "\n"
    }
    return text
  }
}

/// Combines the output of a sweep's shards into the whole sweep.
public enum SweepMerge {
  /// One shard's output directory, read.
  public struct Shard: Sendable {
    /// The directory, as the user named it.
    public var directory: String
    /// Its manifest.
    public var manifest: SweepManifest
    /// Its points.
    public var results: [SweepPointResult]

    /// Returns a shard read from `directory`.
    public init(directory: String, manifest: SweepManifest, results: [SweepPointResult]) {
      self.directory = directory
      self.manifest = manifest
      self.results = results
    }
  }

  /// Returns the whole sweep's manifest (shard 0/1) and every point in point order, or
  /// throws `SweepMergeError` when a shard is from another sweep, or points are missing or
  /// recorded twice (naming them).
  public static func merge(_ shards: [Shard]) throws(SweepMergeError) -> (
    manifest: SweepManifest, results: [SweepPointResult]
  ) {
    guard let first = shards.first else { throw .noShards }
    for shard in shards.dropFirst() {
      let differences = shard.manifest.differences(from: first.manifest)
      if !differences.isEmpty {
        throw .otherSweep(
          directory: shard.directory, reference: first.directory, differences: differences)
      }
    }
    var owner = [String?](repeating: nil, count: first.manifest.points)
    var duplicated: [Int] = []
    var results: [SweepPointResult] = []
    for shard in shards {
      for result in shard.results {
        if owner[result.point] != nil {
          duplicated.append(result.point)
        } else {
          owner[result.point] = shard.directory
          results.append(result)
        }
      }
    }
    let missing = owner.indices.filter { owner[$0] == nil }
    if !duplicated.isEmpty || !missing.isEmpty {
      throw .incomplete(missing: missing, duplicated: duplicated.sorted())
    }
    var manifest = first.manifest
    manifest.shard = .whole
    return (manifest, results.sorted { $0.point < $1.point })
  }
}

/// Why shards cannot be merged.
public enum SweepMergeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No directory was given.
  case noShards
  /// A shard's manifest describes another sweep (spec, version, method, columns).
  case otherSweep(directory: String, reference: String, differences: [String])
  /// Points no shard has, or that two shards (or one twice) have.
  case incomplete(missing: [Int], duplicated: [Int])

  /// Returns the message, naming the points (runs as "3-7").
  public var description: String {
    switch self {
    case .noShards: return "no shard directories to merge"
    case .otherSweep(let directory, let reference, let differences):
      return "\(directory) is from another sweep than \(reference): "
        + differences.joined(separator: "; ")
    case .incomplete(let missing, let duplicated):
      var parts: [String] = []
      if !missing.isEmpty {
        parts.append(
          "\(missing.count) point\(missing.count == 1 ? " is" : "s are") missing: "
            + Self.ranges(missing) + " (run the shards that hold them, or --resume them)")
      }
      if !duplicated.isEmpty {
        parts.append(
          "\(duplicated.count) point\(duplicated.count == 1 ? " is" : "s are") recorded twice: "
            + Self.ranges(duplicated)
            + " (a shard directory given twice, or shards of another --shard split)")
      }
      return parts.joined(separator: "; ")
    }
  }

  /// Returns sorted indices as "0, 4-7, 12", at most 20 runs.
  static func ranges(_ points: [Int]) -> String {
    var runs: [String] = []
    var i = 0
    while i < points.count {
      var j = i
      while j + 1 < points.count, points[j + 1] == points[j] + 1 { j += 1 }
      runs.append(i == j ? "\(points[i])" : "\(points[i])-\(points[j])")
      i = j + 1
    }
    if runs.count > 20 { return runs.prefix(20).joined(separator: ", ") + ", …" }
    return runs.joined(separator: ", ")
  }
}
