"""Fixtures for the document tests: the demo district (300 workers, seed 7) and helpers to
read issued PDFs back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

DOC_DATE = date(2026, 6, 7)


def pdf_text(pdf: bytes, page: int | None = None) -> str:
    """Extracted text with white space folded (justified lines put words apart)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = reader.pages if page is None else [reader.pages[page]]
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def docs_store(demo_store):  # type: ignore[no-untyped-def]
    return demo_store
