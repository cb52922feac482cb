from typing import Literal

ImageGenerationCallStatus = Literal["completed", "failed", "generating", "in_progress"]

IMAGE_GENERATION_CALL_STATUS_VALUES: set[ImageGenerationCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_generation_call_status(value: str) -> ImageGenerationCallStatus:
    if value in IMAGE_GENERATION_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_CALL_STATUS_VALUES!r}")
