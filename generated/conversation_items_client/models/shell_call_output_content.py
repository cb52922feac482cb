from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shell_call_outcome import ShellCallOutcome


T = TypeVar("T", bound="ShellCallOutputContent")


@_attrs_define
class ShellCallOutputContent:
    """The content of a shell tool call output.

    Attributes:
        stdout (str | Unset): The standard output that was captured.
        stderr (str | Unset): The standard error output that was captured.
        outcome (ShellCallOutcome | Unset): The outcome of a shell call output chunk (exit or timeout).
        created_by (str | Unset): The identifier of the actor that created the item.
    """

    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    outcome: ShellCallOutcome | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.to_dict()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        stdout = d.pop("stdout", UNSET)
        if stdout is not UNSET and not isinstance(stdout, str):
            raise TypeError(f"stdout: expected a string, got {type(stdout).__name__}")

        stderr = d.pop("stderr", UNSET)
        if stderr is not UNSET and not isinstance(stderr, str):
            raise TypeError(f"stderr: expected a string, got {type(stderr).__name__}")

        _outcome = d.pop("outcome", UNSET)
        outcome: ShellCallOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = ShellCallOutcome.from_dict(_outcome)

        created_by = d.pop("created_by", UNSET)
        if created_by is not UNSET and not isinstance(created_by, str):
            raise TypeError(f"created_by: expected a string, got {type(created_by).__name__}")

        shell_call_output_content = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
            created_by=created_by,
        )

        shell_call_output_content.additional_properties = d
        return shell_call_output_content

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


from ..models.shell_call_outcome import ShellCallOutcome
