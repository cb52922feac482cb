from typing import Literal

ImageGenerationSize = Literal["1024x1024", "1024x1536", "1536x1024"]

IMAGE_GENERATION_SIZE_VALUES: set[ImageGenerationSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
}


def check_image_generation_size(value: str) -> ImageGenerationSize:
    if value in IMAGE_GENERATION_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SIZE_VALUES!r}")
