"""Review: what ipx doubts, the verdicts a person gives on it, and keeping those verdicts.

One idea per module, read in the order a review runs:

    model.py       the plain data the CLI and the explorer's Review pane both draw: items,
                   subjects, confidences, judgements (standard library only)
    signals.py     doubts read from a name's shape (a phrase, a fragment, a group of bodies)
    confidence.py  a confidence per entity and fact from its evidence, in one query per list
                   (DB-API: `ipx search` on a plain sqlite3 connection uses it too)
    pairs.py       probable duplicates: similar names in any script, with what supports them
    queue.py       the queue: every kind of doubt, ranked by P(wrong) x visibility
    mentions.py    one document's mention of an entity as an item (o12@d7), and its signs
    items.py       item ids (o12, o12+o15, r7, a5, o12@d7) and the subjects they name
    keys.py        stable keys of subjects (names, titles, document hashes) and finding them
    judge.py       judging an item and undoing it; apply.py: what each verdict does
                   (mention_verdict.py: on one document's mention)
    replay.py      verdicts applied again after re-import, re-extraction or an exchange import
    extraction.py  what the importers ask: rejected surfaces, distinct pairs, confirmed names,
                   documents read by an older extractor

This module imports only `model`, so that `store.review.confidence` loads no SQLAlchemy.
"""

from store.review.model import (
    ACTIONS,
    Confidence,
    JudgementInfo,
    ReviewItem,
    Subject,
)

__all__ = ["ACTIONS", "Confidence", "JudgementInfo", "ReviewItem", "Subject"]
