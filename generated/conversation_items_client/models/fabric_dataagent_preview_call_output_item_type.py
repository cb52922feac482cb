from typing import Literal

FabricDataagentPreviewCallOutputItemType = Literal["fabric_dataagent_preview_call_output"]

FABRIC_DATAAGENT_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[FabricDataagentPreviewCallOutputItemType] = {
    "fabric_dataagent_preview_call_output",
}


def check_fabric_dataagent_preview_call_output_item_type(value: str) -> FabricDataagentPreviewCallOutputItemType:
    if value in FABRIC_DATAAGENT_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FABRIC_DATAAGENT_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
