"""与其余四局局长一道签署: the writer's own office signs with "the other four" offices, counted
and not named in the clause. When the text names bodies of exactly that many foreign
countries, one each, they are the counted ones and sign too; a count that fits no such set
adds nobody."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()

_HEADS = (
    "德国专利商标局局长安娜·施密特,法国国家工业产权局局长皮埃尔·杜邦,"
    "日本特许厅长官山田太郎以及韩国特许厅厅长金民秀出席会议。"
)


def _parties(text: str) -> set[str | None]:
    facts = extract(text, "zh", date="2024-03-20", reference=REF)
    refs = {o.key: o.ref for o in facts.orgs}
    return {refs.get(p) for a in facts.agreements for p in a.parties}


def test_the_other_four_offices_counted_are_the_four_foreign_offices_named() -> None:
    text = (
        "3月10日,五局局长会议在杭州举行。会上,中国国家知识产权局"
        "与其余四局局长一道签署了《五局合作联合声明》。\n\n" + _HEADS
    )
    assert _parties(text) == {"cnipa", "dpma", "inpi-fr", "jpo", "kipo"}


def test_a_count_of_other_offices_that_fits_no_set_of_foreign_offices_adds_none() -> None:
    text = (
        "3月10日,五局局长会议在杭州举行。会上,中国国家知识产权局"
        "与其余三局局长一道签署了《合作联合声明》。\n\n" + _HEADS
    )
    assert not _parties(text) & {"dpma", "inpi-fr", "jpo", "kipo"}
