"""The results of a congress for people to work with: the congress code and the Excel/CSV export.

`congress_fingerprint` is light (no spreadsheet library); `app.results.export` writes the files.
"""

from __future__ import annotations

from app.results.fingerprint import congress_fingerprint, round_fingerprints

__all__ = ["congress_fingerprint", "round_fingerprints"]
