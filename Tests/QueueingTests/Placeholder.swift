// Tests for the Queueing module live beside this file, one file per source file.
import Testing
