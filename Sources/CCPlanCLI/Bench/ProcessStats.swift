import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-process measurements for benchmarks.
enum ProcessStats {
  /// Returns the peak resident set size of this process so far, in bytes: on Linux the
  /// address space's own high-water mark (`VmHWM`), because `getrusage`'s `ru_maxrss`
  /// survives `execve` and so reports the spawning parent's peak when that was larger.
  static func peakRSSBytes() -> Int {
    #if os(Linux)
      if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
      {
        return kib * 1024
      }
    #endif
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
      return Int(usage.ru_maxrss) * 1024  // KiB on Linux
    #else
      getrusage(RUSAGE_SELF, &usage)
      return Int(usage.ru_maxrss)  // bytes on macOS
    #endif
  }

  /// Returns the seconds `body` takes on the wall clock, with its result.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let end = DispatchTime.now().uptimeNanoseconds
    return (result, Double(end - start) / 1e9)
  }

  /// Returns the seconds `body` takes on the wall clock and in CPU time of this process
  /// (all its threads, user and system), with its result.
  static func timeWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
    let cpuStart = cpuSeconds()
    let (result, wall) = try time(body)
    return (result, wall, cpuSeconds() - cpuStart)
  }

  /// Returns the CPU seconds this process has used so far (all threads, user and system).
  static func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + 1e-9 * Double(ts.tv_nsec)
  }

  /// Returns the CPU seconds (user and system) of this process's children that have ended
  /// and been waited for.
  static func childrenCPUSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    #else
      getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + 1e-6 * Double(t.tv_usec) }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Returns the CPU seconds every process on the machine has used since boot (the busy
  /// ticks of `/proc/stat`: all but idle and I/O wait), or nil where there is no such file.
  static func machineBusySeconds() -> Double? {
    guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
      let line = stat.split(separator: "\n").first, line.hasPrefix("cpu ")
    else { return nil }
    let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
    guard ticks.count >= 5 else { return nil }
    let busy = ticks.reduce(0, +) - ticks[3] - ticks[4]
    return busy / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// Returns the 1-, 5- and 15-minute load averages, or nil where they cannot be read.
  static func loadAverage() -> [Double]? {
    var loads = [0.0, 0.0, 0.0]
    return getloadavg(&loads, 3) == 3 ? loads : nil
  }

  /// Returns the path of the running executable.
  static func executablePath() -> String {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return path
      }
    #endif
    return CommandLine.arguments[0]
  }
}
