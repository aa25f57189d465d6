"""The page's language among es/en/pt/fr, by py3langid (a trained model), with the stop-word rule as fallback."""
from __future__ import annotations

from functools import lru_cache

from spiders.extract.provenance import Found
from spiders.pipeline.language import detect_language, overwhelming_language
from spiders.vocabulary import LANGUAGES

SAMPLE = 3000


@lru_cache(maxsize=1)
def _identifier():
    """Loading the model takes a moment: once per process, limited to Vigía's four languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(LANGUAGES))
    # A model of only our four columns, so the full 97-language table (about 25 MB) can be freed.
    return LanguageIdentifier(full.nb_ptc.copy(), full.nb_pc.copy(), full.nb_classes, full.tk_nextmove,
                              full.tk_output, norm_probs=True, tk_row=full.tk_row)


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
