from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_content_type import AgentMessageContentType
from ..models.image_detail import ImageDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.beta_annotation import BetaAnnotation
    from ..models.beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig
    from ..models.log_prob import LogProb


T = TypeVar("T", bound="AgentMessageContent")


@_attrs_define
class AgentMessageContent:
    """A content part that makes up an input or output item.

    Attributes:
        type_ (AgentMessageContentType | str | Unset):
        text (str | Unset): The text input to the model.
        prompt_cache_breakpoint (BetaPromptCacheBreakpointConfig | Unset): Marks the exact end of a reusable prompt
            prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not
            rounded to a token block.
        annotations (list[BetaAnnotation] | Unset): The annotations of the text output.
        logprobs (list[LogProb] | Unset):
        refusal (str | Unset): The refusal explanation from the model.
        image_url (None | str | Unset): The URL of the image to be sent to the model. A fully qualified URL or base64
            encoded image in a data URL.
        file_id (None | str | Unset): The ID of the file to be sent to the model.
        detail (ImageDetail | str | Unset):
        filename (str | Unset): The name of the file to be sent to the model.
        file_data (str | Unset): The content of the file to be sent to the model.
        file_url (str | Unset): The URL of the file to be sent to the model.
        encrypted_content (str | Unset): Opaque encrypted content.
    """

    type_: AgentMessageContentType | str | Unset = UNSET
    text: str | Unset = UNSET
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | Unset = UNSET
    annotations: list[BetaAnnotation] | Unset = UNSET
    logprobs: list[LogProb] | Unset = UNSET
    refusal: str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    detail: ImageDetail | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        refusal = self.refusal

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        detail: str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail

        filename = self.filename

        file_data = self.file_data

        file_url = self.file_url

        encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_type_(data: object) -> AgentMessageContentType | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"type_: got {type(data).__name__}, which is none of the types this field may have")
            return data

        type_ = _parse_type_(d.pop("type", UNSET))

        text = d.pop("text", UNSET)
        if text is not UNSET and not isinstance(text, str):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = BetaPromptCacheBreakpointConfig.from_dict(_prompt_cache_breakpoint)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[BetaAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            if not isinstance(_annotations, list):
                raise TypeError(f"annotations: expected a JSON array, got {type(_annotations).__name__}")
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = BetaAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[LogProb] | Unset = UNSET
        if _logprobs is not UNSET:
            if not isinstance(_logprobs, list):
                raise TypeError(f"logprobs: expected a JSON array, got {type(_logprobs).__name__}")
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = LogProb.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        refusal = d.pop("refusal", UNSET)
        if refusal is not UNSET and not isinstance(refusal, str):
            raise TypeError(f"refusal: expected a string, got {type(refusal).__name__}")

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"image_url: got {type(data).__name__}, which is none of the types this field may have")
            return data

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"file_id: got {type(data).__name__}, which is none of the types this field may have")
            return data

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        def _parse_detail(data: object) -> ImageDetail | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"detail: got {type(data).__name__}, which is none of the types this field may have")
            return data

        detail = _parse_detail(d.pop("detail", UNSET))

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        file_data = d.pop("file_data", UNSET)
        if file_data is not UNSET and not isinstance(file_data, str):
            raise TypeError(f"file_data: expected a string, got {type(file_data).__name__}")

        file_url = d.pop("file_url", UNSET)
        if file_url is not UNSET and not isinstance(file_url, str):
            raise TypeError(f"file_url: expected a string, got {type(file_url).__name__}")

        encrypted_content = d.pop("encrypted_content", UNSET)
        if encrypted_content is not UNSET and not isinstance(encrypted_content, str):
            raise TypeError(f"encrypted_content: expected a string, got {type(encrypted_content).__name__}")

        agent_message_content = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            annotations=annotations,
            logprobs=logprobs,
            refusal=refusal,
            image_url=image_url,
            file_id=file_id,
            detail=detail,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            encrypted_content=encrypted_content,
        )

        agent_message_content.additional_properties = d
        return agent_message_content

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.beta_annotation import BetaAnnotation
from ..models.beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig
from ..models.log_prob import LogProb
