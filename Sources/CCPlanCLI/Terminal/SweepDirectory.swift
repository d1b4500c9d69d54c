import Foundation
import Planning

/// A sweep's output directory on disk: `manifest.json`, `points.jsonl` (appended and
/// flushed point by point) and `results.csv` (written atomically at the end).
struct SweepDirectory {
  /// The directory.
  let url: URL

  var manifestURL: URL { url.appendingPathComponent("manifest.json") }
  var pointsURL: URL { url.appendingPathComponent("points.jsonl") }
  var resultsURL: URL { url.appendingPathComponent("results.csv") }

  /// Returns the manifest in the directory, nil when there is none.
  func readManifest() throws -> SweepManifest? {
    guard let data = FileManager.default.contents(atPath: manifestURL.path) else { return nil }
    return try SweepManifest.parse(Array(data), file: manifestURL.relativePath)
  }

  /// Returns the points recorded under `manifest` (none when the file is absent).
  func readPoints(_ manifest: SweepManifest) throws -> SweepPointsFile.Contents {
    let bytes = FileManager.default.contents(atPath: pointsURL.path).map(Array.init) ?? []
    return try SweepPointsFile.parse(bytes, manifest: manifest, file: pointsURL.relativePath)
  }

  /// Writes `results.csv` from the points in `points.jsonl`, atomically; returns its path.
  func writeResults(_ manifest: SweepManifest) throws -> String {
    let contents = try readPoints(manifest)
    let csv = SweepResultsCSV.render(contents.results, manifest: manifest)
    try AtomicFile.write(Data(csv.utf8), to: resultsURL)
    return resultsURL.relativePath
  }
}

/// Appends lines to `points.jsonl`, each written whole and flushed to disk
/// (`FileHandle.synchronize`, an fsync) before the next point is reported.
///
/// Unchecked `Sendable`: the sweep runner calls `append` from its in-order fold, one point
/// at a time under its lock, and `close` after the run; no two threads use it at once.
final class PointsAppender: @unchecked Sendable {
  private let handle: FileHandle
  /// The file, for messages.
  let path: String

  /// Opens `url` for appending after its first `soundByteCount` bytes (a half-written last
  /// line beyond them is cut off), creating it when absent.
  init(url: URL, soundByteCount: Int) throws {
    path = url.relativePath
    if !FileManager.default.fileExists(atPath: url.path) {
      guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw SweepDirectoryError(path: path, reason: "cannot create it")
      }
    }
    handle = try FileHandle(forUpdating: url)
    try handle.truncate(atOffset: UInt64(soundByteCount))
    try handle.seekToEnd()
  }

  /// Appends `line` and flushes it to disk, as an `Interruption.critical` section (Ctrl-C
  /// never cuts a line in half).
  func append(_ line: String) throws {
    try Interruption.critical {
      try handle.write(contentsOf: Data(line.utf8))
      try handle.synchronize()
    }
  }

  /// Closes the file.
  func close() throws {
    try handle.close()
  }
}

/// A sweep directory that cannot be used as asked.
struct SweepDirectoryError: Error, CustomStringConvertible {
  /// The directory or file.
  let path: String
  /// What is wrong and what to do.
  let reason: String

  var description: String { "\(path): \(reason)" }
}
