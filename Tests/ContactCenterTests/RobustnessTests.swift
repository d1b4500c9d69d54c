import Foundation
import Testing

@testable import ContactCenter

@Suite("Robustness of the reader")
struct RobustnessTests {
  /// A tiny deterministic generator for mutations (SplitMix64), so failures replay.
  struct Mutator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  @Test(
    "2,000 random edits of a valid scenario never crash the reader: each is accepted or reported")
  func mutations() {
    let original = Array(minimalScenario.utf8)
    let pieces: [[UInt8]] = [
      "{", "}", "[", "]", ",", ":", "\"", "-1", "1e309", "0", "\"x\"", "null", "true", "120",
      "\"30%\"", "\\u00",
    ].map { Array($0.utf8) }
    var rng = Mutator(state: 2026)
    var accepted = 0
    var rejected = 0
    for _ in 0..<2_000 {
      var bytes = original
      for _ in 0...rng.below(3) {
        let at = rng.below(bytes.count)
        switch rng.below(3) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(contentsOf: pieces[rng.below(pieces.count)], at: at)
        default: bytes[at] = UInt8(truncatingIfNeeded: 32 + rng.below(95))
        }
      }
      do {
        _ = try ScenarioLoader.decode(bytes, file: "fuzz.json", directory: scenariosDirectory)
        accepted += 1
      } catch {
        // Every problem names the file and says what was expected.
        #expect(error.issues.allSatisfy { $0.file == "fuzz.json" && !$0.message.isEmpty })
        rejected += 1
      }
    }
    #expect(accepted + rejected == 2_000)
    #expect(rejected > 1_000)
  }

  @Test("truncating a valid scenario at every byte gives a positioned error, never a crash")
  func truncations() {
    let bytes = Array(minimalScenario.utf8)
    for length in stride(from: 0, to: bytes.count - 1, by: 7) {
      do {
        _ = try ScenarioLoader.decode(
          Array(bytes[0..<length]), file: "cut.json", directory: scenariosDirectory)
        Issue.record("a scenario cut at \(length) bytes was accepted")
      } catch {
        #expect(error.issues.count == 1)
        #expect(error.issues.first?.position != nil)
      }
    }
  }
}
