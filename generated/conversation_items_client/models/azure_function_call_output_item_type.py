from typing import Literal

AzureFunctionCallOutputItemType = Literal["azure_function_call_output"]

AZURE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES: set[AzureFunctionCallOutputItemType] = {
    "azure_function_call_output",
}


def check_azure_function_call_output_item_type(value: str) -> AzureFunctionCallOutputItemType:
    if value in AZURE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AZURE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
