from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_item_type import McpListToolsItemType, check_mcp_list_tools_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.mcp_error import McpError
    from ..models.mcp_list_tools_tool import McpListToolsTool


T = TypeVar("T", bound="McpListToolsItem")


@_attrs_define
class McpListToolsItem:
    """A list of tools available on an MCP server.

    Attributes:
        type_ (McpListToolsItemType): The type of the item. Always `mcp_list_tools`.
        server_label (str): The label of the MCP server.
        tools (list[McpListToolsTool]): The tools available on the server.
        id (str | Unset): The unique ID of the list.
        error (McpError | None | str | Unset): Error if the server could not list tools (an error object or a message).
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: McpListToolsItemType
    server_label: str
    tools: list[McpListToolsTool]
    id: str | Unset = UNSET
    error: McpError | None | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        id = self.id

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpError):
            error = self.error.to_dict()
        else:
            error = self.error

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
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if error is not UNSET:
            field_dict["error"] = error
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
        type_ = check_mcp_list_tools_item_type(d.pop("type"))

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label: expected a string, got {type(server_label).__name__}")

        tools = []
        _tools = d.pop("tools")
        if not isinstance(_tools, list):
            raise TypeError(f"tools: expected a JSON array, got {type(_tools).__name__}")
        for tools_item_data in _tools:
            tools_item = McpListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_error(data: object) -> McpError | None | str | Unset:
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
            if not isinstance(data, (str,)) or isinstance(data, bool):
                raise TypeError(f"error: got {type(data).__name__}, which is none of the types this field may have")
            return cast(McpError | None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        mcp_list_tools_item = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
            error=error,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        mcp_list_tools_item.additional_properties = d
        return mcp_list_tools_item

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
from ..models.mcp_list_tools_tool import McpListToolsTool
