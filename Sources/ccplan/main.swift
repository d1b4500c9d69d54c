// The ccplan executable: everything happens in the CCPlanCLI library.
import CCPlanCLI
import Foundation

exit(CLI.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
