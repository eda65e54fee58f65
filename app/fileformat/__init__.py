"""The open election file and the result format (shared/spec/election-file.md)."""

from app.fileformat.fields import FileFault
from app.fileformat.reader import LoadedFile, Seal, load, loads
from app.fileformat.result import result_json

__all__ = ["FileFault", "LoadedFile", "Seal", "load", "loads", "result_json"]
