from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_action import ImageGenerationAction
from ..models.image_generation_background import ImageGenerationBackground
from ..models.image_generation_call_item_type import ImageGenerationCallItemType, check_image_generation_call_item_type
from ..models.image_generation_call_status import ImageGenerationCallStatus
from ..models.image_generation_output_format import ImageGenerationOutputFormat
from ..models.image_generation_quality import ImageGenerationQuality
from ..models.image_generation_size import ImageGenerationSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.image_generation_call_error import ImageGenerationCallError
    from ..models.image_generation_svg_usage import ImageGenerationSvgUsage


T = TypeVar("T", bound="ImageGenerationCallItem")


@_attrs_define
class ImageGenerationCallItem:
    """An image generation request made by the model.

    Attributes:
        type_ (ImageGenerationCallItemType): The type of the item. Always `image_generation_call`.
        id (str | Unset): The unique ID of the image generation call.
        status (ImageGenerationCallStatus | str | Unset): The status of the image generation call.
        result (None | str | Unset): The generated image encoded in base64.
        action (ImageGenerationAction | None | str | Unset): The action used for image generation.
        background (ImageGenerationBackground | None | str | Unset): The background setting used for generation.
        error (ImageGenerationCallError | None | Unset): Details of a moderation failure, when available.
        output_format (ImageGenerationOutputFormat | None | str | Unset): The output format used for generation.
        quality (ImageGenerationQuality | None | str | Unset): The quality of the generated image (`low`, `medium`,
            `high`, `xhigh`, `max` or `auto`).
        revised_prompt (None | str | Unset): The prompt that was used after any model prompt rewriting.
        size (ImageGenerationSize | None | str | Unset): The image dimensions as a `WIDTHxHEIGHT` string, for example
            `1536x864`.
        svg_usage (ImageGenerationSvgUsage | None | Unset): Token usage of an SVG image generation.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: ImageGenerationCallItemType
    id: str | Unset = UNSET
    status: ImageGenerationCallStatus | str | Unset = UNSET
    result: None | str | Unset = UNSET
    action: ImageGenerationAction | None | str | Unset = UNSET
    background: ImageGenerationBackground | None | str | Unset = UNSET
    error: ImageGenerationCallError | None | Unset = UNSET
    output_format: ImageGenerationOutputFormat | None | str | Unset = UNSET
    quality: ImageGenerationQuality | None | str | Unset = UNSET
    revised_prompt: None | str | Unset = UNSET
    size: ImageGenerationSize | None | str | Unset = UNSET
    svg_usage: ImageGenerationSvgUsage | None | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, str):
            background = self.background
        else:
            background = self.background

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ImageGenerationCallError):
            error = self.error.to_dict()
        else:
            error = self.error

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, str):
            quality = self.quality
        else:
            quality = self.quality

        revised_prompt: None | str | Unset
        if isinstance(self.revised_prompt, Unset):
            revised_prompt = UNSET
        else:
            revised_prompt = self.revised_prompt

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size

        svg_usage: dict[str, Any] | None | Unset
        if isinstance(self.svg_usage, Unset):
            svg_usage = UNSET
        elif isinstance(self.svg_usage, ImageGenerationSvgUsage):
            svg_usage = self.svg_usage.to_dict()
        else:
            svg_usage = self.svg_usage

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if error is not UNSET:
            field_dict["error"] = error
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt
        if size is not UNSET:
            field_dict["size"] = size
        if svg_usage is not UNSET:
            field_dict["svg_usage"] = svg_usage
        if agent_reference is not UNSET:
            field_dict["agent_reference"] = agent_reference
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = check_image_generation_call_item_type(d.pop("type"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_status(data: object) -> ImageGenerationCallStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"result: got {type(data).__name__}, which is none of the types this field may have")
            return data

        result = _parse_result(d.pop("result", UNSET))

        def _parse_action(data: object) -> ImageGenerationAction | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"action: got {type(data).__name__}, which is none of the types this field may have")
            return data

        action = _parse_action(d.pop("action", UNSET))

        def _parse_background(data: object) -> ImageGenerationBackground | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"background: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        background = _parse_background(d.pop("background", UNSET))

        def _parse_error(data: object) -> ImageGenerationCallError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ImageGenerationCallError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"error: got {type(data).__name__}, which is none of the types this field may have")

        error = _parse_error(d.pop("error", UNSET))

        def _parse_output_format(data: object) -> ImageGenerationOutputFormat | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"output_format: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_quality(data: object) -> ImageGenerationQuality | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"quality: got {type(data).__name__}, which is none of the types this field may have")
            return data

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_revised_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"revised_prompt: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        revised_prompt = _parse_revised_prompt(d.pop("revised_prompt", UNSET))

        def _parse_size(data: object) -> ImageGenerationSize | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"size: got {type(data).__name__}, which is none of the types this field may have")
            return data

        size = _parse_size(d.pop("size", UNSET))

        def _parse_svg_usage(data: object) -> ImageGenerationSvgUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                svg_usage_type_0 = ImageGenerationSvgUsage.from_dict(data)

                return svg_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"svg_usage: got {type(data).__name__}, which is none of the types this field may have")

        svg_usage = _parse_svg_usage(d.pop("svg_usage", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        image_generation_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            result=result,
            action=action,
            background=background,
            error=error,
            output_format=output_format,
            quality=quality,
            revised_prompt=revised_prompt,
            size=size,
            svg_usage=svg_usage,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        image_generation_call_item.additional_properties = d
        return image_generation_call_item

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


from ..models.agent_reference import AgentReference
from ..models.image_generation_call_error import ImageGenerationCallError
from ..models.image_generation_svg_usage import ImageGenerationSvgUsage
