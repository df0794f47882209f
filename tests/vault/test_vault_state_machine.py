"""A Hypothesis state machine over the vault API against a plain dict model."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from wellbeing_desk.vault import KdfParams, Vault, WrongPassphraseError
from wellbeing_desk.vault.kdf import normalise_passphrase

keys = st.sampled_from([f"key-{n}" for n in range(6)])
values = st.text(max_size=200)
passphrases = st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != "")


class VaultMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="wd-state-"))
        self.root = self.folder / "vault"
        self.passphrase = "initial passphrase"
        self.vault: Vault | None = Vault.create(
            self.root, self.passphrase, KdfParams.fast_for_tests()
        )
        self.model: dict[str, str] = {}
        self.draft: str | None = None

    def teardown(self) -> None:
        if self.vault is not None:
            self.vault.lock()
        shutil.rmtree(self.folder, ignore_errors=True)

    @precondition(lambda self: self.vault is not None)
    @rule(key=keys, value=values)
    def set_value(self, key: str, value: str) -> None:
        assert self.vault is not None
        self.vault.settings.set(key, value)
        self.model[key] = value

    @precondition(lambda self: self.vault is not None)
    @rule(body=values)
    def save_draft(self, body: str) -> None:
        assert self.vault is not None
        self.vault.drafts.save("journal", body)
        self.draft = body

    @precondition(lambda self: self.vault is not None)
    @rule()
    def discard_draft(self) -> None:
        assert self.vault is not None
        self.vault.drafts.discard("journal")
        self.draft = None

    @precondition(lambda self: self.vault is not None)
    @rule()
    def lock(self) -> None:
        assert self.vault is not None
        self.vault.lock()
        self.vault = None

    @precondition(lambda self: self.vault is None)
    @rule(guess=passphrases)
    def unlock(self, guess: str) -> None:
        if normalise_passphrase(guess) != normalise_passphrase(self.passphrase):
            try:
                Vault.open(self.root, guess).lock()
            except WrongPassphraseError:
                pass
            else:
                raise AssertionError("a wrong passphrase opened the vault")
        self.vault = Vault.open(self.root, self.passphrase)

    @precondition(lambda self: self.vault is not None)
    @rule(new=passphrases)
    def change_passphrase(self, new: str) -> None:
        assert self.vault is not None
        self.vault.change_passphrase(self.passphrase, new, KdfParams.fast_for_tests())
        self.passphrase = new

    @precondition(lambda self: self.vault is not None)
    @rule()
    def crash_and_reopen(self) -> None:
        # Drop the connection without a checkpoint, as a crash would.
        assert self.vault is not None
        self.vault.connection().close()
        self.vault._conn = None
        self.vault.lock()
        self.vault = Vault.open(self.root, self.passphrase)

    @invariant()
    def matches_the_model(self) -> None:
        if self.vault is None:
            return
        for key, value in self.model.items():
            assert self.vault.settings.get(key) == value
        draft = self.vault.drafts.get("journal")
        assert (draft.body if draft else None) == self.draft


TestVaultStateMachine = VaultMachine.TestCase
TestVaultStateMachine.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
