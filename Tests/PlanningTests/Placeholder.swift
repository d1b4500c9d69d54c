// Tests for the Planning module live beside this file, one file per source file.
import Testing
