import Foundation

/// Reads an input file whole: a regular file, or a pipe, `/dev/stdin` or a process
/// substitution (`<(…)`), which `FileManager.contents(atPath:)` cannot read.
public enum FileContents {
  /// Returns the bytes at `path`, or nil with the reason a planner reads ("no such file",
  /// "it is a directory, not a file", "permission denied").
  public static func read(atPath path: String) -> (data: Data?, reason: String) {
    if let data = FileManager.default.contents(atPath: path) { return (data, "") }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return (nil, "no such file")
    }
    if isDirectory.boolValue { return (nil, "it is a directory, not a file") }
    // Not readable as a regular file: a pipe or a character device reads to its end.
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return (nil, "permission denied")
    }
    defer { try? handle.close() }
    do {
      return (try handle.readToEnd() ?? Data(), "")
    } catch {
      return (nil, "reading it failed (\(error.localizedDescription))")
    }
  }
}
