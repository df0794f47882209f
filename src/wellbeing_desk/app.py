"""The desktop app's entry point: ``wellbeing-desk`` or ``python -m wellbeing_desk``."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from wellbeing_desk.hardening import harden_process


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="wellbeing-desk", description="Wellbeing Desk")
    parser.add_argument("--vault", type=Path, default=None, help="the vault folder to use")
    parser.add_argument(
        "--check-install",
        action="store_true",
        help="check that this installation is whole (data, translations, encryption), then exit",
    )
    return parser.parse_known_args(list(argv))  # the rest goes to Qt (-platform, -style …)


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.check_install:
        from wellbeing_desk.ui.install_check import print_report, run_checks

        return print_report(run_checks())

    from PySide6.QtCore import QCoreApplication

    from wellbeing_desk import paths
    from wellbeing_desk.ui.application import (
        configure_application,
        create_application,
        install_excepthook,
        install_signal_handlers,
    )
    from wellbeing_desk.ui.errors import describe_error
    from wellbeing_desk.ui.main_window import MainWindow
    from wellbeing_desk.ui.settings_store import SettingsStore
    from wellbeing_desk.ui.widgets.message import MessageBox
    from wellbeing_desk.vault.errors import VaultInUseError, VaultReadOnlyError
    from wellbeing_desk.vault.fileio import ensure_private_dir
    from wellbeing_desk.vault.instance_lock import InstanceLock
    from wellbeing_desk.vault.layout import VaultLayout

    app = create_application([sys.argv[0] if sys.argv else "wellbeing-desk", *qt_args])
    settings = SettingsStore()
    configure_application(app, settings)
    install_excepthook()
    title = QCoreApplication.translate("Application", "Wellbeing Desk")

    vault_dir = (args.vault or paths.default_vault_dir()).expanduser()
    layout = VaultLayout(vault_dir)
    app_lock = InstanceLock(layout.app_lock)
    try:
        if not vault_dir.is_dir():  # one that exists keeps its modes: read-only stays so
            ensure_private_dir(vault_dir)
        app_lock.acquire()  # one window per vault, from the first screen on
    except VaultReadOnlyError:
        pass  # a read-only place: the vault opens read-only, and no window can write there
    except VaultInUseError:
        MessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "Application", "Wellbeing Desk is already running with this vault."
            ),
        )
        return 1
    except OSError as exc:
        MessageBox.critical(None, title, describe_error(exc))
        return 1

    window = MainWindow(vault_dir, settings)
    window.app_lock = app_lock  # destroying the vault keeps it (wipe.destroy_vault)
    install_signal_handlers(app, window.close)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.close()  # saves the geometry, locks the vault and stops the worker
        window.shutdown()
        app_lock.release()


if __name__ == "__main__":
    sys.exit(main())
