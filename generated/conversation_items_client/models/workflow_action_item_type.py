from typing import Literal

WorkflowActionItemType = Literal["workflow_action"]

WORKFLOW_ACTION_ITEM_TYPE_VALUES: set[WorkflowActionItemType] = {
    "workflow_action",
}


def check_workflow_action_item_type(value: str) -> WorkflowActionItemType:
    if value in WORKFLOW_ACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_ACTION_ITEM_TYPE_VALUES!r}")
