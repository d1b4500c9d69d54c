// Tests for the Simulation module live beside this file, one file per source file.
import Testing
