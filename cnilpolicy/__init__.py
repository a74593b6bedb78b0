"""cnilpolicy: check an AI project's manifest against the CNIL recommendations with OPA."""

__version__ = "0.1.0"
