import Foundation
import Testing

@testable import CCPlanCLI

/// Result sets: a directory holds the old complete set or the new one, never a mix; the
/// user's own files survive; a killed run's temporaries go; a second writer is refused.
@Suite struct ResultSetTests {
  static let names = ["summary.json", "intervals.csv", "replications.csv"]

  /// A fresh scratch directory, removed after `body`.
  func withScratch(_ body: (URL) throws -> Void) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-set-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    try body(scratch)
  }

  /// The set `tag`: every owned name with a text saying which set and file it is.
  func set(_ tag: String) -> [(String, String)] {
    Self.names.map { ($0, "\(tag) \($0)\n") }
  }

  /// The names in `directory`, sorted (hidden ones too).
  func listing(_ directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }

  /// The text of `name` in `directory`, nil when absent.
  func text(_ directory: URL, _ name: String) -> String? {
    try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  /// A first set is created whole; a second replaces it whole; beside the directory only the
  /// lock file remains.
  @Test func swapsWholeSets() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      _ = try ResultSet(out, owns: Self.names).commit(set("A"))
      #expect(listing(out) == Self.names.sorted())
      #expect(Self.names.allSatisfy { text(out, $0) == "A \($0)\n" })
      let paths = try ResultSet(out, owns: Self.names).commit(set("B"))
      #expect(paths == Self.names.map { out.appendingPathComponent($0).relativePath })
      #expect(Self.names.allSatisfy { text(out, $0) == "B \($0)\n" })
      #expect(listing(scratch) == [".run.lock", "run"])
    }
  }

  /// A file of the old set that the new set does not write goes (no mixed set); a user's file
  /// and subdirectory stay, with their contents.
  @Test func dropsOldOwnedFilesKeepsUserFiles() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      _ = try ResultSet(out, owns: Self.names).commit(set("A"))
      try Data("mine\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
      try FileManager.default.createDirectory(
        at: out.appendingPathComponent("sub"), withIntermediateDirectories: false)
      try Data("deep\n".utf8).write(to: out.appendingPathComponent("sub/x.txt"))
      let smaller = Array(set("B").prefix(2))
      _ = try ResultSet(out, owns: Self.names).commit(smaller)
      #expect(listing(out) == ["intervals.csv", "notes.txt", "sub", "summary.json"])
      #expect(text(out, "summary.json") == "B summary.json\n")
      #expect(text(out, "notes.txt") == "mine\n")
      #expect(text(out, "sub/x.txt") == "deep\n")
    }
  }

  /// A write that fails part-way (here: the second file) leaves the old set and the user's
  /// file exactly as they were, and no temporary beside or inside the directory.
  @Test func failurePartWayKeepsOldSet() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      _ = try ResultSet(out, owns: Self.names).commit(set("A"))
      try Data("mine\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
      var written = 0
      let error = #expect(throws: OutputDirectoryError.self) {
        _ = try ResultSet(out, owns: Self.names).commit(
          set("B"),
          afterEachFile: { _ throws(OutputDirectoryError) in
            written += 1
            if written == 2 {
              throw OutputDirectoryError(path: "run", reason: "disk full (simulated)")
            }
          })
      }
      #expect(error?.description.contains("disk full (simulated)") == true)
      #expect(Self.names.allSatisfy { text(out, $0) == "A \($0)\n" })
      #expect(text(out, "notes.txt") == "mine\n")
      #expect(listing(scratch) == [".run.lock", "run"])
      #expect(listing(out) == (Self.names + ["notes.txt"]).sorted())
    }
  }

  /// The temporaries a `kill -9` leaves (a new set half written, an old set moved aside, a
  /// per-file temporary inside) are removed by the next run; a user's file stranded in one
  /// goes back; another directory's look-alike stays.
  @Test func removesStaleTemporaries() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      _ = try ResultSet(out, owns: Self.names).commit(set("A"))
      let fm = FileManager.default
      let stale = scratch.appendingPathComponent(".run.tmp-99999")
      try fm.createDirectory(at: stale, withIntermediateDirectories: false)
      try Data("half".utf8).write(to: stale.appendingPathComponent("summary.json"))
      try Data("mine\n".utf8).write(to: stale.appendingPathComponent("notes.txt"))
      try fm.createDirectory(
        at: scratch.appendingPathComponent(".run.old-4242"), withIntermediateDirectories: false)
      try fm.createDirectory(
        at: scratch.appendingPathComponent(".run.tmp-5.tmp-6"), withIntermediateDirectories: false)
      try Data("part".utf8).write(to: out.appendingPathComponent(".summary.json.1A2B3C4D.tmp"))
      _ = try ResultSet(out, owns: Self.names)
      #expect(listing(scratch) == [".run.lock", ".run.tmp-5.tmp-6", "run"])
      #expect(listing(out) == (Self.names + ["notes.txt"]).sorted())
      #expect(text(out, "summary.json") == "A summary.json\n")
    }
  }

  /// A kill between "old set aside" and "new set in" (the fallback without an atomic
  /// exchange) leaves no directory and `.run.old-PID`: the next run puts the old set back.
  @Test func restoresOldSetMovedAside() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      _ = try ResultSet(out, owns: Self.names).commit(set("A"))
      try FileManager.default.moveItem(
        at: out, to: scratch.appendingPathComponent(".run.old-31337"))
      _ = try ResultSet(out, owns: Self.names)
      #expect(Self.names.allSatisfy { text(out, $0) == "A \($0)\n" })
      #expect(listing(scratch) == [".run.lock", "run"])
    }
  }

  /// While one writer holds the directory, a second is refused with a message naming this
  /// process; once the first has written its set, the second may proceed.
  @Test func lockRefusesSecondWriter() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      let first = try ResultSet(out, owns: Self.names)
      let error = #expect(throws: OutputDirectoryError.self) {
        _ = try ResultSet(out, owns: Self.names)
      }
      #expect(
        error?.description
          == "cannot write results to '\(out.relativePath)': another ccplan run (process "
          + "\(getpid())) is writing to it; wait for it to finish or give another --out")
      _ = try first.commit(set("A"))
      _ = try ResultSet(out, owns: Self.names).commit(set("B"))
      #expect(text(out, "summary.json") == "B summary.json\n")
    }
  }

  /// The current directory (or one holding it) is refused before anything is touched: the
  /// swap would pull the user's shell out of it.
  @Test func refusesCurrentDirectory() throws {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for directory in [cwd, cwd.deletingLastPathComponent()] {
      let error = #expect(throws: OutputDirectoryError.self) {
        _ = try ResultSet(directory, owns: Self.names)
      }
      #expect(error?.reason.contains("current directory") == true)
    }
  }

  /// A file where the directory should be is refused with the old message.
  @Test func refusesFile() throws {
    try withScratch { scratch in
      let out = scratch.appendingPathComponent("run")
      try Data("x".utf8).write(to: out)
      let error = #expect(throws: OutputDirectoryError.self) {
        _ = try ResultSet(out, owns: Self.names)
      }
      #expect(error?.reason == "it is a file, not a directory (give --out a directory)")
    }
  }
}
