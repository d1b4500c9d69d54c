/// Did-you-mean suggestions for mistyped option and command names.
enum Suggestion {
  /// The candidate closest to `word`: within an edit distance of 2, or starting with `word`
  /// (`--form` for `--format`). Ties go to the candidate listed first; nil when none is close.
  /// Case is ignored.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = Array(word.lowercased())
    var best: (candidate: String, score: Int)?
    for candidate in candidates {
      let target = Array(candidate.lowercased())
      let distance = levenshtein(typed, target)
      let score: Int
      if distance <= 2 {
        score = distance
      } else if !typed.isEmpty && target.starts(with: typed) {
        score = 3
      } else {
        continue
      }
      if let current = best, current.score <= score { continue }
      best = (candidate, score)
    }
    return best?.candidate
  }

  /// The Levenshtein distance: the fewest insertions, deletions and substitutions of single
  /// characters that turn `a` into `b`. Two rows of the dynamic-programming table suffice.
  static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
