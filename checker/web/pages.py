"""The Jinja2 templates of the app and of the self-contained report, with autoescape always on: article text
reaches a page only as escaped text."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import jinja2

from .views import ITEM_KINDS, MARKS, VERDICT_FILTERS

VERDICT_KEYS = (("confirmed", "c", "Confirm"), ("dismissed", "d", "Dismiss"), ("unsure", "u", "Unsure"))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker.web", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(ITEM_KINDS=ITEM_KINDS, MARKS=MARKS, VERDICT_FILTERS=VERDICT_FILTERS, VERDICT_KEYS=VERDICT_KEYS)
    env.filters["score"] = lambda x: f"{x:.2f}"
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)


def asset(name: str) -> str:
    """The text of a file in checker/web/static/."""
    return (files("checker.web") / "static" / name).read_text(encoding="utf-8")
