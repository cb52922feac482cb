from typing import Literal

BrowserAutomationPreviewCallItemType = Literal["browser_automation_preview_call"]

BROWSER_AUTOMATION_PREVIEW_CALL_ITEM_TYPE_VALUES: set[BrowserAutomationPreviewCallItemType] = {
    "browser_automation_preview_call",
}


def check_browser_automation_preview_call_item_type(value: str) -> BrowserAutomationPreviewCallItemType:
    if value in BROWSER_AUTOMATION_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BROWSER_AUTOMATION_PREVIEW_CALL_ITEM_TYPE_VALUES!r}")
