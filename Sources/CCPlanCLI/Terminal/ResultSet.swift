import Foundation

/// A command's result files, written as one set: a reader of the output directory sees the
/// previous complete set or the new complete set, never a mix and never a part.
///
/// `init` runs before the long work: it checks the directory, takes its `DirectoryLock` and
/// clears what a killed run left beside it. `commit` writes every file into the hidden
/// directory `.NAME.tmp-PID` beside `NAME` and flushes them, gives it whatever else the old
/// directory holds (files as hard links, other entries moved), and exchanges the two
/// directories in one `renameat2(RENAME_EXCHANGE)`; then it removes the old set. Where the
/// file system cannot exchange, the old directory is renamed to `.NAME.old-PID` and the new
/// one into its place: for that moment there is no directory, never a mixed one. The swap
/// runs as an `Interruption.critical` section, so Ctrl-C waits for it (milliseconds).
final class ResultSet {
  /// The directory as the user named it (for messages).
  let directory: URL
  /// The names this command writes; other entries of the directory are the user's.
  let names: Set<String>
  private let lock: DirectoryLock
  /// Absolute paths of the directory (symbolic links resolved) and of its parent.
  private let target: String
  private let parent: String

  /// Prepares `directory` for a set of files named `names`: creates its parent, checks that
  /// the directory can be replaced, locks it and removes (or restores from) the temporaries
  /// of a killed run. Throws an error naming the directory and what to do.
  init(_ directory: URL, owns names: [String]) throws(OutputDirectoryError) {
    self.directory = directory
    self.names = Set(names)
    let shown = directory.relativePath
    var path = directory.standardizedFileURL.path
    if FileSystem.exists(path) { path = FileSystem.realPath(path) ?? path }
    target = path
    parent = (path as NSString).deletingLastPathComponent
    if path == "/" || parent.isEmpty {
      throw OutputDirectoryError(path: shown, reason: "give --out a directory of its own")
    }
    if let type = FileSystem.type(path), type != S_IFDIR {
      throw OutputDirectoryError(
        path: shown, reason: "it is a file, not a directory (give --out a directory)")
    }
    if let cwd = FileSystem.realPath(FileManager.default.currentDirectoryPath),
      cwd == path || cwd.hasPrefix(path + "/")
    {
      throw OutputDirectoryError(
        path: shown,
        reason: "it is (or holds) the current directory; ccplan replaces the output directory "
          + "as a whole, so give --out a directory of its own, such as results/run1")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw OutputDirectoryError(
        path: shown, reason: "its parent cannot be created (check the path and permissions)")
    }
    if FileSystem.exists(path), FileSystem.device(path) != FileSystem.device(parent) {
      throw OutputDirectoryError(
        path: shown, reason: "it is a mount point, which cannot be replaced; give a directory in it"
      )
    }
    guard access(parent, W_OK) == 0 else {
      throw OutputDirectoryError(
        path: shown,
        reason: "its parent '\(parent)' is not writable (ccplan writes the new set beside "
          + "the directory, then swaps it in)")
    }
    // The resolved path, so a run through a symbolic link meets the same lock.
    lock = try DirectoryLock(URL(fileURLWithPath: path), shown: shown)
    Interruption.critical { clearStaleTemporaries() }
  }

  /// The hidden name of this process's new set, or of the old set being removed.
  private func temporary(_ kind: String) -> String {
    parent + "/." + (target as NSString).lastPathComponent + ".\(kind)-\(getpid())"
  }

  /// Writes `files` (name, text) as the directory's new set and says so on standard error:
  /// `Wrote a, b, c`.
  func commit(_ files: [(String, String)], io: any CommandIO) throws(OutputDirectoryError) {
    let paths = try commit(files)
    io.writeErrorLine("Wrote \(paths.joined(separator: ", "))")
  }

  /// Writes `files` (name, text) as the directory's new set; returns their paths. On
  /// failure the directory is as it was and no temporary is left.
  func commit(_ files: [(String, String)]) throws(OutputDirectoryError) -> [String] {
    try commit(files, afterEachFile: { _ throws(OutputDirectoryError) in })
  }

  /// `commit(_:)` with a hook run after each file is written into the new set, so tests can
  /// make the write fail part-way.
  func commit(
    _ files: [(String, String)],
    afterEachFile: (String) throws(OutputDirectoryError) -> Void
  ) throws(OutputDirectoryError) -> [String] {
    precondition(files.allSatisfy { names.contains($0.0) }, "a file the set does not own")
    let fresh = temporary("tmp")
    try Interruption.critical { () throws(OutputDirectoryError) in
      FileSystem.removeTree(fresh)
      do throws(OutputDirectoryError) {
        try write(files, into: fresh, afterEachFile: afterEachFile)
        try swap(fresh)
      } catch {
        FileSystem.removeTree(fresh)
        throw error
      }
    }
    lock.release()
    return files.map { directory.appendingPathComponent($0.0).relativePath }
  }

