import ContactCenter

/// Did-you-mean suggestions for mistyped option and command names.
enum NameSuggestion {
  /// The candidate closest to `word`: within an edit distance of 2, or starting with `word`
  /// (`--form` for `--format`). Ties go to the candidate listed first; nil when none is close.
  /// Case is ignored.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = Array(word.lowercased())
    var best: (candidate: String, score: Int)?
    for candidate in candidates {
      let target = Array(candidate.lowercased())
      // The edit distance is the scenario reader's; the prefix rule is the command line's own.
      let distance = ContactCenter.Suggestion.editDistance(
        word.lowercased(), candidate.lowercased())
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
}
