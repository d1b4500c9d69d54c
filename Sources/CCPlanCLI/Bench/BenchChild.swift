import Foundation

/// One child process run by `ccplan bench`: what it printed and what it cost, measured from
/// outside (so a busy machine shows up in the figures instead of silently in the ratios).
struct ChildRun {
  /// The exit status.
  var status: Int32
  /// Standard output and standard error, as text.
  var output: String
  var error: String
  /// Wall seconds from spawn to exit, measured by the parent.
  var wallSeconds: Double
  /// CPU seconds (user and system) of the child's whole process.
  var cpuSeconds: Double
  /// Cores used on average by every other process of the machine while the child ran
  /// (nil where the machine's counters cannot be read, or for a child of under half a
  /// second: the counters tick every 10 ms per core, too coarse to judge a shorter run).
  var otherCores: Double?

  /// Runs `executable` with `arguments` to its end and returns its output and costs.
  static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let machineStart = ProcessStats.machineBusySeconds()
    let childrenStart = ProcessStats.childrenCPUSeconds()
    let selfStart = ProcessStats.cpuSeconds()
    let (data, wall) = try ProcessStats.time { () throws -> (Data, Data) in
      try process.run()
      let outData = output.fileHandleForReading.readDataToEndOfFile()
      let errData = error.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (outData, errData)
    }
    let cpu = ProcessStats.childrenCPUSeconds() - childrenStart
    let ownCPU = ProcessStats.cpuSeconds() - selfStart
    var others: Double?
    if let machineStart, let machineEnd = ProcessStats.machineBusySeconds(), wall >= 0.5 {
      others = max(0, (machineEnd - machineStart - cpu - ownCPU) / wall)
    }
    return ChildRun(
      status: process.terminationStatus, output: String(decoding: data.0, as: UTF8.self),
      error: String(decoding: data.1, as: UTF8.self), wallSeconds: wall, cpuSeconds: cpu,
      otherCores: others)
  }
}
