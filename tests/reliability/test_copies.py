"""Models copy and pickle losslessly: one item of every type (its fixture, or a sample synthesized from its schema
where it has none) and UnknownItem, through copy.copy,
copy.deepcopy and pickle, give an equal object whose to_dict() is the payload again and is JSON-serialisable.

The "unset" sentinel is what used to break: the generated to_dict tests `value is not UNSET`, and a copy that
carried a new Unset object leaked it into the dict (json.dumps refused it).
"""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from conversation_items import ITEM_TYPES, UnknownItem, parse_item
from conversation_items_client.types import UNSET, Unset
from reliability_support import count
from support import item_samples, unknown_type

SAMPLES = {sample.item_type: sample for sample in item_samples()}  # every type in the spec, fixture or not


def pickled(value: Any) -> Any:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


COPIES: dict[str, Callable[[Any], Any]] = {"copy": copy.copy, "deepcopy": copy.deepcopy, "pickle": pickled}
UNKNOWN_PAYLOAD = {
    "type": unknown_type("hologram_call"),  # drawn against the spec: a real hologram_call may be added
    "id": "hc_1",
    "frames": 3,
    "nested": {"a": [1, None, {"b": "c"}]},
}


def test_every_type_in_the_spec_has_a_sample() -> None:
    assert set(SAMPLES) == set(ITEM_TYPES)


def assert_lossless(original: Any, duplicate: Any, payload: dict[str, Any]) -> None:
    assert type(duplicate) is type(original)
    assert duplicate == original
    assert duplicate.to_dict() == original.to_dict() == payload
    assert json.loads(json.dumps(duplicate.to_dict())) == payload


@pytest.mark.parametrize("how", sorted(COPIES))
@pytest.mark.parametrize("item_type", sorted(ITEM_TYPES))
def test_every_item_type_copies_and_pickles_losslessly(item_type: str, how: str) -> None:
    payload = copy.deepcopy(SAMPLES[item_type].data)
    item = parse_item(payload)
    assert type(item) is ITEM_TYPES[item_type]
    duplicate = COPIES[how](item)
    assert_lossless(item, duplicate, payload)
    if how != "copy":
        assert duplicate is not item
    count("copies: item types x copy/deepcopy/pickle")


@pytest.mark.parametrize("how", sorted(COPIES))
def test_unknown_item_copies_and_pickles_losslessly(how: str) -> None:
    item = parse_item(UNKNOWN_PAYLOAD)
    assert isinstance(item, UnknownItem)
    duplicate = COPIES[how](item)
    assert_lossless(item, duplicate, UNKNOWN_PAYLOAD)
    if how == "deepcopy":
        duplicate["nested"]["a"].append(2)
        assert item.to_dict() == UNKNOWN_PAYLOAD, "a deep copy shares no state with the original"
    count("copies: UnknownItem x copy/deepcopy/pickle")


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_unset_is_a_singleton_through_copies_and_every_pickle_protocol(protocol: int) -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.deepcopy({"x": [UNSET]})["x"][0] is UNSET
    assert pickle.loads(pickle.dumps(UNSET, protocol=protocol)) is UNSET
    assert isinstance(UNSET, Unset)
    assert not UNSET


def test_items_pickled_here_unpickle_in_another_process() -> None:
    """What multiprocessing and pickle caches do: the unset fields resolve to that process's UNSET."""
    items = [parse_item(copy.deepcopy(SAMPLES[item_type].data)) for item_type in sorted(SAMPLES)]
    items.append(parse_item(UNKNOWN_PAYLOAD))
    code = (
        "import json, pickle, sys\n"
        "items = pickle.loads(sys.stdin.buffer.read())\n"
        "print(json.dumps([item.to_dict() for item in items]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=pickle.dumps(items), capture_output=True, check=False, timeout=60
    )
    assert out.returncode == 0, out.stderr.decode()
    assert json.loads(out.stdout) == [item.to_dict() for item in items]
    count("copies: items unpickled in another process", len(items))
