import ContactCenter
import Testing

@testable import Simulation

@Suite("Edge cases of the simulator")
struct EdgeCaseTests {
  static func text(
    staffing: String, demand: String, deflection: String = "0", interval: String = "1h"
  ) -> String {
    """
    { "name": "edge", "horizon": { "intervalLength": "\(interval)", "days": 2 },
      "channels": [
        { "id": "voice", "kind": "voice", "demand": \(demand),
          "handleTime": { "distribution": "exponential", "mean": "3m" },
          "sla": { "percent": 80, "within": "20s" }, "deflection": \(deflection) },
        { "id": "email", "kind": "email", "demand": \(demand),
          "handleTime": { "distribution": "deterministic", "mean": "4m" },
          "sla": { "percent": 90, "within": "8h" }, "initialBacklog": 30 } ],
      "pools": [ { "id": "p", "tier": 1, "skills": ["voice", "email"], "staffing": \(staffing),
        "hourlyCost": 10 } ],
      "simulation": { "replications": 2, "seed": 5 } }
    """
  }

  @Test(
    "degenerate scenarios run to the end and conserve contacts",
    arguments: [
      text(staffing: "0", demand: "{ \"daily\": 500 }"),
      text(staffing: "3", demand: "{ \"daily\": 0 }"),
      text(staffing: "3", demand: "{ \"daily\": 500 }", deflection: "1"),
      text(staffing: "40", demand: "{ \"daily\": 500 }", interval: "1d"),
      text(staffing: "1", demand: "{ \"daily\": 5000 }"),
    ])
  func degenerate(text: String) throws {
    let summary = try simulate(try scenario(text), replications: 2, threads: 1)
    for channel in summary.channels {
      // Conservation: offered = handled + abandoned + in system at the end, exactly.
      #expect(
        channel.offered.mean == channel.handled.mean + channel.abandoned.mean
          + channel.inSystemAtEnd.mean)
    }
  }
}
