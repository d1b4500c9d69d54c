// Tests for the CCPlanCLI module live beside this file, one file per source file.
import Testing
