from typing import Literal

ImageGenerationBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GENERATION_BACKGROUND_VALUES: set[ImageGenerationBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_background(value: str) -> ImageGenerationBackground:
    if value in IMAGE_GENERATION_BACKGROUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_BACKGROUND_VALUES!r}")
