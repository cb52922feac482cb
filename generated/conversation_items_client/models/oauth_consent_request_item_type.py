from typing import Literal

OauthConsentRequestItemType = Literal["oauth_consent_request"]

OAUTH_CONSENT_REQUEST_ITEM_TYPE_VALUES: set[OauthConsentRequestItemType] = {
    "oauth_consent_request",
}


def check_oauth_consent_request_item_type(value: str) -> OauthConsentRequestItemType:
    if value in OAUTH_CONSENT_REQUEST_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OAUTH_CONSENT_REQUEST_ITEM_TYPE_VALUES!r}")
