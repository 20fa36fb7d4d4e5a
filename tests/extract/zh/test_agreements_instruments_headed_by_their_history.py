"""An instrument's own text headed by its history field (沿革: 1.…于某地签订；…生效): the first
item signs the text itself, which names itself 本备忘录 (agreement_history.py): a short form
bracketed after a body is that body again, the parties stand in the order the item first names
them, and a date spaced around its numbers is read."""

from __future__ import annotations

from importers.zh import agreement_history as history
from importers.zh.orgs.mention import Mention
from tests.extract.zh.helpers import agreements, run

_ARTICLES = (
    "第一条 两局同意交换商标审查资料，以实现本备忘录所述目标。\n"
    "第二条 执行本备忘录所需经费，由两局各自负担。\n"
)


def _text(history: str) -> str:
    return f"沿革：\n{history}\n" + _ARTICLES


def test_the_history_of_the_text_signs_the_memorandum_it_names_itself_by() -> None:
    found = agreements(
        run(
            _text(
                "1.2003年4月18日中国国家知识产权局局长张明与欧洲专利局局长李华于慕尼黑签订；"
                "并于同日生效"
            ),
            repaired=True,
        )
    )
    assert found == [("备忘录", "mou", "2003-04-18", {"中国国家知识产权局", "欧洲专利局"})]


def test_a_history_whose_verb_has_its_own_object_adds_nothing_of_its_own() -> None:
    found = agreements(
        run(
            _text("1.2003年4月18日中国国家知识产权局局长张明与欧洲专利局局长李华会谈"),
            repaired=True,
        )
    )
    assert found == []


def _history_hit(item: str, names: list[str]) -> tuple[str | None, list[str]]:
    """The date and the parties (in order) the history item `item` gives the text, each of
    `names` a body mentioned wherever it stands in the item."""
    text = _text(item)
    orgs: list[Mention] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            orgs.append(Mention(at, at + len(name), name))
            at = text.find(name, at + len(name))
    orgs.sort(key=lambda o: o.start)
    hits = history.find(text, orgs, [])
    assert len(hits) == 1
    return hits[0].date, [o.name for o in hits[0].parties]


def test_a_short_form_bracketed_after_a_signer_body_is_that_body_not_a_third() -> None:
    item = "1.2011年9月2日甲国商标局(JTO)局长某甲与乙国版权局局长某乙于某市签订；同日生效"
    assert _history_hit(item, ["甲国商标局", "JTO", "乙国版权局"]) == (
        "2011-09-02",
        ["甲国商标局", "乙国版权局"],
    )


def test_the_parties_of_a_history_stand_in_the_order_it_first_names_them() -> None:
    item = "1.2011年9月2日甲国商标局与乙国版权局商定，由甲国商标局局长某甲于某市签订；同日生效"
    assert _history_hit(item, ["甲国商标局", "乙国版权局"]) == (
        "2011-09-02",
        ["甲国商标局", "乙国版权局"],
    )


def test_a_history_date_written_with_spaces_around_its_numbers_dates_the_text() -> None:
    item = "1.2011 年 9 月 2 日甲国商标局局长某甲与乙国版权局局长某乙于某市签订；同日生效"
    assert _history_hit(item, ["甲国商标局", "乙国版权局"])[0] == "2011-09-02"
