from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_item_type import McpCallItemType, check_mcp_call_item_type
from ..models.mcp_call_status import McpCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.mcp_error import McpError


T = TypeVar("T", bound="McpCallItem")


@_attrs_define
class McpCallItem:
    """An invocation of a tool on an MCP server.

    Attributes:
        type_ (McpCallItemType): The type of the item. Always `mcp_call`.
        server_label (str): The label of the MCP server running the tool.
        name (str): The name of the tool that was run.
        arguments (str): A JSON string of the arguments passed to the tool.
        id (str | Unset): The unique ID of the tool call.
        output (None | str | Unset): The output from the tool call.
        error (McpError | None | Unset): The error from the tool call, if any.
        status (McpCallStatus | str | Unset): The status of the tool call.
        approval_request_id (None | str | Unset): Unique identifier for the MCP tool call approval request.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: McpCallItemType
    server_label: str
    name: str
    arguments: str
    id: str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: McpError | None | Unset = UNSET
    status: McpCallStatus | str | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpError):
            error = self.error.to_dict()
        else:
            error = self.error

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
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
        type_ = check_mcp_call_item_type(d.pop("type"))

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label: expected a string, got {type(server_label).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        arguments = d.pop("arguments")
        if not isinstance(arguments, str):
            raise TypeError(f"arguments: expected a string, got {type(arguments).__name__}")

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"output: got {type(data).__name__}, which is none of the types this field may have")
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> McpError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = McpError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"error: got {type(data).__name__}, which is none of the types this field may have")

        error = _parse_error(d.pop("error", UNSET))

        def _parse_status(data: object) -> McpCallStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"approval_request_id: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        mcp_call_item = cls(
            type_=type_,
            server_label=server_label,
            name=name,
            arguments=arguments,
            id=id,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        mcp_call_item.additional_properties = d
        return mcp_call_item

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
from ..models.mcp_error import McpError
