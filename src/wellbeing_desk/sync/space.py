"""Setting up a sync space on a target, and joining it from another vault.

Setting up writes the space's plaintext format marker and its sync key wrapped
by a new pairing code (``pairing.py``), and gives this vault its device id;
the code is shown to her once. Joining reads the marker (a newer format is
named before anything else), opens the key with the code she types and gives
the joining vault a device id of its own. Nothing of hers is written here:
her records travel only in sealed changesets (``engine.py``).
"""

import os
from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.sync import names
from wellbeing_desk.sync.engine import SpaceKeys
from wellbeing_desk.sync.errors import NoSpaceError
from wellbeing_desk.sync.pairing import (
    PairingKdfParams,
    generate_pairing_code,
    unwrap_sync_key,
    wrap_sync_key,
)
from wellbeing_desk.sync.target import Target

SYNC_KEY_BYTES = 32


@dataclass(frozen=True)
class NewSpace:
    keys: SpaceKeys
    pairing_code: str  # shown once: "print or write this down"


def set_up_space(
    target: Target,
    params: PairingKdfParams | None = None,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> NewSpace:
    """A new space on ``target`` with this vault as its first device."""
    space, device = names.new_space_id(), names.new_device_id()
    root_key = random_bytes(SYNC_KEY_BYTES)
    code = generate_pairing_code(random_bytes)
    wrapped = wrap_sync_key(root_key, code, bytes.fromhex(space), params)
    target.create(names.format_path(space), names.FORMAT_MARKER)
    target.create(names.pairing_key_path(space), wrapped)
    return NewSpace(SpaceKeys(space, device, root_key), code)


def spaces_on(target: Target) -> list[str]:
    """The ids of the spaces on ``target`` (its folders with a space id's name)."""
    return [name for name in target.list_folders(names.ROOT_FOLDER) if names.is_id(name)]


def join_space(target: Target, space: str, pairing_code: str) -> SpaceKeys:
    """This vault joins ``space``: its key, opened by the code she typed, and a new device id.

    Raises ``NoSpaceError``, ``FormatTooNewError``, ``TamperedFileError``,
    ``PairingCodeError`` (a typo) or ``WrongPairingCodeError``.
    """
    names.check_id(space)
    try:
        marker = target.read(names.format_path(space))
        wrapped = target.read(names.pairing_key_path(space))
    except FileNotFoundError:
        raise NoSpaceError(
            "there is no sync space with that id here, or it has not been copied here whole"
        ) from None
    names.check_format_marker(marker)
    root_key = unwrap_sync_key(wrapped, pairing_code, bytes.fromhex(space))
    return SpaceKeys(space, names.new_device_id(), root_key)
