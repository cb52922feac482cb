from typing import Literal

WebSearchCallItemType = Literal["web_search_call"]

WEB_SEARCH_CALL_ITEM_TYPE_VALUES: set[WebSearchCallItemType] = {
    "web_search_call",
}


def check_web_search_call_item_type(value: str) -> WebSearchCallItemType:
    if value in WEB_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CALL_ITEM_TYPE_VALUES!r}")
