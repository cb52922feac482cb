from typing import Literal

FileSearchCallItemType = Literal["file_search_call"]

FILE_SEARCH_CALL_ITEM_TYPE_VALUES: set[FileSearchCallItemType] = {
    "file_search_call",
}


def check_file_search_call_item_type(value: str) -> FileSearchCallItemType:
    if value in FILE_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_CALL_ITEM_TYPE_VALUES!r}")
