"""The YAML loader for data files: safe, and stricter than YAML itself.

Imported only when a YAML file is parsed (PyYAML costs start-up time).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it


class StrictLoader(_Base):  # type: ignore[misc]
    """SafeLoader that refuses anchors and aliases and keys given twice.

    An alias is refused where it is used a second time: every node is built
    once, so a node met again can only be an alias (or a merge key, which
    needs one).  That also rules out "billion laughs" files, whose aliases
    expand into more nodes than memory holds.
    """

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise ConstructorError(
                None, None, "anchors and aliases (& and *) are not allowed", node.start_mark
            )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise ConstructorError(
                        None, None, f"key {key_node.value!r} is given twice", key_node.start_mark
                    )
                seen.add(key)
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

    def construct_undefined(self, node: Node) -> Any:
        # Safe loading already refuses !!python/object and friends; say why in plain words.
        raise ConstructorError(
            None, None, f"the tag {node.tag!r} is not allowed in a data file", node.start_mark
        )


StrictLoader.add_constructor(None, StrictLoader.construct_undefined)
