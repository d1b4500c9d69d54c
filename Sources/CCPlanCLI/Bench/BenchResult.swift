import ContactCenter
import Reports

/// One benchmark case's measurements.
struct BenchResult: Sendable {
  /// Case name: mmc, tiers, multichannel, replications, erlang, memory-small, memory-large.
  var name: String
  /// Simulated contacts (arrivals, warm-up and wrap-up included), 0 for non-simulation cases.
  var contacts: Int
  /// Wall time of the measured work, seconds.
  var wallSeconds: Double
  /// Peak resident memory of the whole process, bytes.
  var peakRSSBytes: Int
  /// Worker threads used.
  var threads: Int
  /// CPU seconds of the measured work (all threads), 0 when not measured.
  var cpuSeconds = 0.0
  /// Cores used on average by other processes while the case ran (nil: not measured).
  var otherCores: Double?
  /// Extra figures of the case, in order (speedup, solves per second, ...).
  var extra: [(String, JSONValue)] = []

  /// Returns simulated contacts per second of wall time.
  var contactsPerSecond: Double { wallSeconds > 0 ? Double(contacts) / wallSeconds : 0 }

  /// Returns simulated contacts per CPU second of the measured work (0 when not measured).
  var cpuRate: Double { cpuSeconds > 0 ? Double(contacts) / cpuSeconds : 0 }

  /// Returns the result as one JSON object.
  var json: JSONValue {
    .object(
      [
        ("name", .string(name)), ("contacts", .integer(contacts)),
        ("contacts_per_second", .number(contactsPerSecond.rounded())),
        ("wall_seconds", .number((wallSeconds * 1e6).rounded() / 1e6)),
        ("peak_rss_bytes", .integer(peakRSSBytes)), ("threads", .integer(threads)),
        ("cpu_seconds", .number((cpuSeconds * 1e6).rounded() / 1e6)),
        ("other_cores", otherCores.map { .number(($0 * 100).rounded() / 100) } ?? .null),
      ] + extra)
  }

  /// Reads the first result from the JSON array a child process printed.
  init?(childOutput text: String) {
    guard let node = try? JSONReader.parse(text), case .array(let items) = node.content,
      let first = items.first,
      case .object(let members) = first.content
    else { return nil }
    func value(_ node: JSONNode) -> JSONValue {
      switch node.content {
      case .number(let number): return .number(number)
      case .string(let string): return .string(string)
      case .bool(let bool): return .bool(bool)
      default: return .null
      }
    }
    var fields: [String: JSONNode.Content] = [:]
    var extra: [(String, JSONValue)] = []
    let standard: Set = [
      "name", "contacts", "contacts_per_second", "wall_seconds", "peak_rss_bytes", "threads",
      "cpu_seconds", "other_cores",
    ]
    for member in members {
      fields[member.key] = member.value.content
      if !standard.contains(member.key) { extra.append((member.key, value(member.value))) }
    }
    guard case .string(let name) = fields["name"], case .number(let contacts) = fields["contacts"],
      case .number(let wall) = fields["wall_seconds"],
      case .number(let rss) = fields["peak_rss_bytes"],
      case .number(let threads) = fields["threads"]
    else { return nil }
    self.init(
      name: name, contacts: Int(contacts), wallSeconds: wall, peakRSSBytes: Int(rss),
      threads: Int(threads),
      extra: extra)
    if case .number(let cpu) = fields["cpu_seconds"] { cpuSeconds = cpu }
    if case .number(let others) = fields["other_cores"] { otherCores = others }
  }

  /// Creates a result.
  init(
    name: String, contacts: Int, wallSeconds: Double, peakRSSBytes: Int, threads: Int,
    extra: [(String, JSONValue)] = []
  ) {
    self.name = name
    self.contacts = contacts
    self.wallSeconds = wallSeconds
    self.peakRSSBytes = peakRSSBytes
    self.threads = threads
    self.extra = extra
  }
}

/// Reads the numbers of a one-line JSON object (the reference loop's output).
enum JSONNumbers {
  /// Returns the numeric members of the JSON object in `text`, or nil when it is not one.
  static func of(_ text: String) -> [String: Double]? {
    guard let node = try? JSONReader.parse(text), case .object(let members) = node.content else {
      return nil
    }
    var numbers: [String: Double] = [:]
    for member in members {
      if case .number(let value) = member.value.content { numbers[member.key] = value }
    }
    return numbers
  }
}
