"""Users and roles: scrypt hashes, sign-in, lockout, first run, sign-in off, the last
administrator, and every administrator action refusing an operator."""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.errors import PermissionDenied, UserError
from jamsos_desktop.services import backup, users
from jamsos_desktop.services import workers as ws
from jamsos_desktop.store import Store


def test_hash_uses_scrypt_with_per_user_salt() -> None:
    a, b = users.hash_password("rahasia-123"), users.hash_password("rahasia-123")
    assert a != b  # different salts
    kind, n, r, p, salt, digest = a.split("$")
    assert (kind, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert users.verify_password(a, "rahasia-123")
    assert not users.verify_password(a, "rahasia-124")
    assert not users.verify_password("bukan-hash", "rahasia-123")
    assert not users.verify_password("scrypt$x$y$z$!!$!!", "rahasia-123")


def test_first_run_creates_the_admin_and_turns_sign_in_on(store: Store) -> None:
    assert users.needs_first_admin(store) and not users.signin_enabled(store)
    users.create_first_admin(store, "admin", "rahasia-123", "Admin BPKAD")
    assert store.user == "admin" and store.role == "admin"
    assert not users.needs_first_admin(store) and users.signin_enabled(store)
    with pytest.raises(UserError, match="sudah dibuat"):
        users.create_first_admin(store, "admin2", "rahasia-123")
    stored = store.conn.execute("SELECT password_hash FROM users").fetchone()[0]
    assert "rahasia" not in stored


def test_sign_in_sets_user_and_role_and_is_audited(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    users.add_user(store, "siti", "kata-sandi-siti", "operator", "Siti Aminah")
    users.sign_out(store)
    assert store.role == "operator"
    user = users.sign_in(store, "SITI", "kata-sandi-siti")  # names are case-insensitive
    assert "password_hash" not in user
    assert (store.user, store.role) == ("siti", "operator")
    actions = [r[0] for r in store.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["logout", "login"]


def test_wrong_password_and_unknown_user_give_the_same_message(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    with pytest.raises(UserError) as wrong:
        users.sign_in(store, "admin", "salah-salah")
    with pytest.raises(UserError) as unknown:
        users.sign_in(store, "tidak-ada", "salah-salah")
    assert wrong.value.message == unknown.value.message == "Nama pengguna atau kata sandi salah."
    assert store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'login_failed'").fetchone()[0] == 2


def test_five_failures_lock_the_account_for_fifteen_minutes(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    t0 = datetime(2026, 2, 2, 9, 0)
    for i in range(4):
        with pytest.raises(UserError, match="salah"):
            users.sign_in(store, "admin", f"salah-{i}", now=t0)
    with pytest.raises(UserError, match="dikunci 15 menit"):
        users.sign_in(store, "admin", "salah-5", now=t0)
    # Even the right password is refused while locked, and nothing is verified meanwhile.
    with pytest.raises(UserError, match=r"dikunci sampai pukul 09\.15"):
        users.sign_in(store, "admin", "rahasia-123", now=t0 + timedelta(minutes=14))
    users.sign_in(store, "admin", "rahasia-123", now=t0 + timedelta(minutes=15, seconds=1))
    row = store.conn.execute("SELECT failed_attempts, locked_until FROM users").fetchone()
    assert tuple(row) == (0, None)


def test_admin_unlocks_and_resets_a_password(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    uid = users.add_user(store, "budi", "sandi-budi-1", "operator")
    for _ in range(5):
        with pytest.raises(UserError):
            users.sign_in(store, "budi", "salah-salah")
    users.sign_in(store, "admin", "rahasia-123")
    users.unlock_user(store, uid)
    users.reset_password(store, uid, "sandi-baru-2")
    users.sign_in(store, "budi", "sandi-baru-2")
    users.change_own_password(store, "sandi-baru-2", "sandi-baru-3")
    with pytest.raises(UserError, match="lama salah"):
        users.change_own_password(store, "keliru-keliru", "sandi-baru-4")
    users.sign_in(store, "budi", "sandi-baru-3")


def test_password_and_name_rules(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    for bad in ("pendek", " spasi-di-depan", "x" * 2000):
        with pytest.raises(UserError, match="Kata sandi"):
            users.add_user(store, "baru", bad)
    for bad_name in ("", "a b", "'; DROP TABLE users;--", "x" * 60):
        with pytest.raises(UserError, match="Nama pengguna"):
            users.add_user(store, bad_name, "rahasia-123")
    with pytest.raises(UserError, match="Peran"):
        users.add_user(store, "baru", "rahasia-123", role="superuser")
    with pytest.raises(UserError, match="sudah dipakai"):
        users.add_user(store, "ADMIN", "rahasia-123")


def test_the_last_admin_cannot_be_removed_or_demoted(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    admin_id = store.conn.execute("SELECT id FROM users").fetchone()[0]
    with pytest.raises(UserError, match="terakhir"):
        users.update_user(store, admin_id, role="operator")
    with pytest.raises(UserError, match="terakhir"):
        users.update_user(store, admin_id, active=False)
    second = users.add_user(store, "admin2", "rahasia-456", "admin")
    users.update_user(store, admin_id, role="operator")
    assert {u["username"]: u["role"] for u in users.list_users(store)} == {
        "admin": "operator", "admin2": "admin"}
    del second


def test_deactivated_user_cannot_sign_in(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    uid = users.add_user(store, "budi", "sandi-budi-1")
    users.update_user(store, uid, active=False)
    with pytest.raises(UserError, match="salah"):
        users.sign_in(store, "budi", "sandi-budi-1")


def test_sign_in_can_be_switched_off_per_installation(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    users.set_signin_enabled(store, False)
    assert not users.signin_enabled(store) and not users.needs_first_admin(store)
    users.start_without_signin(store)
    assert store.role == "admin" and store.user not in ("", "sistem")
    users.set_signin_enabled(store, True)
    assert users.signin_enabled(store)


def test_idle_minutes_setting(store: Store) -> None:
    assert users.idle_minutes(store) == 15
    users.set_idle_minutes(store, 5)
    assert users.idle_minutes(store) == 5
    with pytest.raises(UserError):
        users.set_idle_minutes(store, -1)


def test_unlock_session_needs_the_same_users_password(store: Store) -> None:
    users.create_first_admin(store, "admin", "rahasia-123")
    with pytest.raises(UserError):
        users.unlock_session(store, "salah-salah")
    users.unlock_session(store, "rahasia-123")
    assert store.role == "admin"


# ---------------------------------------------------------------- every admin action

def _admin_actions(tmp_path: Path) -> dict[str, Callable[[Store], Any]]:
    """Each administrator action of the program, as a call an operator will attempt."""
    actions: dict[str, Callable[[Store], Any]] = {
        "tambah pengguna": lambda s: users.add_user(s, "baru", "rahasia-123"),
        "ubah pengguna": lambda s: users.update_user(s, 1, role="operator"),
        "atur ulang kata sandi": lambda s: users.reset_password(s, 1, "rahasia-999"),
        "buka kunci akun": lambda s: users.unlock_user(s, 1),
        "matikan kewajiban masuk": lambda s: users.set_signin_enabled(s, False),
        "batas waktu kunci": lambda s: users.set_idle_minutes(s, 1),
        "pulihkan cadangan": lambda s: backup.restore(s, tmp_path / "cadangan.db"),
        "hapus permanen": lambda s: ws.delete_permanently(s, [1]),
    }
    actions.update(_optional_admin_actions())
    return actions


def _optional_admin_actions() -> dict[str, Callable[[Store], Any]]:
    """Administrator services other engineers add (settings, rate tables): covered here as
    soon as they exist, by name."""
    import importlib

    found: dict[str, Callable[[Store], Any]] = {}
    candidates = {
        "jamsos_desktop.services.settings": ("save_pemda", "save_settings", "set_setting"),
        "jamsos_desktop.services.rates": ("import_rate_table", "save_rate_table",
                                          "install_rate_table"),
    }
    for module_name, names in candidates.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in names:
            fn = getattr(module, name, None)
            if callable(fn):
                found[f"{module_name.rsplit('.', 1)[1]}.{name}"] = \
                    lambda s, fn=fn: fn(s, {})  # type: ignore[misc]
    return found


def test_every_admin_action_refuses_an_operator(demo_store: Store, tmp_path: Path) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "operator1", "rahasia-456", "operator")
    (tmp_path / "cadangan.db").write_bytes(backup.snapshot(demo_store, "manual").read_bytes())
    users.sign_in(demo_store, "operator1", "rahasia-456")
    before_users = demo_store.conn.execute("SELECT * FROM users ORDER BY id").fetchall()
    before_workers = demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0]
    for name, action in _admin_actions(tmp_path).items():
        with pytest.raises(PermissionDenied):
            action(demo_store)
            pytest.fail(f"operator could: {name}")
    assert [tuple(r) for r in demo_store.conn.execute("SELECT * FROM users ORDER BY id")] == \
        [tuple(r) for r in before_users]
    assert demo_store.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == before_workers


def test_an_operator_still_does_data_entry(demo_store: Store) -> None:
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "operator1", "rahasia-456", "operator")
    users.sign_in(demo_store, "operator1", "rahasia-456")
    ws.set_archived(demo_store, [1], True)
    row = demo_store.conn.execute(
        "SELECT user FROM audit_log WHERE action = 'archive'").fetchone()
    assert row[0] == "operator1"


# Settings services owned by other engineers that are administrator actions by the issue's
# definition ("settings") but do not call store.require_admin() yet. Reported; each turns
# XPASS as soon as its owner adds the check.
OTHERS_SETTINGS = {
    "units.save_profile": ("jamsos_desktop.services.units", "save_profile",
                           lambda fn, s: fn(s, {"level": "kabupaten", "name": "Uji"})),
    "exporter.save_bpjs_layout": ("jamsos_desktop.services.exporter", "save_bpjs_layout",
                                  lambda fn, s: fn(s, None)),
}


@pytest.mark.parametrize("name", sorted(OTHERS_SETTINGS))
def test_settings_of_other_areas_refuse_an_operator(demo_store: Store, name: str) -> None:
    module_name, fn_name, call = OTHERS_SETTINGS[name]
    module = importlib.import_module(module_name)
    users.create_first_admin(demo_store, "admin", "rahasia-123")
    users.add_user(demo_store, "operator1", "rahasia-456", "operator")
    users.sign_in(demo_store, "operator1", "rahasia-456")
    with pytest.raises(PermissionDenied):
        call(getattr(module, fn_name), demo_store)
