// libFuzzer target: the strict JSON reader. Built by .ci/fuzz.sh, not by SwiftPM.
// Any input must parse or throw JSONSyntaxError; a parsed document must summarise.
import ContactCenter

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let node = try? JSONReader.parse(bytes) { _ = node.summary }
  return 0
}
