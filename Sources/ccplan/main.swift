import CCPlanCLI
import Foundation
exit(0)
