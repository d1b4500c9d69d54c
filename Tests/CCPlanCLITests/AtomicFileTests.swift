import Foundation
import Testing

@testable import CCPlanCLI

/// Atomic writes: the whole new file or the old one, never a part, and no litter.
@Suite struct AtomicFileTests {
  /// A fresh directory, removed after `body`.
  func withScratchDirectory(_ body: (URL) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try body(directory)
  }

  /// The names in `directory`, sorted (temporary files would show here).
  func listing(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  /// A new file in a directory that does not exist yet.
  @Test func createsParentsAndFile() throws {
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("runs/a/b/summary.json")
      try AtomicFile.write(Data("{}\n".utf8), to: target)
      #expect(try String(contentsOf: target, encoding: .utf8) == "{}\n")
      #expect(try listing(target.deletingLastPathComponent()) == ["summary.json"])
    }
  }

  /// Replacing a file swaps its content and keeps its permissions.
  @Test func replacesExistingFileKeepingPermissions() throws {
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("plan.csv")
      try Data("old\n".utf8).write(to: target)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
      try AtomicFile.write(Data("new\n".utf8), to: target)
      #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
      let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      #expect(try listing(scratch) == ["plan.csv"])
    }
  }

  /// An empty file is a valid result.
  @Test func writesEmptyData() throws {
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("empty.txt")
      try AtomicFile.write(Data(), to: target)
      #expect(try Data(contentsOf: target).isEmpty)
    }
  }

  /// When the target is a directory (a failure even root cannot override), the write fails
  /// with an error naming the path, and the directory and its contents are untouched.
  @Test func targetIsDirectory() throws {
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("results")
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
      try Data("keep".utf8).write(to: target.appendingPathComponent("inside.txt"))
      #expect {
        try AtomicFile.write(Data("new".utf8), to: target)
      } throws: { error in
        let error = error as? AtomicFileError
        return error?.path == target.path
          && error?.description.hasPrefix("cannot write '\(target.path)': cannot replace it")
            == true
      }
      #expect(try listing(scratch) == ["results"])
      #expect(try listing(target) == ["inside.txt"])
    }
  }

  /// A failure between writing the temporary file and the rename leaves the old file as it
  /// was and removes the temporary file.
  @Test func failureBeforeRenameKeepsOldFile() throws {
    struct Interrupted: Error {}
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("summary.json")
      try Data("old".utf8).write(to: target)
      #expect(throws: AtomicFileError.self) {
        try AtomicFile.write(Data("new".utf8), to: target, beforeRename: { throw Interrupted() })
      }
      #expect(try String(contentsOf: target, encoding: .utf8) == "old")
      #expect(try listing(scratch) == ["summary.json"])
    }
  }

  /// A parent path that is a regular file cannot become a directory.
  @Test func parentIsAFile() throws {
    try withScratchDirectory { scratch in
      let blocker = scratch.appendingPathComponent("blocker")
      try Data("x".utf8).write(to: blocker)
      let target = blocker.appendingPathComponent("out.csv")
      #expect {
        try AtomicFile.write(Data("new".utf8), to: target)
      } throws: { error in
        (error as? AtomicFileError)?.description
          == "cannot write '\(target.path)': cannot create directory '\(blocker.path)': "
          + "Not a directory"
      }
      #expect(try String(contentsOf: blocker, encoding: .utf8) == "x")
    }
  }

  /// A read-only directory stops the write and keeps the old file (not as root, where
  /// permissions do not stop writes).
  @Test(.enabled(if: geteuid() != 0, "root ignores directory permissions"))
  func readOnlyDirectoryKeepsOldFile() throws {
    try withScratchDirectory { scratch in
      let target = scratch.appendingPathComponent("plan.csv")
      try Data("old".utf8).write(to: target)
      try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.path)
      defer {
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o700], ofItemAtPath: scratch.path)
      }
      #expect(throws: AtomicFileError.self) {
        try AtomicFile.write(Data("new".utf8), to: target)
      }
      #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }
  }
}
