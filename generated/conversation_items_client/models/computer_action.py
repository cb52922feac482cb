from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.click_button_type import ClickButtonType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate


T = TypeVar("T", bound="ComputerAction")


@_attrs_define
class ComputerAction:
    """A computer use action (click, double_click, drag, keypress, move, screenshot, scroll, type, wait).

    Attributes:
        type_ (str): The action type.
        button (ClickButtonType | str | Unset): Which mouse button was pressed during the click.
        x (int | Unset): The x-coordinate.
        y (int | Unset): The y-coordinate.
        keys (list[str] | None | Unset): The keys pressed or held.
        path (list[Coordinate] | Unset): The path of a drag action.
        scroll_x (int | Unset): The horizontal scroll distance.
        scroll_y (int | Unset): The vertical scroll distance.
        text (str | Unset): The text to type.
    """

    type_: str
    button: ClickButtonType | str | Unset = UNSET
    x: int | Unset = UNSET
    y: int | Unset = UNSET
    keys: list[str] | None | Unset = UNSET
    path: list[Coordinate] | Unset = UNSET
    scroll_x: int | Unset = UNSET
    scroll_y: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        button: str | Unset
        if isinstance(self.button, Unset):
            button = UNSET
        elif isinstance(self.button, str):
            button = self.button
        else:
            button = self.button

        x = self.x

        y = self.y

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        scroll_x = self.scroll_x

        scroll_y = self.scroll_y

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if button is not UNSET:
            field_dict["button"] = button
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if keys is not UNSET:
            field_dict["keys"] = keys
        if path is not UNSET:
            field_dict["path"] = path
        if scroll_x is not UNSET:
            field_dict["scroll_x"] = scroll_x
        if scroll_y is not UNSET:
            field_dict["scroll_y"] = scroll_y
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        def _parse_button(data: object) -> ClickButtonType | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"button: got {type(data).__name__}, which is none of the types this field may have")
            return data

        button = _parse_button(d.pop("button", UNSET))

        x = d.pop("x", UNSET)
        if x is not UNSET and (not isinstance(x, int) or isinstance(x, bool)):
            raise TypeError(f"x: expected an integer, got {type(x).__name__}")

        y = d.pop("y", UNSET)
        if y is not UNSET and (not isinstance(y, int) or isinstance(y, bool)):
            raise TypeError(f"y: expected an integer, got {type(y).__name__}")

        def _parse_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _keys_type_0 = data
                if not isinstance(_keys_type_0, list):
                    raise TypeError(f"keys_type_0: expected a JSON array, got {type(_keys_type_0).__name__}")
                if isinstance(_keys_type_0, list) and any(not isinstance(_element, str) for _element in _keys_type_0):
                    raise TypeError("keys_type_0: expected an array of which each element is a string")
                keys_type_0 = cast(list[str], _keys_type_0)

                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"keys: got {type(data).__name__}, which is none of the types this field may have")

        keys = _parse_keys(d.pop("keys", UNSET))

        _path = d.pop("path", UNSET)
        path: list[Coordinate] | Unset = UNSET
        if _path is not UNSET:
            if not isinstance(_path, list):
                raise TypeError(f"path: expected a JSON array, got {type(_path).__name__}")
            path = []
            for path_item_data in _path:
                path_item = Coordinate.from_dict(path_item_data)

                path.append(path_item)

        scroll_x = d.pop("scroll_x", UNSET)
        if scroll_x is not UNSET and (not isinstance(scroll_x, int) or isinstance(scroll_x, bool)):
            raise TypeError(f"scroll_x: expected an integer, got {type(scroll_x).__name__}")

        scroll_y = d.pop("scroll_y", UNSET)
        if scroll_y is not UNSET and (not isinstance(scroll_y, int) or isinstance(scroll_y, bool)):
            raise TypeError(f"scroll_y: expected an integer, got {type(scroll_y).__name__}")

        text = d.pop("text", UNSET)
        if text is not UNSET and not isinstance(text, str):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        computer_action = cls(
            type_=type_,
            button=button,
            x=x,
            y=y,
            keys=keys,
            path=path,
            scroll_x=scroll_x,
            scroll_y=scroll_y,
            text=text,
        )

        computer_action.additional_properties = d
        return computer_action

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


from ..models.coordinate import Coordinate
