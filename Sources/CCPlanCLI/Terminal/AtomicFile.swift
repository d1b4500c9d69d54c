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
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw AtomicFileError(path: target.path, reason: "cannot create a temporary file", errno)
    }
    var renamed = false
    defer {
      if !renamed { unlink(temporary.path) }
    }
    if let code = writeAll(data, to: descriptor) {
      close(descriptor)
      throw AtomicFileError(path: target.path, reason: "cannot write", code)
    }
    var existing = stat()
    if stat(target.path, &existing) == 0 && (existing.st_mode & S_IFMT) == S_IFREG {
      _ = fchmod(descriptor, existing.st_mode & 0o7777)
    }
    _ = fsync(descriptor)
    guard close(descriptor) == 0 else {
      throw AtomicFileError(path: target.path, reason: "cannot write", errno)
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
    syncDirectory(directory)
  }

  /// Writes every byte of `data` to `descriptor`, retrying after interruptions; returns the
  /// `errno` of a failure, nil on success.
  private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
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

  /// Flushes the directory entry of the rename, so it survives a crash (best effort).
  private static func syncDirectory(_ directory: URL) {
    let descriptor = open(directory.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
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

/// The POSIX `write(2)`, named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
