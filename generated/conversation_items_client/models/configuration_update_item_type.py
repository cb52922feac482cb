from typing import Literal

ConfigurationUpdateItemType = Literal["configuration_update"]

CONFIGURATION_UPDATE_ITEM_TYPE_VALUES: set[ConfigurationUpdateItemType] = {
    "configuration_update",
}


def check_configuration_update_item_type(value: str) -> ConfigurationUpdateItemType:
    if value in CONFIGURATION_UPDATE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFIGURATION_UPDATE_ITEM_TYPE_VALUES!r}")
