import Foundation
import Reports

/// Reads the files of a result directory for `ccplan report`, and writes report.html.
enum ResultDirectory {
  /// The file name of the report written into a result directory.
  static let reportName = "report.html"

  /// Returns the readable result files of `path`; throws an error naming the directory when
  /// it does not exist or is not a directory.
  static func read(_ path: String) throws -> ResultFiles {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ResultReportError(
        file: path,
        reason: "no such directory (give the --out directory of 'ccplan staff' or "
          + "'ccplan simulate', e.g. results/runs/<scenario>/staff)")
    }
    guard isDirectory.boolValue else {
      throw ResultReportError(
        file: path,
        reason: "a file, not a directory: give report the directory holding summary.json")
    }
    var texts: [String: String] = [:]
    for name in ResultFiles.readable {
      let url = URL(fileURLWithPath: path).appendingPathComponent(name)
      if let data = FileManager.default.contents(atPath: url.path) {
        texts[name] = String(decoding: data, as: UTF8.self)
      }
    }
    return ResultFiles(directory: path, texts: texts)
  }

  /// Returns the report of result files held in memory (name, text), as `--report` on
  /// staff and simulate builds it beside the files it writes.
  static func report(of files: [(String, String)], directory: URL) throws -> String {
    var texts: [String: String] = [:]
    for (name, text) in files { texts[name] = text }
    let data = try ReportData.read(ResultFiles(directory: directory.relativePath, texts: texts))
    return HTMLReport.render(data)
  }
}
