import Foundation

/// Small POSIX helpers for the result-set writer: types, listings, flushed writes and the
/// atomic directory exchange.
enum FileSystem {
  /// Returns the file type bits (`S_IFDIR`, `S_IFREG`, …) of `path` itself (a symbolic link
  /// is not followed), nil when nothing is there.
  static func type(_ path: String) -> mode_t? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT
  }

  /// Whether anything (even a dangling symbolic link) is at `path`.
  static func exists(_ path: String) -> Bool { type(path) != nil }

  /// Returns the permission bits of `path`, nil when nothing is there.
  static func mode(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & 0o7777
  }

  /// Returns the device holding `path` (a mount point's differs from its parent's).
  static func device(_ path: String) -> UInt64? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return UInt64(status.st_dev)
  }

  /// Returns `path` absolute with every symbolic link resolved, nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Returns the names in the directory at `path` (hidden ones too), none when unreadable.
  static func entries(_ path: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
  }

  /// Whether `name` is the per-file temporary `AtomicFile` writes for one of `names`
  /// (`.summary.json.1A2B3C4D.tmp`).
  static func isFileTemporary(_ name: String, of names: Set<String>) -> Bool {
    name.hasPrefix(".") && name.hasSuffix(".tmp")
      && names.contains { name.hasPrefix("." + $0 + ".") }
  }

  /// Removes `path` and everything under it, if it exists.
  static func removeTree(_ path: String) {
    guard exists(path) else { return }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Creates the file `path` (which must not exist) with `data`, flushed to disk; returns the
  /// `errno` of a failure, nil on success.
  static func writeFile(_ data: Data, to path: String, mode: mode_t) -> Int32? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return errno }
    _ = fchmod(descriptor, mode)
    let failure = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure {
      close(descriptor)
      return failure
    }
    guard fsync(descriptor) == 0 || errno == EINVAL else {
      let code = errno
      close(descriptor)
      return code
    }
    return close(descriptor) == 0 ? nil : errno
  }

  /// Flushes the directory `path`'s entries to disk (best effort).
  static func sync(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// The C signature of Linux's `renameat2(2)`.
  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// Exchanges the entries at `a` and `b` in one step (`renameat2` with `RENAME_EXCHANGE`);
  /// returns false with `errno` set when it could not (`ENOSYS` where it does not exist,
  /// `EINVAL` on a file system without it).
  static func exchange(_ a: String, _ b: String) -> Bool {
    let renameExchange: UInt32 = 2
    guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "renameat2") else {
      errno = ENOSYS
      return false
    }
    let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
  }
}
