// libFuzzer target: sweep specs (*.sweep.json), their base scenario looked up in the
// repository's scenarios/. Built by .ci/fuzz.sh.
import ContactCenter
import Foundation

let sweepDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSweepSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? SweepSpecLoader.decode(bytes, file: "fuzz.sweep.json", directory: sweepDirectory)
  return 0
}
