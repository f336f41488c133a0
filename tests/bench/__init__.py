"""Benchmarks: scripts that print figures. They are not tests and pytest does not run them."""
