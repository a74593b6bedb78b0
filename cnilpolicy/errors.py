"""The errors cnilpolicy raises. The CLI maps each type to its exit code, in one place."""

from __future__ import annotations

from dataclasses import dataclass


class CnilPolicyError(Exception):
    """Base of every error cnilpolicy reports to its user as one line."""


class ManifestError(CnilPolicyError):
    """The manifest cannot be read: missing file, bad YAML or JSON, forbidden construct."""


@dataclass(frozen=True)
class SchemaIssue:
    """One schema violation, located in the manifest."""

    path: str
    line: int
    column: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.pointer or '/'}: {self.message}"


class ManifestInvalid(CnilPolicyError):
    """The manifest does not match the schema; carries every issue found."""

    def __init__(self, issues: list[SchemaIssue]) -> None:
        self.issues = issues
        super().__init__(f"{len(issues)} schema error(s)")


class EngineError(CnilPolicyError):
    """OPA could not give a usable decision: never to be read as a pass."""


class OpaNotFound(EngineError):
    """No OPA binary was found where cnilpolicy looks for one."""


class OpaUnavailable(EngineError):
    """OPA cannot be reached at all: no manifest of the run can be judged, so the run stops."""
