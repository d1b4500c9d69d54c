// Queueing module: see DESIGN.md.
