"""The generated package: importable on its own, typed, and its ITEM_TYPES built from the spec's mapping."""

from __future__ import annotations

import subprocess
import sys

import conversation_items_client
import conversation_items_client.models as models
from conversation_items import ITEM_TYPES
from support import ROOT


def test_every_mapping_entry_resolves_to_its_generated_class(mapping: dict[str, str]) -> None:
    assert set(ITEM_TYPES) == set(mapping)
    for value, component in mapping.items():
        cls = ITEM_TYPES[value]
        assert cls.__name__ == component
        assert getattr(models, component) is cls
        assert cls.__module__.startswith("conversation_items_client.models.")


def test_generated_package_has_py_typed_marker() -> None:
    package_dir = ROOT / "generated" / "conversation_items_client"
    assert (package_dir / "py.typed").is_file()
    assert conversation_items_client.__file__ is not None
    assert str(package_dir) in conversation_items_client.__file__


def test_generated_package_imports_without_the_public_layer() -> None:
    code = (
        "import sys, conversation_items_client.models as m;"
        "assert 'conversation_items' not in sys.modules;"
        "print(len(m.ITEM_TYPES))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(len(ITEM_TYPES))


def test_models_load_lazily() -> None:
    code = (
        "import sys, conversation_items_client.models as m;"
        "before = sorted(k for k in sys.modules if k.startswith('conversation_items_client.models.'));"
        "m.ITEM_TYPES['function_call'];"
        "after = sorted(k for k in sys.modules if k.startswith('conversation_items_client.models.'));"
        "print(len(before), 'conversation_items_client.models.function_call_item' in after)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True"]


def test_unknown_model_attribute_is_an_attribute_error() -> None:
    try:
        models.NoSuchModel  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_unset_reads_as_unset_and_survives_copies() -> None:
    import copy
    import pickle

    from conversation_items_client.types import UNSET

    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert not UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_unknown_item_additional_keys_are_its_fields_but_type_in_the_order_received() -> None:
    from conversation_items import UnknownItem, parse_item

    item = parse_item({"zeta": 1, "type": "hologram_call", "alpha": [2], "mid": None})
    assert isinstance(item, UnknownItem)
    assert item.additional_keys == ["zeta", "alpha", "mid"]
    assert type(item.additional_keys) is list
    assert UnknownItem("only_type").additional_keys == []
