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

  /// Creates `directory` if needed and checks that files can be made in it, before any long
  /// work starts; throws an error naming the directory and what is wrong.
  static func prepare(_ directory: URL) throws {
    let path = directory.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw OutputDirectoryError(
          path: path, reason: "it is a file, not a directory (give --out a directory)")
      }
    } else {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      } catch {
        throw OutputDirectoryError(
          path: path, reason: "it cannot be created (check the path and permissions)")
      }
    }
    guard FileManager.default.isWritableFile(atPath: path) else {
      throw OutputDirectoryError(path: path, reason: "it is not writable")
    }
  }

  /// Writes every file (name, text) into `directory`, each atomically, then says so on
  /// standard error in the one form every command uses: `Wrote a, b, c`.
  static func write(_ files: [(String, String)], to directory: URL, io: any CommandIO) throws {
    let paths = try write(files, to: directory)
    io.writeErrorLine("Wrote \(paths.joined(separator: ", "))")
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

/// An output directory that cannot take the result files.
struct OutputDirectoryError: Error, CustomStringConvertible {
  /// The directory.
  let path: String
  /// What is wrong with it.
  let reason: String

  var description: String { "cannot write results to '\(path)': \(reason)" }
}
