"""An instrument's own text headed by its history field (沿革: 1.…于某地签订；…生效): the first
item signs the text itself, which names itself 本备忘录 (agreement_history.py)."""

from __future__ import annotations

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
