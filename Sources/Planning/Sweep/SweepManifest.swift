import ContactCenter
import Foundation

/// What identifies a sweep's output directory (`manifest.json`): the spec and base
/// scenario by SHA-256, the ccplan version, the method, seed and streams, the design's
/// size, the shard, and the columns of every point — enough to resume, to refuse another
/// sweep's files, and to merge shards without the spec.
public struct SweepManifest: Sendable, Equatable {
  /// The ccplan version that wrote it.
  public var version: String
  /// The spec's file name (without directories, so shards run from anywhere agree).
  public var specName: String
  /// The spec's SHA-256, hex.
  public var specSHA256: String
  /// The base scenario's SHA-256, hex.
  public var baseSHA256: String
  /// `simulation`, `erlang-c` or `erlang-a`.
  public var method: String
  /// Replications per point.
  public var replications: Int
  /// The spec's seed.
  public var seed: UInt64
  /// `common` or `independent`.
  public var streams: String
  /// The number of points of the whole sweep.
  public var points: Int
  /// The slice this directory holds.
  public var shard: SweepShard
  /// The parameters' results columns, in order.
  public var parameterColumns: [String]
  /// The metrics' results columns, in order (each also has a `_ci95` column).
  public var metricColumns: [String]

  /// Returns the manifest of `plan`'s shard `shard`, written by ccplan `version`.
  public init(plan: SweepPlan, shard: SweepShard, version: String) {
    self.version = version
    specName = URL(fileURLWithPath: plan.spec.file).lastPathComponent
    specSHA256 = SHA256.hex(of: Data(plan.spec.bytes))
    baseSHA256 = SHA256.hex(of: Data(plan.spec.base.bytes))
    method = plan.spec.method.rawValue
    replications = plan.spec.replications
    seed = plan.spec.seed
    streams = plan.spec.streams.rawValue
    points = plan.pointCount
    self.shard = shard
    parameterColumns = plan.spec.parameters.map(\.columnName)
    metricColumns = plan.spec.metrics.map(\.column)
  }

  /// Returns the differences from `other` other than the shard, as "spec_sha256 a… ≠ b…"
  /// (empty when both describe the same sweep).
  public func differences(from other: SweepManifest) -> [String] {
    var result: [String] = []
    func compare(_ name: String, _ a: String, _ b: String) {
      if a != b { result.append("\(name) \(a) ≠ \(b)") }
    }
    compare("ccplan_version", version, other.version)
    compare("spec_sha256", specSHA256, other.specSHA256)
    compare("base_sha256", baseSHA256, other.baseSHA256)
    compare("method", method, other.method)
    compare("replications", "\(replications)", "\(other.replications)")
    compare("seed", "\(seed)", "\(other.seed)")
    compare("streams", streams, other.streams)
    compare("points", "\(points)", "\(other.points)")
    compare("columns", columns.joined(separator: ","), other.columns.joined(separator: ","))
    return result
  }

  /// Every results column after `point`: parameters, then each metric and its `_ci95`.
  public var columns: [String] {
    parameterColumns + metricColumns.flatMap { [$0, $0 + "_ci95"] }
  }

  /// The `#` provenance line of `results.csv` (the same for every shard of one sweep).
  public var provenance: String {
    "# ccplan \(version); sweep \(specName) sha256 \(specSHA256); base sha256 \(baseSHA256); "
      + "method \(method); \(replications) replications; seed \(seed); \(streams) streams; "
      + "\(points) points"
  }

  /// Returns the manifest as a JSON document, keys in a fixed order.
  public func json() -> String {
    func list(_ items: [String]) -> String {
      "[" + items.map(SweepJSON.quote).joined(separator: ", ") + "]"
    }
    return """
      {
        "ccplan_version": \(SweepJSON.quote(version)),
        "spec": \(SweepJSON.quote(specName)),
        "spec_sha256": \(SweepJSON.quote(specSHA256)),
        "base_sha256": \(SweepJSON.quote(baseSHA256)),
        "method": \(SweepJSON.quote(method)),
        "replications": \(replications),
        "seed": \(seed),
        "streams": \(SweepJSON.quote(streams)),
        "points": \(points),
        "shard": { "index": \(shard.index), "count": \(shard.count) },
        "parameter_columns": \(list(parameterColumns)),
        "metric_columns": \(list(metricColumns))
      }

      """
  }

