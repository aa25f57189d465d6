"""Reading a text file a person gave Vigía, with a Spanish error that says what to do."""
from __future__ import annotations

from pathlib import Path

from models.errors import InputError


def read_utf8(path: Path, what: str = "el archivo", encoding: str = "utf-8",
              resave_hint: str = "guárdelo con codificación UTF-8") -> str:
    """The file's text; a missing or non-UTF-8 file is an InputError naming the file."""
    try:
        return path.read_text(encoding=encoding)
    except FileNotFoundError:
        raise InputError(f"no se encontró {what}", str(path)) from None
    except UnicodeDecodeError:
        raise InputError(f"el archivo no está en UTF-8; {resave_hint}", str(path)) from None
