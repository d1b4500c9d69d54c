import Foundation

/// Where a command writes its result files (`ResultSet` writes them as one set) and the checks
/// made before the long work starts.
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

  /// Removes the per-file temporaries (`.results.csv.1A2B3C4D.tmp`) a killed run left in
  /// `directory` next to the files `names`; call it holding the directory's lock.
  static func removeFileTemporaries(in directory: URL, of names: Set<String>) {
    for name in FileSystem.entries(directory.path)
    where FileSystem.isFileTemporary(name, of: names) {
      unlink(directory.appendingPathComponent(name).path)
    }
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
