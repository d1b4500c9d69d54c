// swift-tools-version:6.0
// ccplan: contact-center simulation and staffing planner. No third-party packages.
//
// Build flag CCPLAN_INTERNAL_CHECKS (off by default, on in CI's debug step:
// `swift test -Xswiftc -DCCPLAN_INTERNAL_CHECKS`) turns the simulator's invariant checks
// into preconditions: raw-array bounds, no event scheduled in the past, and the event
// calendar's exhaustive heap check. Release builds compile them out.
import PackageDescription

let package = Package(
  name: "ccplan",
  products: [
    .executable(name: "ccplan", targets: ["ccplan"])
  ],
  targets: [
    // Leaf: Erlang B / C / A and scalar staffing solvers; knows no scenario types.
    .target(name: "Queueing"),
    // Scenario types, units, strict JSON reading and validation.
    .target(name: "ContactCenter"),
    // Engine/ (calendar, random streams, samplers, statistics) and Model/ (the compiled center).
    .target(name: "Simulation", dependencies: ["ContactCenter"]),
    // LP (dense two-phase simplex) and integer covering: pure, knows no scenario types.
    .target(name: "Optimization"),
    // Staffing plans (analytic and simulation-based), cost, comparison, sweeps, rosters.
    .target(
      name: "Planning", dependencies: ["Simulation", "Queueing", "ContactCenter", "Optimization"]),
    // Pure renderers: terminal tables, CSV, JSON.
    .target(
      name: "Reports", dependencies: ["Planning", "Simulation", "ContactCenter", "Queueing"]),
    // Argument parsing, help, one file per command, progress, atomic writes.
    .target(
      name: "CCPlanCLI",
      dependencies: [
        "Reports", "Planning", "Simulation", "ContactCenter", "Queueing", "Optimization",
      ]),
    // The executable: a few lines calling CCPlanCLI.
    .executableTarget(name: "ccplan", dependencies: ["CCPlanCLI"]),
    .testTarget(name: "QueueingTests", dependencies: ["Queueing"]),
    .testTarget(name: "ContactCenterTests", dependencies: ["ContactCenter"]),
    .testTarget(name: "OptimizationTests", dependencies: ["Optimization"]),
    .testTarget(
      name: "SimulationTests",
      dependencies: ["Simulation", "Queueing", "ContactCenter", "Planning"]),
    .testTarget(name: "PlanningTests", dependencies: ["Planning", "Queueing", "ContactCenter"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    .testTarget(name: "CCPlanCLITests", dependencies: ["CCPlanCLI", "ccplan"]),
  ],
  swiftLanguageModes: [.v6]
)
