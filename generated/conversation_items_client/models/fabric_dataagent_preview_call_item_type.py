from typing import Literal

FabricDataagentPreviewCallItemType = Literal["fabric_dataagent_preview_call"]

FABRIC_DATAAGENT_PREVIEW_CALL_ITEM_TYPE_VALUES: set[FabricDataagentPreviewCallItemType] = {
    "fabric_dataagent_preview_call",
}


def check_fabric_dataagent_preview_call_item_type(value: str) -> FabricDataagentPreviewCallItemType:
    if value in FABRIC_DATAAGENT_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FABRIC_DATAAGENT_PREVIEW_CALL_ITEM_TYPE_VALUES!r}")
