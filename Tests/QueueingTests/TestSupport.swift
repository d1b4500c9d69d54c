// Shared helpers for the Queueing tests: tolerance checks that say what they compared.

/// Returns whether `observed` is within `tolerance` of `expected`, measured absolutely below
/// 1 and relatively above (so probabilities and seconds share one rule).
func isClose(_ observed: Double, _ expected: Double, _ tolerance: Double) -> Bool {
  if observed == expected { return true }
  guard observed.isFinite, expected.isFinite else { return false }
  return abs(observed - expected) <= tolerance * max(1, abs(expected))
}

/// Returns a one-line report of a comparison for `#expect` messages.
func report(_ observed: Double, _ expected: Double) -> String {
  "observed \(observed), expected \(expected), difference \(observed - expected)"
}
