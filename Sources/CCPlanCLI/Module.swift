// CCPlanCLI module: see DESIGN.md.
