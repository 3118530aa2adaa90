"""YAML from untrusted files, with limits.

`yaml.safe_load` never builds Python objects, but it happily builds a billion-laughs
document (a few hundred bytes of anchors and aliases that expand to a billion nodes):
construction is quick, yet anything that walks the result afterwards never returns.
So the node graph is composed first, its expanded size measured, and only a small
acyclic document is constructed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import yaml

MAX_YAML_CHARS = 64 * 1024
MAX_NODES = 10_000  # expanded: aliases count as often as they are used
# libyaml when the platform has it: ten times faster over an archive of front matter.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Loaded:
    value: object = None
    problem: str | None = None  # why nothing was loaded, for a note


def load_yaml(text: str, *, first_line: int = 1, limit_size: bool = True) -> Loaded:
    """Parse one YAML document. `first_line` is where `text` starts in its file, so
    that a problem is reported at the line the user sees in an editor. A YAML readout
    holds its whole body and is not held to the size of a front matter
    (`limit_size=False`); the alias limit applies to every document."""
    if limit_size and len(text) > MAX_YAML_CHARS:
        return Loaded(problem=f"larger than {MAX_YAML_CHARS // 1024} KB")
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            return Loaded()
        if not _small(node):
            return Loaded(problem=f"aliases expand too far (beyond {MAX_NODES:,} nodes, or into a loop)")
        return Loaded(loader.construct_document(node))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + first_line}" if mark is not None else ""
        return Loaded(problem=f"invalid YAML{where}: {error.problem or error.context}")
    except yaml.YAMLError as error:
        return Loaded(problem=f"invalid YAML: {_first_line(error)}")
    except RecursionError:
        return Loaded(problem="nested too deeply")
    except (ValueError, TypeError, OverflowError) as error:
        # Values the resolver accepts but cannot build, such as `date: 2021-13-45`.
        return Loaded(problem=f"invalid value: {_first_line(error)}")
    finally:
        if loader is not None:
            loader.dispose()


def top_level_scalars(text: str, keys: frozenset[str]) -> dict[str, str]:
    """The plain text of some top-level keys of a mapping, read from the start of a
    document that may be cut off anywhere: what was read before the cut is kept."""
    found: dict[str, str] = {}
    try:
        for key, value in _top_level_pairs(yaml.parse(text, Loader=_Loader)):
            if key in keys and key not in found:
                found[key] = value
    except yaml.YAMLError:
        pass
    return found


def _top_level_pairs(events: Iterator[yaml.Event]) -> Iterator[tuple[str, str]]:
    """Key and value of each top-level entry whose value is a scalar. A nested value
    is a run of events; the entry is complete when the run returns to depth 1."""
    depth = 0
    key: str | None = None
    expecting_key = True
    for event in events:
        if isinstance(event, yaml.CollectionStartEvent):
            if depth == 0 and not isinstance(event, yaml.MappingStartEvent):
                return
            depth += 1
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            if depth != 1:
                continue
            value = None
        elif depth == 1 and isinstance(event, yaml.ScalarEvent):
            value = event.value
        elif depth == 1 and isinstance(event, yaml.AliasEvent):
            value = None
        else:
            continue
        if expecting_key:
            key = value
        elif key is not None and value is not None:
            yield key, value
        expecting_key = not expecting_key


def _small(root: yaml.Node) -> bool:
    """Whether the document, aliases expanded, stays under MAX_NODES and has no cycle."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done:
            on_path.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[id(node)] > MAX_NODES:
                return False
            continue
        if id(node) in on_path:
            return False  # a recursive alias
        on_path.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return True


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
