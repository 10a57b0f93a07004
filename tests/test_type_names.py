"""An entity type by the names people type (`persons`, `organization`, `locations`), accepted
alike by `entities --type`, the search options, the query's `TYPE:` fields, `--fields` and the
web API, from one table (models.ENTITY_NAMES); anything else refused with the names listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.models import ENTITY_NAMES, entity_field
from tests.conftest import invoke

SYNONYMS = {
    "persons": "people",
    "People": "people",
    "organization": "orgs",
    "Organisations": "orgs",
    "location": "places",
    "locations": "places",
    "gpe": "places",
    "norp": "groups",
    "speakers": "speakers",
    "dates": "dates",
}


@pytest.mark.parametrize(("name", "field"), SYNONYMS.items())
def test_entity_field_takes_plurals_and_synonyms(name: str, field: str) -> None:
    assert entity_field(name) == field


def test_an_unknown_type_is_refused_listing_every_name() -> None:
    with pytest.raises(ValueError) as caught:
        entity_field("thing")
    assert all(name in str(caught.value) for name in ENTITY_NAMES)


@pytest.mark.parametrize("name", ["persons", "organizations", "location", "LOCATIONS", "group"])
def test_entities_type_takes_the_names(shipped_index: Path, name: str) -> None:
    code, _, err = invoke("entities", "--type", name, "--index", str(shipped_index))
    assert code == 1 and "error" not in err, err  # no entity tags here: nothing listed, no error


def test_entities_type_refuses_with_the_list(shipped_index: Path) -> None:
    code, _, err = invoke("entities", "--type", "things", "--index", str(shipped_index))
    assert code == 2 and "'things' is not an entity type" in err and "persons" in err and "location" in err


@pytest.mark.parametrize(
    "args",
    [
        ["--people", "zenz"],
        ["--persons", "zenz"],
        ["--organization", "congress"],
        ["--location=xinjiang"],
        ["persons:zenz"],
        ["location:xinjiang"],
        ["organisations:congress"],
    ],
)
def test_search_options_and_fields_take_the_names(shipped_index: Path, args: list[str]) -> None:
    # The index has no entity tags: nothing found (exit 1), but no error (exit 2).
    code, _, err = invoke("search", *args, "--count", "--index", str(shipped_index))
    assert code == 1, err


def test_search_date_option_says_how_to_filter_by_date(shipped_index: Path) -> None:
    code, _, err = invoke("search", "--dates", "2019", "--index", str(shipped_index))
    assert code == 2 and "date:2019" in err and "--article" not in err


def test_fields_take_an_entity_field_by_any_name(shipped_index: Path) -> None:
    code, out, err = invoke(
        "search",
        "uyghurs",
        "-n",
        "1",
        "--jsonl",
        "--fields",
        "article_id,persons,locations",
        "--index",
        str(shipped_index),
    )
    assert code == 0, err
    assert '"people":' in out and '"places":' in out


def test_web_api_takes_the_names(shipped_index: Path) -> None:
    pytest.importorskip("flask")
    from indexer.web import create_app

    client = create_app(shipped_index).test_client()
    assert client.get("/api/search?q=uyghurs&people=zenz").status_code == 200
    assert client.get("/api/search?q=uyghurs&locations=xinjiang").status_code == 200
    assert client.get("/api/entities?type=persons&type=organizations").status_code == 200
    assert client.get("/?q=uyghurs&persons=zenz").status_code == 200
    bad = client.get("/api/entities?type=things")
    assert bad.status_code == 400 and "persons" in bad.get_json()["error"]["message"]


@pytest.mark.parametrize("args", [["persons", "places"], ["--field", "persons", "--field", "places"]])
def test_entities_takes_types_as_words_and_as_field(shipped_index: Path, args: list[str]) -> None:
    # A new user's guesses: `indexer entities people` and `--field` (the index's own word) were
    # "unexpected extra argument" and "no such option"; they list what `--type` does.
    wanted = invoke("entities", "--type", "persons", "--type", "places", "--json", "--index", str(shipped_index))
    got = invoke("entities", *args, "--json", "--index", str(shipped_index))
    assert got == wanted and got[0] in (0, 1), got
    assert set(json.loads(got[1])["entities"]) == {"people", "places"}


def test_entities_refuses_an_unknown_type_word_with_the_list(shipped_index: Path) -> None:
    code, _, err = invoke("entities", "peeple", "--index", str(shipped_index))
    assert code == 2 and "'peeple' is not an entity type" in err and "persons" in err
