"""Test and benchmark helpers that need to run as real processes (crash harness)."""
