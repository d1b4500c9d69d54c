// Planning module: see DESIGN.md.
