from typing import Literal

ImageGenerationAction = Literal["auto", "edit", "generate"]

IMAGE_GENERATION_ACTION_VALUES: set[ImageGenerationAction] = {
    "auto",
    "edit",
    "generate",
}


def check_image_generation_action(value: str) -> ImageGenerationAction:
    if value in IMAGE_GENERATION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_ACTION_VALUES!r}")