  /// Creates `fresh` with the old directory's permissions and writes every file into it,
  /// flushed to disk.
  private func write(
    _ files: [(String, String)], into fresh: String,
    afterEachFile: (String) throws(OutputDirectoryError) -> Void
  ) throws(OutputDirectoryError) {
    let mode = FileSystem.mode(target) ?? 0o777
    guard mkdir(fresh, mode) == 0 else { throw failure("cannot create '\(fresh)'", errno) }
    if FileSystem.exists(target) { _ = chmod(fresh, mode) }
    for (name, text) in files {
      let mode = FileSystem.mode(target + "/" + name) ?? 0o644
      if let code = FileSystem.writeFile(Data(text.utf8), to: fresh + "/" + name, mode: mode) {
        throw failure("cannot write \(name)", code)
      }
      try afterEachFile(name)
    }
    FileSystem.sync(fresh)
  }

  /// Puts `fresh` in the directory's place, carrying over the entries it does not own.
  private func swap(_ fresh: String) throws(OutputDirectoryError) {
    guard FileSystem.exists(target) else {
      guard rename(fresh, target) == 0 else { throw failure("cannot rename it into place", errno) }
      FileSystem.sync(parent)
      return
    }
    var moved: [String] = []
    for name in foreignEntries(of: target) {
      let from = target + "/" + name
      let to = fresh + "/" + name
      if FileSystem.type(from) == S_IFREG, link(from, to) == 0 { continue }
      guard rename(from, to) == 0 else {
        let code = errno
        undo(moved, from: fresh)
        throw failure("cannot carry '\(name)' over to the new set", code)
      }
      moved.append(name)
    }
    let old: String
    if FileSystem.exchange(fresh, target) {
      old = fresh
    } else {
      old = temporary("old")
      let code = errno
      guard [EINVAL, ENOSYS, EOPNOTSUPP].contains(code) else {
        undo(moved, from: fresh)
        throw failure("cannot swap the new set in", code)
      }
      guard rename(target, old) == 0 else {
        let code = errno
        undo(moved, from: fresh)
        throw failure("cannot move the old set aside", code)
      }
      guard rename(fresh, target) == 0 else {
        let code = errno
        _ = rename(old, target)
        undo(moved, from: fresh)
        throw failure("cannot rename the new set into place", code)
      }
    }
    restoreForeign(from: old)
    FileSystem.removeTree(old)
    FileSystem.sync(parent)
  }

  /// Moves the entries named `moved` back from `fresh` into the directory.
  private func undo(_ moved: [String], from fresh: String) {
    for name in moved { _ = rename(fresh + "/" + name, target + "/" + name) }
  }

  /// Moves into the directory the entries of `other` it does not own and does not hold
  /// (a user's file that was only there, or created during the swap).
  private func restoreForeign(from other: String) {
    guard FileSystem.exists(target) else { return }
    for name in foreignEntries(of: other) where !FileSystem.exists(target + "/" + name) {
      _ = rename(other + "/" + name, target + "/" + name)
    }
  }

  /// The entries of `path` that are not this set's files nor temporaries of its files.
  private func foreignEntries(of path: String) -> [String] {
    FileSystem.entries(path).filter { name in
      !names.contains(name) && !isFileTemporary(name)
    }
  }

  /// Whether `name` is a per-file temporary of an owned file.
  private func isFileTemporary(_ name: String) -> Bool {
    FileSystem.isFileTemporary(name, of: names)
  }

  /// Removes `.NAME.tmp-PID` and `.NAME.old-PID` beside the directory (left by a killed run;
  /// the lock proves no live run owns them), first giving back the user's entries they
  /// hold, and renaming an old set back into place if the kill came between the two renames.
  private func clearStaleTemporaries() {
    let base = "." + (target as NSString).lastPathComponent + "."
    let stale = FileSystem.entries(parent).filter { name in
      ["old-", "tmp-"].contains { kind in
        name.hasPrefix(base + kind) && !name.dropFirst(base.count + kind.count).isEmpty
          && name.dropFirst(base.count + kind.count).allSatisfy(\.isNumber)
      }
    }
    // Old sets first: one may have to go back in place before the new ones are emptied.
    for name in stale.sorted(by: { $0.contains(".old-") && !$1.contains(".old-") }) {
      let path = parent + "/" + name
      if name.dropFirst(base.count).hasPrefix("old-"), !FileSystem.exists(target),
        rename(path, target) == 0
      {
        continue
      }
      restoreForeign(from: path)
      FileSystem.removeTree(path)
    }
    OutputDirectory.removeFileTemporaries(in: URL(fileURLWithPath: target), of: names)
  }

  /// An error about the directory, with the reassurance that the old set is unchanged.
  private func failure(_ reason: String, _ code: Int32) -> OutputDirectoryError {
    OutputDirectoryError(
      path: directory.relativePath,
      reason: "\(reason): \(String(cString: strerror(code))); its previous files are unchanged")
  }
}
