import Foundation

/// SHA-256 as specified in FIPS 180-4, section 6.2 (Linux has no CryptoKit).
///
/// ccplan records the SHA-256 of every scenario file in its outputs, so that a result can be
/// traced to the exact input that made it. The whole digest is computed in one call:
///
///     SHA256.hex(of: Data("abc".utf8))
///     // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
///
/// For input that arrives in pieces, feed a `SHA256.Hasher` and call `finalize()`.
public enum SHA256 {
  /// The digest of `data` as 32 bytes.
  public static func bytes(of data: Data) -> [UInt8] {
    var hasher = Hasher()
    hasher.update(data)
    return hasher.finalize()
  }

  /// The digest of `data` as 64 lowercase hexadecimal digits, as `sha256sum` prints it.
  public static func hex(of data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in bytes(of: data) {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// An incremental SHA-256 computation: `update` any number of times, then `finalize` once.
  public struct Hasher: Sendable {
    /// The working hash value H(i) of FIPS 180-4, initially the constants of section 5.3.3.
    private var state: [UInt32] = [
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
      0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    /// Bytes not yet processed; always fewer than one 64-byte block between calls.
    private var pending: [UInt8] = []
    /// The message length so far, in bytes.
    private var length: UInt64 = 0

    /// A hasher that has seen no input.
    public init() {}

    /// Appends `data` to the message.
    public mutating func update(_ data: Data) {
      data.withUnsafeBytes { update(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the bytes of `buffer` to the message.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
      length &+= UInt64(buffer.count)
      var offset = 0
      if !pending.isEmpty {
        let take = min(64 - pending.count, buffer.count)
        pending.append(contentsOf: buffer[0..<take])
        offset = take
        guard pending.count == 64 else { return }
        pending.withUnsafeBytes { compress(block: $0) }
        pending.removeAll(keepingCapacity: true)
      }
      while buffer.count - offset >= 64 {
        compress(block: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + 64]))
        offset += 64
      }
      pending.append(contentsOf: buffer[offset...])
    }

    /// Pads the message (section 5.1.1) and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
      let bitLength = length &* 8
      var tail = pending
      tail.append(0x80)
      while tail.count % 64 != 56 {
        tail.append(0)
      }
      for shift in stride(from: 56, through: 0, by: -8) {
        tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
      }
      tail.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
          compress(block: UnsafeRawBufferPointer(rebasing: all[offset..<offset + 64]))
          offset += 64
        }
      }
      var digest: [UInt8] = []
      digest.reserveCapacity(32)
      for word in state {
        digest.append(UInt8(truncatingIfNeeded: word >> 24))
        digest.append(UInt8(truncatingIfNeeded: word >> 16))
        digest.append(UInt8(truncatingIfNeeded: word >> 8))
        digest.append(UInt8(truncatingIfNeeded: word))
      }
      return digest
    }

    /// The hash computation of section 6.2.2 on one 64-byte block.
    private mutating func compress(block: UnsafeRawBufferPointer) {
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        for t in 0..<16 {
          let base = t * 4
          schedule[t] =
            UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16
            | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
        }
        for t in 16..<64 {
          let w15 = schedule[t - 15]
          let w2 = schedule[t - 2]
          let sigma0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
          let sigma1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
          schedule[t] = sigma1 &+ schedule[t - 7] &+ sigma0 &+ schedule[t - 16]
        }
        var a = state[0]
        var b = state[1]
        var c = state[2]
        var d = state[3]
        var e = state[4]
        var f = state[5]
        var g = state[6]
        var h = state[7]
        for t in 0..<64 {
          let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
          let choose = (e & f) ^ (~e & g)
          let t1 = h &+ bigSigma1 &+ choose &+ SHA256.roundConstants[t] &+ schedule[t]
          let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
          let majority = (a & b) ^ (a & c) ^ (b & c)
          let t2 = bigSigma0 &+ majority
          h = g
          g = f
          f = e
          e = d &+ t1
          d = c
          c = b
          b = a
          a = t1 &+ t2
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
      }
    }

    /// Rotation right, ROTR^n(x) of section 3.2.
    @inline(__always)
    private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
      (x >> n) | (x << (32 - n))
    }
  }

  /// The constants K(0...63) of section 4.2.2: the first 32 bits of the fractional parts of
  /// the cube roots of the first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}
