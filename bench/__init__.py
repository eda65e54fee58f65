"""Benchmarks: each module has `main()` that measures and prints its figures. Not tests."""
