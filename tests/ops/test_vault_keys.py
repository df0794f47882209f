"""The vault's keys as named operations: the typo check, recovering, destroying."""

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.ops import vault_keys
from wellbeing_desk.vault import KdfParams, Vault, WrongPassphraseError
from wellbeing_desk.vault.layout import VaultLayout
from wellbeing_desk.vault.recovery_code import generate_recovery_code
from wellbeing_desk.vault.recovery_slot import WrongRecoveryCodeError

NEW = "tangerine harbour whistles slowly"


def test_a_typo_is_named_without_deriving_anything() -> None:
    code = generate_recovery_code()
    assert vault_keys.recovery_code_typo(code) is None
    assert vault_keys.recovery_code_typo(code.lower().replace("-", " ")) is None
    short = vault_keys.recovery_code_typo(code[:-1])
    assert short == vault_keys.CodeTypo(vault_keys.TYPO_LENGTH, count=vault_keys.CODE_LENGTH - 1)
    swapped = ("0" if code[0] != "0" else "1") + code[1:]
    assert vault_keys.recovery_code_typo(swapped) == vault_keys.CodeTypo(vault_keys.TYPO_CHECK)
    odd = vault_keys.recovery_code_typo("#" + code[1:])
    assert odd == vault_keys.CodeTypo(vault_keys.TYPO_SYMBOL, symbol="#")


def test_recovering_sets_the_new_passphrase_and_leaves_the_vault_locked(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        code = vault_keys.add_recovery_code(vault, PASSPHRASE)
        assert vault_keys.has_recovery_code(vault)
    vault_keys.recover_with_code(vault_dir, code, NEW, fast_kdf)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, NEW) as vault:
        vault_keys.remove_recovery_code(vault, NEW)
    with pytest.raises(vault_keys.NoRecoveryCodeError):
        vault_keys.recover_with_code(vault_dir, code, PASSPHRASE, fast_kdf)
    assert issubclass(vault_keys.NoRecoveryCodeError, WrongRecoveryCodeError)


def test_changing_the_passphrase_says_whether_the_folder_synced(
    vault_dir: Path, fast_kdf: KdfParams
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        assert vault_keys.change_passphrase(vault, PASSPHRASE, NEW, fast_kdf) is False
    Vault.open(vault_dir, NEW).lock()


def test_destroying_reports_what_it_did(vault_dir: Path, fast_kdf: KdfParams) -> None:
    Vault.create(vault_dir, PASSPHRASE, fast_kdf).lock()
    (vault_dir / "notes.txt").write_text("hers, not the vault's", encoding="utf-8")
    outcome = vault_keys.destroy(vault_dir, held_app_lock=None)
    assert outcome.complete
    assert outcome.removed > 0
    assert [p.name for p in outcome.left] == ["notes.txt"]
    assert not outcome.folder_removed
    assert not VaultLayout(vault_dir).exists()
