"""The dataclass flavour jfq uses everywhere: written by hand because a benchmark needs it.

``dataclasses`` writes an __init__, a __repr__ and an __eq__ for every class
and compiles each with exec(); for jfq's two dozen classes that compile work
was the largest part of its own start-up time.  ``python benchmarks/run.py``
measures it on every run (importing jfq.data.model with @record against the same
model with @dataclass, as a ratio: "records" in its table); the last run is in the
README.  ``record`` keeps everything else dataclasses gives (fields(),
defaults, default factories, metadata) but shares one __init__, __repr__ and
__eq__, defined once on the base class ``Record``.  An instance costs a little
more to construct (a loop instead of straight-line code), which only matters for
listings of thousands of entries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload

if TYPE_CHECKING:  # tells type checkers that @record makes dataclasses
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[T], T]:
        return lambda decorated: decorated


T = TypeVar("T")
R = TypeVar("R", bound="Record")
_MISSING = dataclasses.MISSING


class Record:
    """Construction, equality and repr by fields, without per-class generated code."""

    # (name, default, default factory) per field, in order; set by @record.
    _record_fields: ClassVar[tuple[tuple[str, Any, Any], ...]] = ()
    _record_kw_only: ClassVar[bool] = False
    __slots__ = ()  # (a subclass made with slots then has no dict; the others have theirs)
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spec = self._record_fields
        if args:
            if self._record_kw_only or len(args) > len(spec):
                raise TypeError(f"{type(self).__name__}: too many positional arguments")
            for (name, _, _), value in zip(spec, args, strict=False):
                if name in kwargs:
                    raise TypeError(f"{type(self).__name__}: {name} given twice")
                kwargs[name] = value
        # (set one by one, not into self.__dict__: reading it makes each instance hold a dict
        # of its own, where Python keeps the values inline; a fifth of an 8 MB draft's rows)
        put = object.__setattr__
        for name, default, factory in spec:
            if name in kwargs:
                put(self, name, kwargs.pop(name))
            elif factory is not _MISSING:
                put(self, name, factory())
            elif default is not _MISSING:
                put(self, name, default)
            else:
                raise TypeError(f"{type(self).__name__}: missing field {name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(kwargs)}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n, _, _ in self._record_fields)

    def replaced(self: R, **changes: Any) -> R:
        """A copy with ``changes`` (dataclasses.replace, for records with slots too)."""
        values = {n: getattr(self, n) for n, _, _ in self._record_fields}
        return type(self)(**{**values, **changes})

    def __repr__(self) -> str:
        values = ", ".join(f"{n}={getattr(self, n)!r}" for n, _, _ in self._record_fields)
        return f"{type(self).__name__}({values})"


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, kw_only: bool = ..., slots: bool = ...) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(field_specifiers=(dataclasses.field,))
def record(cls: type[T] | None = None, /, *, kw_only: bool = False, slots: bool = False) -> Any:
    """``@record`` / ``@record(kw_only=True)``: a dataclass built on Record's shared methods.

    ``slots=True`` for a class made by the ten thousand (a draft's rows and the figures
    they are read from): its instances hold their fields in slots, with no dict, which
    takes a fifth off each (benchmarks/extract.py's memory goal)."""

    def wrap(klass: type[T]) -> type[T]:
        if not issubclass(klass, Record):
            raise TypeError(f"{klass.__name__} must derive from Record")
        made = dataclasses.dataclass(klass, init=False, repr=False, eq=False)
        fields = dataclasses.fields(made)  # type: ignore[arg-type]
        if slots:
            made = _slotted(made, [f.name for f in fields])
        made._record_fields = tuple((f.name, f.default, f.default_factory) for f in fields)
        made._record_kw_only = kw_only
        return made

    return wrap if cls is None else wrap(cls)


def _slotted(klass: type[T], names: list[str]) -> type[T]:
    """``klass`` made again with a slot for each field, as dataclasses' slots=True does (its
    defaults, class attributes that a slot's name may not share, are in _record_fields)."""
    namespace = {
        k: v for k, v in vars(klass).items() if k not in (*names, "__dict__", "__weakref__")
    }
    namespace["__slots__"] = tuple(names)
    made: type[T] = type(klass.__name__, klass.__bases__, namespace)
    return made
