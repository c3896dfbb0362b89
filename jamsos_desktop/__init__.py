"""Jamsos Desktop: rosters, contributions and documents for enrolling a pemda's non-ASN
workers in BPJS Ketenagakerjaan, fully offline."""

__version__ = "0.1.0"
APP_NAME = "Jamsos Desktop"
APP_ID = "JamsosDesktop"
