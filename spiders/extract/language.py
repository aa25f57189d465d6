"""The page's language among es/en/pt/fr, by py3langid (a trained model), with the stop-word rule as fallback."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from spiders.extract.provenance import Found
from spiders.pipeline.language import detect_language, overwhelming_language
from spiders.vocabulary import LANGUAGES

SAMPLE = 3000
CACHE_FORMAT = 1  # bump when the cached file's layout changes
_ARRAYS = ("nextmove", "row", "rowbase", "output")  # after the header and the two tables, in this order


@lru_cache(maxsize=1)
def _identifier():
    """py3langid limited to Vigía's four languages, once per process.

    Unpacking py3langid's compressed 97-language model costs each crawl process about 0.4 s of CPU and, while
    it lasts, 50 MB on top of the model; so the four-language model is kept, once per machine, in a plain
    file (model_cache_path) that later processes read straight into their final arrays.
    """
    path = model_cache_path()
    try:
        return _assemble(_read_model(path))
    except (OSError, ValueError, KeyError):  # none yet, another version, or unreadable: build it again
        pass
    parts = _reduced_model()
    try:
        _write_model(path, parts)
    except OSError:  # a read-only cache folder costs only the slower load
        pass
    return _assemble(parts)


def model_cache_path() -> Path:
    """Where the four-language model is kept: the user's cache folder, named after everything it depends on."""
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = Path(MODEL_DIR) / MODEL_FILE
    stat = model.stat()
    key = json.dumps([CACHE_FORMAT, py3langid.__version__, str(model), stat.st_size, stat.st_mtime_ns,
                      sorted(LANGUAGES), sys.byteorder])
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vigia"
    return folder / f"langid-{hashlib.sha1(key.encode()).hexdigest()[:16]}.bin"


def _reduced_model() -> dict[str, Any]:
    """The model's tables for our four languages only, from py3langid's own file."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(LANGUAGES))
    return {"ptc": full.nb_ptc.copy(), "pc": full.nb_pc.copy(), "classes": list(full.nb_classes),
            "nextmove": full.tk_nextmove, "row": full.tk_row,
            "rowbase": array("I", (row << 8 for row in full.tk_row)), "output": array("i", full.tk_output)}


def _assemble(parts: dict[str, Any]):
    """The identifier, with compact arrays where py3langid keeps lists of Python ints (about 10 MB less)."""
    from py3langid.langid import LanguageIdentifier

    identifier = LanguageIdentifier(parts["ptc"], parts["pc"], parts["classes"], parts["nextmove"], parts["output"],
                                    norm_probs=True, tk_row=parts["row"])
    identifier._rowbase = parts["rowbase"]  # the same offsets (row << 8) as the list __init__ just built
    return identifier


def _write_model(path: Path, parts: dict[str, Any]) -> None:
    """Write the tables after a one-line header; written aside and renamed, so no reader sees half a file."""
    header = {"classes": parts["classes"], "ptc": [str(parts["ptc"].dtype), *parts["ptc"].shape],
              "pc": [str(parts["pc"].dtype), len(parts["pc"])],
              **{name: [parts[name].typecode, len(parts[name])] for name in _ARRAYS}}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(json.dumps(header).encode() + b"\n")
            stream.write(parts["ptc"].tobytes(order="C"))
            stream.write(parts["pc"].tobytes())
            for name in _ARRAYS:
                parts[name].tofile(stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read_model(path: Path) -> dict[str, Any]:
    """The tables written by _write_model; ValueError when the file is not what its header says."""
    import numpy as np

    with path.open("rb") as stream:
        header = json.loads(stream.readline())
        dtype, rows, columns = header["ptc"]
        parts: dict[str, Any] = {"classes": header["classes"],
                                 "ptc": np.fromfile(stream, dtype=dtype, count=rows * columns),
                                 "pc": np.fromfile(stream, dtype=header["pc"][0], count=header["pc"][1])}
        if parts["ptc"].size != rows * columns or parts["pc"].size != header["pc"][1]:
            raise ValueError(f"{path}: incompleto")
        parts["ptc"] = parts["ptc"].reshape(rows, columns)
        for name in _ARRAYS:
            typecode, count = header[name]
            parts[name] = array(typecode, [0]) * count  # sized first, then filled in place: no second copy
            if stream.readinto(memoryview(parts[name]).cast("B")) != count * parts[name].itemsize:
                raise ValueError(f"{path}: incompleto")
        if stream.read(1):
            raise ValueError(f"{path}: más largo de lo esperado")
    return parts


def find_language(text: str, light: bool = False) -> Found | None:
    """py3langid's answer when it is confident, else the stop-word count, else nothing.

    `light` skips the model (about a second to load) for short texts such as feed summaries.
    """
    sample = text[:SAMPLE]
    if not sample.strip():
        return None
    clear = overwhelming_language(sample)
    if clear:  # a long page whose stop-words leave no doubt: the model (75 MB, a second to load) is not needed
        return Found(clear, "palabras-vacías", sample[:60], 0.9)
    if light:
        counted = detect_language(sample)
        return Found(counted, "palabras-vacías", sample[:60], 0.6) if counted else None
    language, probability = _identifier().classify(sample)
    if probability >= 0.8:
        return Found(language, "py3langid", sample[:60], float(probability))
    fallback = detect_language(sample)
    if fallback:
        return Found(fallback, "palabras-vacías", sample[:60], 0.6)
    return Found(language, "py3langid", sample[:60], float(probability)) if probability >= 0.5 else None
