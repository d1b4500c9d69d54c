// Tests for the Reports module live beside this file, one file per source file.
import Testing
