// Tests for the ContactCenter module live beside this file, one file per source file.
import Testing
