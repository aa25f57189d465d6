"""The four-language py3langid model kept in the user's cache: the same answers as py3langid's own, rebuilt when broken."""
from __future__ import annotations

import gc

import pytest

from spiders.extract import language
from spiders.vocabulary import LANGUAGES

TEXTS = [
    "La convocatoria está abierta a gobiernos locales de América Latina hasta el 30 de marzo.",
    "The call is open to city governments worldwide; applications close on 30 March.",
    "As inscrições para prefeituras estão abertas até 30 de março.",
    "L'appel est ouvert aux collectivités locales jusqu'au 30 mars.",
    "Fondo 2027",  # short: a low-confidence answer must be the same too
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()  # the other tests load the model of the real cache again


def test_the_cached_model_answers_as_py3langid_and_a_broken_file_is_rebuilt(cache_home):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(list(LANGUAGES))
    expected = [reference.classify(text) for text in TEXTS]

    built = language._identifier()  # first use on this machine: built from py3langid and written
    path = language.model_cache_path()
    assert path.parent.parent == cache_home and path.stat().st_size > 30_000_000
    assert [built.classify(text) for text in TEXTS] == expected

    language._identifier.cache_clear()  # another process: reads the file
    assert [language._identifier().classify(text) for text in TEXTS] == expected

    size = path.stat().st_size
    language._identifier.cache_clear()  # let go of the mapped file before cutting it
    gc.collect()
    with path.open("r+b") as stream:  # a file cut short (a full disk) is built and written again
        stream.truncate(size // 2)
    assert [language._identifier().classify(text) for text in TEXTS] == expected
    assert path.stat().st_size == size
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file left behind"
