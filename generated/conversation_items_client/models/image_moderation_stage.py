from typing import Literal

ImageModerationStage = Literal["input", "output", "unknown"]

IMAGE_MODERATION_STAGE_VALUES: set[ImageModerationStage] = {
    "input",
    "output",
    "unknown",
}


def check_image_moderation_stage(value: str) -> ImageModerationStage:
    if value in IMAGE_MODERATION_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_MODERATION_STAGE_VALUES!r}")
