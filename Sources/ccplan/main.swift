// The ccplan executable: everything happens in the CCPlanCLI library.
import CCPlanCLI
import Foundation

CLI.handleSignals()
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
