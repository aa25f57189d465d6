"""Generic detail-page extraction: a usable opportunity from a page of a site no source entry describes."""
from spiders.extract.page import Extraction, extract_page

__all__ = ["Extraction", "extract_page"]
