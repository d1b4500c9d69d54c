import Testing

@testable import Simulation

@Suite("RandomStreams")
struct RandomStreamsTests {
  @Test("Derived streams match the independent Python implementation of the documented hash")
  func documentedDerivation() {
    // See RandomTests.swift for how these vectors were made.
    let cases: [((UInt64, UInt64, UInt64, UInt64), [UInt64])] = [
      ((1, 0, 0, 0), [0x7A24_99AB_812F_A69D, 0x2CB9_F889_AD30_D14E]),
      ((1, 0, 1, 0), [0xAC9A_7198_A30F_1D28, 0xA637_F39C_80F5_456B]),
      ((1, 3, 2, 5), [0x4DA4_D7CC_435E_1A3D, 0xBC09_154E_E872_9DF4]),
      ((12_345, 19, 4, 2), [0xEA57_1357_00F5_242D, 0x7114_33FE_BA17_D530]),
    ]
    for (key, expected) in cases {
      var rng = RandomStreams(seed: key.0, replication: key.1)
        .stream(purpose: key.2, index: key.3)
      #expect([rng.next(), rng.next()] == expected, "key \(key)")
    }
  }

  @Test("A stream depends on its key only, and every key word matters")
  func keysAreIndependent() {
    let base = RandomStreams.generator(seed: 5, replication: 1, purpose: 2, index: 3)
    #expect(RandomStreams(seed: 5, replication: 1).stream(purpose: 2, index: 3) == base)
    let variants = [
      RandomStreams.generator(seed: 6, replication: 1, purpose: 2, index: 3),
      RandomStreams.generator(seed: 5, replication: 2, purpose: 2, index: 3),
      RandomStreams.generator(seed: 5, replication: 1, purpose: 3, index: 3),
      RandomStreams.generator(seed: 5, replication: 1, purpose: 2, index: 4),
      RandomStreams.generator(seed: 5, replication: 1, purpose: 3, index: 2),  // swapped words
    ]
    var firsts: Set<UInt64> = []
    var baseCopy = base
    firsts.insert(baseCopy.next())
    for var variant in variants { firsts.insert(variant.next()) }
    #expect(firsts.count == variants.count + 1)
  }

  @Test("Neighbouring streams are uncorrelated (products of uniforms average 1/4)")
  func neighbouringStreamsUncorrelated() {
    let streams = RandomStreams(seed: 1, replication: 0)
    let n = 100_000
    for index in UInt64(0)..<4 {
      var x = streams.stream(purpose: 0, index: index)
      var y = streams.stream(purpose: 0, index: index + 1)
      var z = streams.stream(purpose: 1, index: index)
      var xy = Welford()
      var xz = Welford()
      for _ in 0..<n {
        let u = x.nextDouble()
        xy.add((u - 0.5) * (y.nextDouble() - 0.5))
        xz.add((u - 0.5) * (z.nextDouble() - 0.5))
      }
      // Under independence each product has mean 0 and sd 1/12; four standard errors.
      let tolerance = 4 * (1.0 / 12) / Double(n).squareRoot()
      #expect(abs(xy.mean) < tolerance, "index \(index)")
      #expect(abs(xz.mean) < tolerance, "index \(index)")
    }
  }
}
