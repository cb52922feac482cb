from typing import Literal

BrowserAutomationPreviewCallOutputItemType = Literal["browser_automation_preview_call_output"]

BROWSER_AUTOMATION_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[BrowserAutomationPreviewCallOutputItemType] = {
    "browser_automation_preview_call_output",
}


def check_browser_automation_preview_call_output_item_type(value: str) -> BrowserAutomationPreviewCallOutputItemType:
    if value in BROWSER_AUTOMATION_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BROWSER_AUTOMATION_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
