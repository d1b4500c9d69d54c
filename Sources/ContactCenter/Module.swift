// ContactCenter module: see DESIGN.md.
