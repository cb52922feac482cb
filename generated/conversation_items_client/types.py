"""Contains some shared types for properties"""

import importlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # the module-level name: copy, deepcopy and pickle give back UNSET itself, which to_dict tests with `is`
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")

    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("content", "headers", "parsed", "status_code")

    status_code: HTTPStatus | int
    content: bytes
    headers: Mapping[str, str]
    parsed: T | None

    def __init__(
        self, *, status_code: HTTPStatus | int, content: bytes, headers: Mapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={int(self.status_code)}, parsed={self.parsed!r})"


def status_code_of(code: int) -> HTTPStatus | int:
    """`HTTPStatus(code)` when Python knows the code, else the plain int (299, 499, 520...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


class UnknownItem:
    """An item whose `type` this package does not know: every field is kept.

    `type_` is the item's `type`; every other field is in `additional_properties` (and reachable
    as `item["field"]`), in the order received. `to_dict()` returns the input unchanged.
    """

    __slots__ = ("additional_properties", "type_")

    type_: str
    additional_properties: dict[str, Any]

    def __init__(self, type_: str, additional_properties: dict[str, Any] | None = None) -> None:
        self.type_ = type_
        self.additional_properties = {} if additional_properties is None else additional_properties

    def __repr__(self) -> str:
        return f"UnknownItem(type_={self.type_!r}, additional_properties={self.additional_properties!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownItem):
            return NotImplemented
        return self.type_ == other.type_ and self.additional_properties == other.additional_properties

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, like the generated models

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_, **self.additional_properties}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> "UnknownItem":
        d = dict(src_dict)
        return cls(type_=d.pop("type"), additional_properties=d)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class DiscriminatedUnion(Mapping[str, type]):
    """`type` value -> generated model class, each model module imported on first use.

    `decode(data)` is one dict lookup: a known `type` gives its class's `from_dict`, an unknown
    one an `UnknownItem`; anything else raises `ItemDecodeError` with the raw payload.
    """

    __slots__ = ("_classes", "_modules")

    def __init__(self, members: tuple[tuple[str, str, str], ...]) -> None:
        self._modules = {value: (module, name) for value, module, name in members}
        self._classes: dict[str, type] = {}

    def __getitem__(self, value: str) -> type:
        cls = self._classes.get(value)
        if cls is None:
            module, name = self._modules[value]
            cls = getattr(importlib.import_module(f"{__package__}.models.{module}"), name)
            self._classes[value] = cls
        return cls

    def __contains__(self, value: object) -> bool:
        return value in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def __repr__(self) -> str:
        return f"DiscriminatedUnion({len(self._modules)} types)"

    def decode(self, data: object) -> Any:
        from .errors import ItemDecodeError

        if not isinstance(data, dict):
            raise ItemDecodeError(f"an item must be a JSON object, got {type(data).__name__}", payload=data)
        tag = data.get("type")
        if not isinstance(tag, str):
            if "type" not in data:
                raise ItemDecodeError("the item has no 'type' field", payload=data)
            raise ItemDecodeError(f"the item's 'type' must be a string, got {type(tag).__name__}", payload=data)
        cls = self._classes.get(tag)
        if cls is None:
            if tag not in self._modules:
                return UnknownItem(type_=tag, additional_properties={k: v for k, v in data.items() if k != "type"})
            cls = self[tag]
        try:
            return cls.from_dict(data)  # type: ignore[attr-defined]
        except KeyError as exc:
            cause = f"missing required field {_describe(exc.args[0] if exc.args else exc)}"
            raise ItemDecodeError(
                f"cannot decode item of type {_describe(tag)}: {cause}", payload=data, item_type=tag
            ) from exc
        except (TypeError, ValueError, AttributeError, RecursionError) as exc:
            text = str(exc)
            cause = f"{type(exc).__name__}: {text if len(text) <= 200 else text[:197] + '...'}"
            raise ItemDecodeError(
                f"cannot decode item of type {_describe(tag)}: {cause}", payload=data, item_type=tag
            ) from exc

    def decode_list(self, data: object, field: str = "data") -> list[Any]:
        """Every element of a JSON array decoded by `decode`, in order. A failing element raises `ItemDecodeError`
        naming its index and id in the array, with its own payload and type."""
        from .errors import ItemDecodeError

        if not isinstance(data, list):
            raise TypeError(f"{field}: expected a JSON array, got {type(data).__name__}")
        decode = self.decode
        items: list[Any] = []
        append = items.append
        for index, element in enumerate(data):
            try:
                append(decode(element))
            except ItemDecodeError as exc:
                item_id = element.get("id") if isinstance(element, dict) else None
                raise ItemDecodeError(
                    f"{field}[{index}] (id {_describe(item_id)}): {exc.message}",
                    payload=exc.payload,
                    item_type=exc.item_type,
                ) from exc
        return items


@dataclass(frozen=True, slots=True)
class RequestParts:
    """An operation's request, built from typed arguments without sending it.

    `path` has its ids percent-encoded and is appended to the base URL; `params` and `headers` hold only what
    the arguments set.
    """

    method: str
    path: str
    params: dict[str, Any]
    headers: dict[str, str]

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, Any]) -> "RequestParts":
        return cls(
            method=str(kwargs["method"]).upper(),
            path=kwargs["url"],
            params=dict(kwargs.get("params") or {}),
            headers=dict(kwargs.get("headers") or {}),
        )


@dataclass(frozen=True, slots=True)
class RawResponse:
    """A response as received (status, headers, body bytes), for an endpoint's `parse_response`."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes

    def json(self) -> Any:
        return json.loads(self.content)


__all__ = [
    "UNSET",
    "DiscriminatedUnion",
    "File",
    "FileTypes",
    "RawResponse",
    "RequestFiles",
    "RequestParts",
    "Response",
    "UnknownItem",
    "Unset",
    "status_code_of",
]
