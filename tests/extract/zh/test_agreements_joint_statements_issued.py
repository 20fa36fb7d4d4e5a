"""Two bodies that issue a joint statement together (发表, 发布) conclude it as a signing
would (importers/zh/agreement_statements.py); issuing anything else agrees nothing."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_a_joint_statement_two_bodies_issue_is_an_agreement_between_them() -> None:
    found = agreements(
        run("2021年4月8日，新加坡知识产权局与欧洲专利局在线上共同发表了《数字化合作联合声明》。")
    )
    assert found == [
        (
            "数字化合作联合声明",
            "joint_statement",
            "2021-04-08",
            {"新加坡知识产权局", "欧洲专利局"},
        )
    ]


def test_an_unquoted_joint_statement_is_one_too() -> None:
    found = agreements(run("国家知识产权局和欧洲专利局发布联合声明，承诺深化审查合作。"))
    assert [(a[1], a[3]) for a in found] == [("joint_statement", {"国家知识产权局", "欧洲专利局"})]


def test_a_body_that_issues_a_statement_alone_agrees_nothing() -> None:
    assert not agreements(run("欧洲专利局发布《2023年度联合声明》。"))


def test_a_speech_or_a_report_issued_is_no_agreement() -> None:
    text = "国家知识产权局与新加坡知识产权局的代表发表讲话，并发布了《合作年度报告》。"
    assert not agreements(run(text))


_HIGH_LEVEL = (
    "2023年9月12日，第三次中新高层对话在新加坡举行，{sides}发布《{title}》。"
    "声明回顾，中国国家知识产权局与新加坡知识产权局自2005年起开展合作。"
)


def test_sides_counted_before_a_title_of_their_countries_initials_are_those_countries_offices() -> (
    None
):
    found = agreements(
        run(_HIGH_LEVEL.format(sides="双方", title="中新知识产权合作五年愿景联合声明"))
    )
    assert found == [
        (
            "中新知识产权合作五年愿景联合声明",
            "joint_statement",
            "2023-09-12",
            {"中国国家知识产权局", "新加坡知识产权局"},
        )
    ]


def test_a_count_of_sides_other_than_the_initials_names_no_parties() -> None:
    text = _HIGH_LEVEL.format(sides="三方", title="中新知识产权合作五年愿景联合声明")
    assert not agreements(run(text))


def test_a_statement_on_no_ip_field_is_not_the_offices_even_with_initials() -> None:
    assert not agreements(run(_HIGH_LEVEL.format(sides="双方", title="中新旅游合作联合声明")))
