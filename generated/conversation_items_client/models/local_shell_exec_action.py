from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables


T = TypeVar("T", bound="LocalShellExecAction")


@_attrs_define
class LocalShellExecAction:
    """Execute a shell command on the server.

    Attributes:
        type_ (str): Always `exec`.
        command (list[str] | Unset): The command to run.
        timeout_ms (int | None | Unset): Optional timeout in milliseconds for the command.
        working_directory (None | str | Unset): Optional working directory to run the command in.
        env (EnvironmentVariables | Unset): Environment variables to set for a command.
        user (None | str | Unset): Optional user to run the command as.
    """

    type_: str
    command: list[str] | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    env: EnvironmentVariables | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if env is not UNSET:
            field_dict["env"] = env
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        _command = d.pop("command", UNSET)
        if not isinstance(_command, list | Unset):
            raise TypeError(f"command: expected a JSON array, got {type(_command).__name__}")
        if isinstance(_command, list) and any(not isinstance(_element, str) for _element in _command):
            raise TypeError("command: expected an array of which each element is a string")
        command = cast(list[str], _command)

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

        def _parse_working_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"working_directory: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        working_directory = _parse_working_directory(d.pop("working_directory", UNSET))

        _env = d.pop("env", UNSET)
        env: EnvironmentVariables | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = EnvironmentVariables.from_dict(_env)

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"user: got {type(data).__name__}, which is none of the types this field may have")
            return data

        user = _parse_user(d.pop("user", UNSET))

        local_shell_exec_action = cls(
            type_=type_,
            command=command,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            env=env,
            user=user,
        )

        local_shell_exec_action.additional_properties = d
        return local_shell_exec_action

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


from ..models.environment_variables import EnvironmentVariables
