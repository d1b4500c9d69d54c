import Foundation

@testable import ContactCenter

/// The repository's scenarios folder, found relative to this file.
let scenariosDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("scenarios")

/// Decodes JSON text as a scenario file named "test.json" in the scenarios directory.
func decodeScenario(_ text: String) throws(ScenarioError) -> Scenario {
  try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: scenariosDirectory)
}

/// Returns the issues of an invalid scenario text (empty when it is valid).
func issues(_ text: String) -> [ScenarioIssue] {
  do {
    _ = try decodeScenario(text)
    return []
  } catch {
    return error.issues
  }
}

/// A small valid scenario; tests replace parts of it with mistakes.
let minimalScenario = """
  {
    "name": "minimal",
    "horizon": { "intervalLength": "30m", "open": "09:00", "close": "11:00", "days": 2 },
    "channels": [
      { "id": "voice", "kind": "voice", "demand": [10, 20, 30, 40],
        "handleTime": { "distribution": "exponential", "mean": "3m" },
        "patience": { "distribution": "exponential", "mean": "2m" },
        "sla": { "percent": 80, "within": "20s" } },
      { "id": "email", "kind": "email", "demand": { "daily": 100 },
        "handleTime": { "distribution": "gamma", "mean": "5m", "cv": 0.5 },
        "sla": { "percent": 90, "within": "8h" }, "initialBacklog": 12 }
    ],
    "pools": [
      { "id": "t1", "tier": 1, "skills": ["voice", "email"], "staffing": 5, "hourlyCost": 20,
        "fcr": { "voice": 0.8 }, "escalateTo": "t2" },
      { "id": "t2", "tier": 2, "skills": ["voice"], "staffing": [1, 2, 2, 1], "hourlyCost": 40 }
    ]
  }
  """

/// Returns the minimal scenario with one literal replaced (the original must occur once).
func minimal(replacing original: String, with replacement: String) -> String {
  precondition(
    minimalScenario.components(separatedBy: original).count == 2, "ambiguous: \(original)")
  return minimalScenario.replacingOccurrences(of: original, with: replacement)
}
