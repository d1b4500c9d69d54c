import Foundation

/// Where a command writes its result files, and how: each file atomically, so a failed run
/// never leaves a partial file in place of a good one.
enum OutputDirectory {
  /// Returns `--out` when given, else `results/runs/<scenario name>/<command>/`.
  static func resolve(_ option: String?, scenario: String, command: String) -> URL {
    if let option { return URL(fileURLWithPath: option, isDirectory: true) }
    return URL(fileURLWithPath: "results/runs", isDirectory: true)
      .appendingPathComponent(scenario, isDirectory: true)
      .appendingPathComponent(command, isDirectory: true)
  }

  /// Writes every file (name, text) into `directory`, each atomically; returns their paths.
  static func write(_ files: [(String, String)], to directory: URL) throws -> [String] {
    var paths: [String] = []
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      try AtomicFile.write(Data(text.utf8), to: url)
      paths.append(url.relativePath)
    }
    return paths
  }
}
