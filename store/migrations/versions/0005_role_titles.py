"""role titles: one role stated in two languages (or two spellings) is one role

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:00:00

A role keeps its other titles (总干事 beside Director General) in `other_titles`, a JSON list.
Knowledge bases written before this revision hold such a role as two rows; they are made
one here by the same rule the store now applies when it writes a role
(store/text/titles.py): the row written first is kept, takes the other's titles, fills its
missing dates from it and takes its mentions (and its reference origin, if it had one),
and the other row goes. The rule is read from
store.text (words, no tables), so this migration does not depend on later models.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_role = sa.table(
    "role",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("organisation_id", sa.Integer),
    sa.column("title", sa.String),
    sa.column("title_norm", sa.String),
    sa.column("other_titles", sa.String),
    sa.column("start", sa.String),
    sa.column("end", sa.String),
    sa.column("origin", sa.String),
)
_mention = sa.table(
    "mention",
    sa.column("target_type", sa.String),
    sa.column("target_id", sa.Integer),
)


def upgrade() -> None:
    op.add_column(
        "role", sa.Column("other_titles", sa.String(), nullable=False, server_default="[]")
    )
    _unify_roles(op.get_bind())


def _unify_roles(conn: sa.Connection) -> None:
    from store.text.fold import fold
    from store.text.titles import Held, match, shown_first, title_key

    kept: dict[tuple[int, int | None], list[dict]] = {}
    rows = conn.execute(sa.select(_role).order_by(_role.c.id)).mappings()
    for row in [dict(r) for r in rows]:
        roles = kept.setdefault((row["person_id"], row["organisation_id"]), [])
        titles = [row["title"], *json.loads(row["other_titles"] or "[]")]
        held = [Held(r["all"], r["start"], r["end"]) for r in roles]
        at = match(Held(titles, row["start"], row["end"]), held)
        if at is None:
            roles.append({**row, "all": titles})
            continue
        into = roles[at]
        for t in titles:  # another spelling of a title it has adds nothing
            if title_key(t) not in {title_key(x) for x in into["all"]}:
                into["all"].append(t)
        into["start"] = into["start"] or row["start"]
        into["end"] = into["end"] or row["end"]
        if row["origin"] == "reference":  # what the reference data states stays
            into["origin"] = "reference"
        ordered = shown_first(into["all"])
        conn.execute(
            _role.update()
            .where(_role.c.id == into["id"])
            .values(
                title=ordered[0],
                title_norm=fold(ordered[0]),
                other_titles=json.dumps(ordered[1:], ensure_ascii=False),
                start=into["start"],
                end=into["end"],
                origin=into["origin"],
            )
        )
        conn.execute(
            _mention.update()
            .where(_mention.c.target_type == "role", _mention.c.target_id == row["id"])
            .values(target_id=into["id"])
        )
        conn.execute(_role.delete().where(_role.c.id == row["id"]))


def downgrade() -> None:
    with op.batch_alter_table("role") as batch:
        batch.drop_column("other_titles")
