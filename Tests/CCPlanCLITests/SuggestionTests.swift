import ContactCenter
import Testing

@testable import CCPlanCLI

/// Did-you-mean: Levenshtein distance and the choice of a candidate.
@Suite struct SuggestionTests {
  /// Distances from the textbook examples and the edge cases.
  @Test(arguments: [
    ("kitten", "sitting", 3),
    ("flaw", "lawn", 2),
    ("", "abc", 3),
    ("abc", "", 3),
    ("same", "same", 0),
    ("simlate", "simulate", 1),
  ])
  func levenshtein(a: String, b: String, distance: Int) {
    #expect(ContactCenter.Suggestion.editDistance(a, b) == distance)
    #expect(ContactCenter.Suggestion.editDistance(b, a) == distance)
  }

  /// The closest candidate wins; prefixes count; nothing close gives nil.
  @Test func closest() {
    let names = ["format", "formula", "seed", "seeds", "threads"]
    #expect(NameSuggestion.closest(to: "formt", among: names) == "format")
    #expect(NameSuggestion.closest(to: "seds", among: names) == "seeds")
    #expect(NameSuggestion.closest(to: "seex", among: ["seed", "seen"]) == "seed")
    #expect(NameSuggestion.closest(to: "thr", among: names) == "threads")
    #expect(NameSuggestion.closest(to: "zzzzzz", among: names) == nil)
    #expect(NameSuggestion.closest(to: "", among: names) == nil)
  }
}
