from typing import Literal

ImageGenerationQuality = Literal["auto", "high", "low", "max", "medium", "xhigh"]

IMAGE_GENERATION_QUALITY_VALUES: set[ImageGenerationQuality] = {
    "auto",
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_image_generation_quality(value: str) -> ImageGenerationQuality:
    if value in IMAGE_GENERATION_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_QUALITY_VALUES!r}")
