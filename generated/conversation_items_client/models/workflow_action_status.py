from typing import Literal

WorkflowActionStatus = Literal["cancelled", "completed", "failed", "in_progress"]

WORKFLOW_ACTION_STATUS_VALUES: set[WorkflowActionStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_workflow_action_status(value: str) -> WorkflowActionStatus:
    if value in WORKFLOW_ACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_ACTION_STATUS_VALUES!r}")
