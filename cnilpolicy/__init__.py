"""cnilpolicy."""
