from typing import Literal

CompactionItemType = Literal["compaction"]

COMPACTION_ITEM_TYPE_VALUES: set[CompactionItemType] = {
    "compaction",
}


def check_compaction_item_type(value: str) -> CompactionItemType:
    if value in COMPACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPACTION_ITEM_TYPE_VALUES!r}")
