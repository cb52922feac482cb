from typing import Literal

ImageGenerationCallItemType = Literal["image_generation_call"]

IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES: set[ImageGenerationCallItemType] = {
    "image_generation_call",
}


def check_image_generation_call_item_type(value: str) -> ImageGenerationCallItemType:
    if value in IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES!r}")
