"""The file an export writes: the Markdown as UTF-8, or a PDF of it."""

from wellbeing_desk.ui.export.pdf import document_bytes
from wellbeing_desk.ui.export.unencrypted import MARKDOWN, PDF

MARKDOWN_TEXT = "# Diario\n\nDía tranquilo, **sin** redadas.\n"


def test_markdown_is_the_text_itself() -> None:
    assert document_bytes(MARKDOWN_TEXT, "Diario", MARKDOWN) == MARKDOWN_TEXT.encode("utf-8")


def test_pdf_is_a_pdf_document() -> None:
    data = document_bytes(MARKDOWN_TEXT, "Diario", PDF)
    assert data.startswith(b"%PDF-")
    assert MARKDOWN_TEXT.encode("utf-8") not in data
