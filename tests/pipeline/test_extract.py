"""The extract stage: any text in, facts with spans inside the text out, in either language."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.extract import languages_of


def test_languages_by_their_share_of_the_text() -> None:
    assert languages_of("") == []
    assert languages_of("2021-03-03") == []
    assert languages_of("The Office signed a memorandum.") == ["en"]
    assert languages_of("新加坡知识产权局与日本特许厅签署了谅解备忘录。") == ["zh"]
    assert languages_of(
        "IPOS and JPO signed an MoU. 新加坡知识产权局与日本特许厅签署了谅解备忘录。"
    ) == [
        "zh",
        "en",
    ]


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("知识产权局新加坡签署谅解备忘录总干事邓鸿森与和、，。（）《》\n ")
        + list("The Office of IPOS (SIPO) signed MoU with Mr. Tang, Director General .\n")
    ),
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extractors_never_fail_on_any_text(text: str) -> None:
    from importers.extract import extract
    from importers.resolve.reference import load_reference

    for repaired in (False, True):
        facts = extract(text, "zh", reference=load_reference(), repaired=repaired)
        for o in facts.orgs:
            assert all(0 <= s.start <= s.end <= len(text) for s in o.spans)
        extract(text, "en", reference=load_reference(), repaired=repaired)
