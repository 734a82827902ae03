"""Benchmarks of issue 12: `python bench/run.py [--quick]` writes bench/RESULTS.md."""
