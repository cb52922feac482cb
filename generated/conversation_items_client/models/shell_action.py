from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShellAction")


@_attrs_define
class ShellAction:
    """The shell commands and limits that describe how to run a shell call.

    Attributes:
        commands (list[str] | Unset): The commands to run.
        timeout_ms (int | None | Unset): Optional timeout in milliseconds for the commands.
        max_output_length (int | None | Unset): Optional maximum number of characters to return from each command.
    """

    commands: list[str] | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands: list[str] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = self.commands

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commands is not UNSET:
            field_dict["commands"] = commands
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _commands = d.pop("commands", UNSET)
        if not isinstance(_commands, list | Unset):
            raise TypeError(f"commands: expected a JSON array, got {type(_commands).__name__}")
        if isinstance(_commands, list) and any(not isinstance(_element, str) for _element in _commands):
            raise TypeError("commands: expected an array of which each element is a string")
        commands = cast(list[str], _commands)

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, (int,)) or isinstance(data, bool):
                raise TypeError(
                    f"timeout_ms: got {type(data).__name__}, which is none of the types this field may have"
                )
            return cast(int | None | Unset, data)

        timeout_ms = _parse_timeout_ms(d.pop("timeout_ms", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, (int,)) or isinstance(data, bool):
                raise TypeError(
                    f"max_output_length: got {type(data).__name__}, which is none of the types this field may have"
                )
            return cast(int | None | Unset, data)

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        shell_action = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
        )

        shell_action.additional_properties = d
        return shell_action

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
