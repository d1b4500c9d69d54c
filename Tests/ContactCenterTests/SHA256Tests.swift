import ContactCenter
import Foundation
import Testing

/// SHA-256 against the FIPS 180-4 examples (NIST CSRC) and the system's `sha256sum`.
@Suite struct SHA256Tests {
  /// The NIST example vectors: "abc", the empty message, the 448-bit two-block message.
  @Test(arguments: [
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
        + "lmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func nistVectors(message: String, expected: String) {
    #expect(SHA256.hex(of: Data(message.utf8)) == expected)
  }

  /// One million repetitions of 'a', the long-message example.
  @Test func oneMillionA() {
    let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(
      SHA256.hex(of: data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// The digest is 32 bytes and the hex form spells the same bytes.
  @Test func bytesMatchHex() {
    let data = Data("abc".utf8)
    let bytes = SHA256.bytes(of: data)
    #expect(bytes.count == 32)
    #expect(bytes.map { String(format: "%02x", $0) }.joined() == SHA256.hex(of: data))
  }

  /// Feeding the message in uneven pieces gives the one-shot digest.
  @Test func incrementalUpdatesMatchOneShot() {
    let data = Self.pseudoRandomData(count: 10_007, seed: 7)
    for pieceSize in [1, 3, 63, 64, 65, 1_000] {
      var hasher = SHA256.Hasher()
      var offset = 0
      while offset < data.count {
        let end = min(offset + pieceSize, data.count)
        hasher.update(data[offset..<end])
        offset = end
      }
      #expect(hasher.finalize() == SHA256.bytes(of: data), "piece size \(pieceSize)")
    }
  }

  /// Lengths around the padding boundaries and a file of a few hundred KB agree with
  /// `/usr/bin/sha256sum` (skipped when the tool is absent).
  @Test func agreesWithSystemSha256sum() throws {
    let tool = URL(fileURLWithPath: "/usr/bin/sha256sum")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else { return }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccplan-sha256-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let lengths = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 333_337]
    var files: [(path: String, digest: String)] = []
    for (index, length) in lengths.enumerated() {
      let data = Self.pseudoRandomData(count: length, seed: UInt64(index + 1))
      let url = directory.appendingPathComponent("sample-\(length).bin")
      try data.write(to: url)
      files.append((url.path, SHA256.hex(of: data)))
    }

    let process = Process()
    process.executableURL = tool
    process.arguments = files.map(\.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == files.count)
    for (line, file) in zip(lines, files) {
      #expect(line == "\(file.digest)  \(file.path)")
    }
  }

  /// Deterministic bytes from SplitMix64, so a failure reproduces exactly.
  static func pseudoRandomData(count: Int, seed: UInt64) -> Data {
    var state = seed
    var bytes = [UInt8](repeating: 0, count: count)
    for index in bytes.indices {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      bytes[index] = UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
    return Data(bytes)
  }
}
