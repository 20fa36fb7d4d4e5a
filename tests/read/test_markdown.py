"""Markdown reads as the plain text a reader of the rendered page sees."""

from __future__ import annotations

from importers.read import read_document


def test_markdown_reads_as_plain_text_without_its_markup(tmp_path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# WIPO and ARIPO meet\n\n"
        "1. *Maria Lopez*, Director of the **Patent Office** ([site](https://example.org))\n"
        "\n| Name | Title |\n|---|---|\n| Ana Ruiz | Registrar |\n",
        encoding="utf-8",
    )
    r = read_document(path)
    assert r.format == "markdown"
    assert "Maria Lopez, Director of the Patent Office (site)" in r.text
    assert "Ana Ruiz, Registrar" in r.text
    assert not any(c in r.text for c in "*#|[]")
