import Foundation

/// An exclusive lock on an output directory: `flock(2)` on the hidden file `.NAME.lock`
/// beside the directory `NAME` (beside, because the directory itself is swapped out).
///
/// A command takes it before its long work starts and holds it until its files are in
/// place; a second run into the same directory fails at once, naming the first one's
/// process id. The kernel releases the lock when the holder exits, even by `kill -9`, so a
/// stale lock file is harmless and stays.
final class DirectoryLock {
  /// The lock file's path.
  let path: String
  private let descriptor: Int32

  /// Locks `directory` (whose parent must exist), called `shown` in messages (default: its
  /// relative path); throws when another process holds it.
  init(_ directory: URL, shown: String? = nil) throws(OutputDirectoryError) {
    let target = directory.standardizedFileURL
    path =
      target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).lock").path
    let shown = shown ?? directory.relativePath
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw OutputDirectoryError(
        path: shown,
        reason: "cannot create the lock file '\(path)': \(String(cString: strerror(errno))) "
          + "(the directory's parent must be writable)")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      let holder = Self.holder(descriptor)
      close(descriptor)
      guard code == EWOULDBLOCK else {
        throw OutputDirectoryError(
          path: shown, reason: "cannot lock '\(path)': \(String(cString: strerror(code)))")
      }
      throw OutputDirectoryError(
        path: shown,
        reason: "another ccplan run\(holder.map { " (process \($0))" } ?? "") is writing to it; "
          + "wait for it to finish or give another --out")
    }
    let pid = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
  }

  deinit { close(descriptor) }

  /// Releases the lock (also done when the lock is freed).
  func release() {
    _ = flock(descriptor, LOCK_UN)
  }

  /// Returns the process id the holder wrote into the lock file, if readable.
  private static func holder(_ descriptor: Int32) -> Int? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
