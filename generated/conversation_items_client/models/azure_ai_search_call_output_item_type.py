from typing import Literal

AzureAiSearchCallOutputItemType = Literal["azure_ai_search_call_output"]

AZURE_AI_SEARCH_CALL_OUTPUT_ITEM_TYPE_VALUES: set[AzureAiSearchCallOutputItemType] = {
    "azure_ai_search_call_output",
}


def check_azure_ai_search_call_output_item_type(value: str) -> AzureAiSearchCallOutputItemType:
    if value in AZURE_AI_SEARCH_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AZURE_AI_SEARCH_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
