from typing import Literal

BetaAnnotationType = Literal["container_file_citation", "file_citation", "file_path", "url_citation"]

BETA_ANNOTATION_TYPE_VALUES: set[BetaAnnotationType] = {
    "container_file_citation",
    "file_citation",
    "file_path",
    "url_citation",
}


def check_beta_annotation_type(value: str) -> BetaAnnotationType:
    if value in BETA_ANNOTATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BETA_ANNOTATION_TYPE_VALUES!r}")
