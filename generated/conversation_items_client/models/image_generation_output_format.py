from typing import Literal

ImageGenerationOutputFormat = Literal["gif", "jpeg", "png", "svg", "webp"]

IMAGE_GENERATION_OUTPUT_FORMAT_VALUES: set[ImageGenerationOutputFormat] = {
    "gif",
    "jpeg",
    "png",
    "svg",
    "webp",
}


def check_image_generation_output_format(value: str) -> ImageGenerationOutputFormat:
    if value in IMAGE_GENERATION_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_OUTPUT_FORMAT_VALUES!r}")
