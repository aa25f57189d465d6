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
CACHE_FORMAT = 2  # bump when the cached file's layout changes
_ARRAYS = ("nextmove", "row", "rowbase", "output")  # after the header and the two tables, in this order


@lru_cache(maxsize=1)
def _identifier():
    """py3langid limited to Vigía's four languages, once per process.

    Unpacking py3langid's compressed 97-language model costs each crawl process about 0.4 s of CPU and, while
    it lasts, 50 MB on top of the model; so the four-language model is kept, once per machine, in a plain
    file (model_cache_path) that later processes map into memory: one copy shared by every crawl process.
    """
    try:
        path: Path | None = model_cache_path()
    except RuntimeError:  # no home folder to keep it in: load it the slow way
        path = None
    try:
        if path is not None:
            return _assemble(_read_model(path))
    except (OSError, ValueError, KeyError):  # none yet, another version, or unreadable: build it again
        pass
    parts = _reduced_model()
    try:
        if path is not None:
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


def _layout(header: dict[str, Any], start: int) -> tuple[dict[str, tuple[int, int]], int]:
    """(offset, bytes) of each table after the header, each on an 8-byte boundary, and the file's size."""
    import numpy as np

    sizes = {"ptc": np.dtype(header["ptc"][0]).itemsize * header["ptc"][1] * header["ptc"][2],
             "pc": np.dtype(header["pc"][0]).itemsize * header["pc"][1],
             **{name: array(header[name][0]).itemsize * header[name][1] for name in _ARRAYS}}
    blocks, offset = {}, start
    for name, size in sizes.items():
        offset += -offset % 8
        blocks[name] = (offset, size)
        offset += size
    return blocks, offset


def _write_model(path: Path, parts: dict[str, Any]) -> None:
    """Write the tables after a one-line header; written aside and renamed, so no reader sees half a file."""
    header = {"classes": parts["classes"], "ptc": [str(parts["ptc"].dtype), *parts["ptc"].shape],
              "pc": [str(parts["pc"].dtype), len(parts["pc"])],
              **{name: [parts[name].typecode, len(parts[name])] for name in _ARRAYS}}
    line = json.dumps(header).encode() + b"\n"
    blocks, _ = _layout(header, len(line))
    data = {"ptc": parts["ptc"].tobytes(order="C"), "pc": parts["pc"].tobytes(),
            **{name: parts[name].tobytes() for name in _ARRAYS}}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(line)
            for name, (offset, _) in blocks.items():
                stream.write(b"\0" * (offset - stream.tell()))
                stream.write(data[name])
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read_model(path: Path) -> dict[str, Any]:
    """The tables written by _write_model, mapped from the file rather than copied: every crawl process on the
    machine shares one copy in memory. ValueError when the file is not what its header says."""
    import mmap

    import numpy as np

    with path.open("rb") as stream:
        mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    end = mapped.find(b"\n")
    header = json.loads(mapped[:end])
    blocks, size = _layout(header, end + 1)
    if len(mapped) != size:
        raise ValueError(f"{path}: {len(mapped)} bytes, se esperaban {size}")
    parts: dict[str, Any] = {"classes": header["classes"]}
    for name in ("ptc", "pc"):
        dtype, *shape = header[name]
        offset, _ = blocks[name]
        parts[name] = np.frombuffer(mapped, dtype=dtype, count=int(np.prod(shape)), offset=offset).reshape(shape)
    view = memoryview(mapped)
    for name in _ARRAYS:
        offset, length = blocks[name]
        parts[name] = view[offset:offset + length].cast(header[name][0])
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
