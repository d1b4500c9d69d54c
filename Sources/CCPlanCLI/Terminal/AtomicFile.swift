import Foundation

/// Writes files so that a reader sees either the old content or the whole new content, never
/// a part: no partial result overwrites a good one (DESIGN.md, "Bad input gets a clear error").
public enum AtomicFile {
  /// Writes `data` to `url`: creates the parent directories, writes a temporary file in the
  /// same directory, flushes it to disk (best effort), then renames it over the target.
  /// On failure the temporary file is removed and an existing target is left as it was.
  /// An existing file keeps its permissions.
  public static func write(_ data: Data, to url: URL) throws(AtomicFileError) {
    try write(data, to: url, beforeRename: {})
  }

  /// `write(_:to:)` with a hook run between writing the temporary file and renaming it,
  /// so tests can make that step fail. Runs as an `Interruption.critical` section, so Ctrl-C
  /// waits for the temporary to be renamed or removed.
  static func write(
    _ data: Data, to url: URL, beforeRename: () throws -> Void
  ) throws(AtomicFileError) {
    try Interruption.critical { () throws(AtomicFileError) in
      try uninterruptedWrite(data, to: url, beforeRename: beforeRename)
    }
  }

  /// The body of `write(_:to:beforeRename:)`.
  private static func uninterruptedWrite(
    _ data: Data, to url: URL, beforeRename: () throws -> Void
  ) throws(AtomicFileError) {
    let target = url.standardizedFileURL
    let directory = target.deletingLastPathComponent()
    if let (path, code) = createDirectories(directory.path) {
      throw AtomicFileError(path: target.path, reason: "cannot create directory '\(path)'", code)
    }

    let temporary = directory.appendingPathComponent(
      ".\(target.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
    var renamed = false
    defer {
      if !renamed { unlink(temporary.path) }
    }
    let mode = FileSystem.type(target.path) == S_IFREG ? FileSystem.mode(target.path) : nil
    if let code = FileSystem.writeFile(data, to: temporary.path, mode: mode ?? 0o644) {
      throw AtomicFileError(path: target.path, reason: "cannot write", code)
    }
    do {
      try beforeRename()
    } catch {
      throw AtomicFileError(path: target.path, reason: "interrupted: \(error)")
    }
    guard rename(temporary.path, target.path) == 0 else {
      throw AtomicFileError(path: target.path, reason: "cannot replace it", errno)
    }
    renamed = true
    FileSystem.sync(directory.path)
  }

  /// Creates the directory at `path` and any missing parents; returns the path that could not
  /// be created and the `errno`, or nil on success.
  private static func createDirectories(_ path: String) -> (String, Int32)? {
    var status = stat()
    if stat(path, &status) == 0 {
      return (status.st_mode & S_IFMT) == S_IFDIR ? nil : (path, ENOTDIR)
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path, let failure = createDirectories(parent) {
      return failure
    }
    if mkdir(path, 0o777) == 0 || errno == EEXIST { return nil }
    return (path, errno)
  }

}

/// A file that could not be written; the message names the file and the reason.
public struct AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path of the file that was to be written.
  public let path: String
  /// What went wrong, including the system's explanation when there is one.
  public let reason: String

  /// An error about `path`, with the system's message for `code` appended when given.
  init(path: String, reason: String, _ code: Int32? = nil) {
    self.path = path
    if let code {
      self.reason = reason + ": " + String(cString: strerror(code))
    } else {
      self.reason = reason
    }
  }

  /// "cannot write 'results/x.csv': cannot replace it: Is a directory"
  public var description: String { "cannot write '\(path)': \(reason)" }
}
