import ContactCenter
import Foundation

/// Where a command's scenario comes from: a file, or standard input when the path is `-`.
enum ScenarioInput {
  /// The name messages use for a scenario read from standard input.
  static let standardInputName = "<stdin>"

  /// Returns the scenario at `path`, or the one on standard input when `path` is `-` (named
  /// `<stdin>` in messages; CSV files it names are looked up in the current directory).
  static func load(_ path: String, io: any CommandIO) throws(ScenarioError) -> LoadedScenario {
    guard path == "-" else { return try ScenarioLoader.load(path: path) }
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return try ScenarioLoader.load(
      bytes: io.readInput(), file: standardInputName, directory: directory)
  }
}