  /// Returns the manifest in `bytes` (a `manifest.json` named `file`), or throws
  /// `SweepFileError` saying what is missing or malformed.
  public static func parse(_ bytes: [UInt8], file: String) throws(SweepFileError) -> SweepManifest {
    let root: JSONNode
    do {
      root = try JSONReader.parse(bytes)
    } catch {
      throw SweepFileError(file: file, line: error.position.line, message: error.message)
    }
    let fields = SweepJSON.Fields(root, file: file)
    let shard = try fields.object("shard")
    let index = try shard.int("index")
    let count = try shard.int("count")
    guard count >= 1, index >= 0, index < count else {
      throw SweepFileError(file: file, line: nil, message: "shard \(index)/\(count) is not valid")
    }
    var manifest = SweepManifest(
      version: try fields.string("ccplan_version"), specName: try fields.string("spec"),
      specSHA256: try fields.string("spec_sha256"), baseSHA256: try fields.string("base_sha256"),
      method: try fields.string("method"), replications: try fields.int("replications"),
      seed: 0, streams: try fields.string("streams"), points: try fields.int("points"),
      shard: SweepShard(index: index, count: count),
      parameterColumns: try fields.strings("parameter_columns"),
      metricColumns: try fields.strings("metric_columns"))
    manifest.seed = try fields.uint64("seed")
    return manifest
  }

  private init(
    version: String, specName: String, specSHA256: String, baseSHA256: String, method: String,
    replications: Int, seed: UInt64, streams: String, points: Int, shard: SweepShard,
    parameterColumns: [String], metricColumns: [String]
  ) {
    self.version = version
    self.specName = specName
    self.specSHA256 = specSHA256
    self.baseSHA256 = baseSHA256
    self.method = method
    self.replications = replications
    self.seed = seed
    self.streams = streams
    self.points = points
    self.shard = shard
    self.parameterColumns = parameterColumns
    self.metricColumns = metricColumns
  }
}

/// A sweep output file that cannot be used: which file, where, and what is wrong.
public struct SweepFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// The 1-based line, when the problem is on one.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Returns an error about `file`.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// Returns "file:line: error: message".
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)"
  }
}

/// The small JSON writing and reading the sweep files need.
enum SweepJSON {
  /// Returns `text` as a JSON string literal.
  static func quote(_ text: String) -> String { JSONText.quote(text) }

  /// Returns a number as the shortest text that reads back as the same `Double` (whole
  /// numbers without ".0"); nil for a non-finite value.
  static func number(_ value: Double) -> String? { JSONText.number(value) }

  /// The members of a JSON object, read by key with errors naming the file and key.
  struct Fields {
    let members: [String: JSONNode]
    let file: String
    let line: Int

    init(_ node: JSONNode, file: String) {
      self.file = file
      line = node.position.line
      if case .object(let list) = node.content {
        members = Dictionary(list.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
      } else {
        members = [:]
      }
    }

    func node(_ key: String) throws(SweepFileError) -> JSONNode {
      guard let node = members[key] else {
        throw SweepFileError(file: file, line: line, message: "missing key '\(key)'")
      }
      return node
    }

    func fail(_ key: String, _ what: String, _ node: JSONNode) -> SweepFileError {
      SweepFileError(
        file: file, line: node.position.line,
        message: "\(key): expected \(what), found \(node.summary)")
    }

    func string(_ key: String) throws(SweepFileError) -> String {
      let node = try node(key)
      guard case .string(let text) = node.content else { throw fail(key, "a string", node) }
      return text
    }

    func int(_ key: String) throws(SweepFileError) -> Int {
      let node = try node(key)
      guard case .number(let value) = node.content, value.rounded() == value, abs(value) < 1e15
      else { throw fail(key, "a whole number", node) }
      return Int(value)
    }

    func uint64(_ key: String) throws(SweepFileError) -> UInt64 {
      let node = try node(key)
      guard case .number(let value) = node.content, value >= 0, value.rounded() == value else {
        throw fail(key, "a whole number ≥ 0", node)
      }
      return UInt64(value)
    }

    func strings(_ key: String) throws(SweepFileError) -> [String] {
      let node = try node(key)
      guard case .array(let items) = node.content else {
        throw fail(key, "an array of strings", node)
      }
      var result: [String] = []
      for item in items {
        guard case .string(let text) = item.content else {
          throw fail(key, "an array of strings", node)
        }
        result.append(text)
      }
      return result
    }

    func object(_ key: String) throws(SweepFileError) -> Fields {
      let node = try node(key)
      guard case .object = node.content else { throw fail(key, "an object", node) }
      return Fields(node, file: file)
    }
  }
}
