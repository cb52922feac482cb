from typing import Literal

AzureFunctionCallItemType = Literal["azure_function_call"]

AZURE_FUNCTION_CALL_ITEM_TYPE_VALUES: set[AzureFunctionCallItemType] = {
    "azure_function_call",
}


def check_azure_function_call_item_type(value: str) -> AzureFunctionCallItemType:
    if value in AZURE_FUNCTION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AZURE_FUNCTION_CALL_ITEM_TYPE_VALUES!r}")
