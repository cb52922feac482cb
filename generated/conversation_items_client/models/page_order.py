from typing import Literal

PageOrder = Literal["asc", "desc"]

PAGE_ORDER_VALUES: set[PageOrder] = {
    "asc",
    "desc",
}


def check_page_order(value: str) -> PageOrder:
    if value in PAGE_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAGE_ORDER_VALUES!r}")
