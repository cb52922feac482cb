from typing import Literal

AzureAiSearchCallItemType = Literal["azure_ai_search_call"]

AZURE_AI_SEARCH_CALL_ITEM_TYPE_VALUES: set[AzureAiSearchCallItemType] = {
    "azure_ai_search_call",
}


def check_azure_ai_search_call_item_type(value: str) -> AzureAiSearchCallItemType:
    if value in AZURE_AI_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AZURE_AI_SEARCH_CALL_ITEM_TYPE_VALUES!r}")
