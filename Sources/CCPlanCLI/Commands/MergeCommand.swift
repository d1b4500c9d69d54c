import Foundation
import Planning

/// `ccplan merge DIR... --out DIR`: combines the shards of a sweep into one results.csv.
enum MergeCommand {
  /// The command's description, read by the parser, help and errors.
  static let spec = CommandSpec(
    name: "merge",
    abstract: "Combine the shard directories of a sweep into one results.csv.",
    discussion: """
      Reads manifest.json and points.jsonl of every shard directory written by \
      'ccplan sweep --shard I/N', checks that they are shards of one sweep (same spec, \
      base scenario, version, method and seed) and that every point is present exactly \
      once, then writes manifest.json, points.jsonl and results.csv to --out: the same \
      bytes a one-process run writes. Refuses, naming the points, when one is missing or \
      recorded twice.
      """,
    arguments: [
      ArgumentSpec("dir", help: "Shard output directories.", isRepeating: true)
    ],
    options: [
      OptionSpec("out", short: "o", valueName: "dir", help: "Directory for the merged files.")
    ],
    run: run)

  /// Merges the shards; exit 1 when they do not make one whole sweep.
  static func run(_ invocation: ParsedInvocation, _ io: any CommandIO) throws -> Int32 {
    let directories = invocation.positionals("dir")
    guard !directories.isEmpty else { throw UsageError("Missing expected argument '<dir> ...'") }
    guard let out = invocation.string("--out") else {
      throw UsageError("Missing expected option '--out <dir>'")
    }
    let output = try ResultSet(
      URL(fileURLWithPath: out, isDirectory: true),
      owns: ["manifest.json", "points.jsonl", "results.csv"])
    var shards: [SweepMerge.Shard] = []
    for path in directories {
      let directory = SweepDirectory(url: URL(fileURLWithPath: path, isDirectory: true))
      guard let manifest = try directory.readManifest() else {
        throw SweepDirectoryError(
          path: path, reason: "no manifest.json: not the output of 'ccplan sweep'")
      }
      let contents = try directory.readPoints(manifest)
      shards.append(
        SweepMerge.Shard(directory: path, manifest: manifest, results: contents.results))
    }
    let (manifest, results) = try SweepMerge.merge(shards)
    let points = results.map { SweepPointsFile.line($0, manifest: manifest) }.joined()
    try output.commit(
      [
        ("manifest.json", manifest.json()), ("points.jsonl", points),
        ("results.csv", SweepResultsCSV.render(results, manifest: manifest)),
      ], io: io)
    return 0
  }
}
