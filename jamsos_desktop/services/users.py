"""Users and roles: administrator (settings, users, real deletes, restore, rate tables) and
operator (data entry, import, print).

Passwords: scrypt from the standard library (memory-hard: ~16 MB and ~50 ms a try), a
16-byte random salt per user, compared in constant time; stored as
`scrypt$n$r$p$salt_b64$hash_b64` so the cost can be raised later without breaking old hashes.
Five wrong passwords lock the account for 15 minutes. Sign-in is on by default once the first
administrator exists (first run) and an administrator can switch it off for a one-person
office; with it off, the person at the PC works as administrator under their OS user name.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from jamsos_desktop.errors import UserError
from jamsos_desktop.store import Store, now_iso
from jamsos_desktop.store import users as uq

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
ROLES = {"admin": "Administrator", "operator": "Operator"}
SETTING_ENABLED = "keamanan.masuk_aktif"
SETTING_IDLE = "keamanan.menit_kunci"
DEFAULT_IDLE_MINUTES = 15
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")
_WRONG = "Nama pengguna atau kata sandi salah."


# ---------------------------------------------------------------- hashing (pure)

def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(stored: str, password: str) -> bool:
    try:
        kind, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if kind != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        actual = _scrypt(password, salt, int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# A hash of a random password: checked against when the user name does not exist, so a wrong
# name takes as long as a wrong password and names cannot be probed by timing.
_DUMMY_HASH: str | None = None


def _dummy_check(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(16))
    verify_password(_DUMMY_HASH, password)


def _check_password_rules(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD} karakter.", code="user.password")
    if len(password) > MAX_PASSWORD:
        raise UserError(f"Kata sandi maksimal {MAX_PASSWORD} karakter.", code="user.password")
    if password.strip() != password or not password.strip():
        raise UserError("Kata sandi tidak boleh diawali atau diakhiri spasi.",
                        code="user.password")


def _check_username(username: str) -> str:
    name = (username or "").strip()
    if not _USERNAME.match(name):
        raise UserError("Nama pengguna 1–50 karakter: huruf, angka, titik, garis bawah atau "
                        "tanda hubung, diawali huruf atau angka.", code="user.name")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError("Peran harus 'admin' (administrator) atau 'operator'.", code="user.role")
    return role


# ---------------------------------------------------------------- settings

def signin_enabled(store: Store) -> bool:
    """Sign-in is required when it is switched on (the default) and an active user exists."""
    return bool(store.get_setting(SETTING_ENABLED, True)) and \
        uq.count_users(store.conn, active_only=True) > 0


def needs_first_admin(store: Store) -> bool:
    """First run: no account yet and sign-in not deliberately switched off."""
    return uq.count_users(store.conn) == 0 and bool(store.get_setting(SETTING_ENABLED, True))


def idle_minutes(store: Store) -> int:
    """Minutes of inactivity before the GUI locks the session (0: never)."""
    try:
        return max(0, int(store.get_setting(SETTING_IDLE, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_signin_enabled(store: Store, enabled: bool) -> None:
    store.require_admin()
    if enabled and uq.count_active_admins(store.conn) == 0:
        raise UserError("Buat akun administrator terlebih dahulu sebelum mengaktifkan "
                        "kewajiban masuk.", code="user.no_admin")
    old = bool(store.get_setting(SETTING_ENABLED, True))
    with store.tx():
        store.set_setting(SETTING_ENABLED, bool(enabled))
        store.audit("settings", "setting", None, old={SETTING_ENABLED: old},
                    new={SETTING_ENABLED: bool(enabled)})


def set_idle_minutes(store: Store, minutes: int) -> None:
    store.require_admin()
    if not isinstance(minutes, int) or not 0 <= minutes <= 480:
        raise UserError("Batas waktu tidak aktif harus 0 sampai 480 menit (0: tidak pernah "
                        "mengunci).", code="user.idle")
    old = idle_minutes(store)
    with store.tx():
        store.set_setting(SETTING_IDLE, minutes)
        store.audit("settings", "setting", None, old={SETTING_IDLE: old},
                    new={SETTING_IDLE: minutes})


# ---------------------------------------------------------------- sessions

def _public(user: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in user.items() if k != "password_hash"}


def start_without_signin(store: Store) -> None:
    """Sign-in off: the person at the PC is the administrator, named by their OS account."""
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: a neutral label
        name = "pengguna"
    store.user, store.role = name, "admin"


def create_first_admin(store: Store, username: str, password: str,
                       full_name: str | None = None) -> dict[str, Any]:
    """First run: the first account, an administrator; signs them in and turns sign-in on."""
    name = _check_username(username)
    _check_password_rules(password)
    pw_hash = hash_password(password)
    now = now_iso()
    with store.tx():
        # Checked inside the write lock: two first runs at once cannot both create an admin.
        if uq.count_users(store.conn) > 0:
            raise UserError("Akun administrator pertama sudah dibuat.", code="user.exists")
        uid = uq.insert_user(store.conn, name, full_name, "admin", pw_hash, now)
        store.set_setting(SETTING_ENABLED, True)
        store.user, store.role = name, "admin"
        store.audit("create", "user", uid, new={"username": name, "full_name": full_name,
                                                "role": "admin"},
                    detail="Administrator pertama dibuat")
    return _public(uq.get_user(store.conn, uid) or {})


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None
            ) -> dict[str, Any]:
    """Check the password; on success the store acts as this user (audit, role checks)."""
    now = now or datetime.now()
    stamp = now.isoformat(timespec="seconds")
    user = uq.get_by_username(store.conn, (username or "").strip())
    if user is None or not user["active"]:
        _dummy_check(password or "")
        with store.tx():
            store.audit("login_failed", "user", None if user is None else user["id"],
                        detail=f"Gagal masuk sebagai '{(username or '')[:60]}'")
        raise UserError(_WRONG, code="auth.failed")
    if user["locked_until"] and user["locked_until"] > stamp:
        until = datetime.fromisoformat(user["locked_until"]).strftime("%H.%M")
        raise UserError(f"Akun '{user['username']}' dikunci sampai pukul {until} karena "
                        f"{MAX_FAILURES} kali salah kata sandi. Coba lagi nanti atau minta "
                        "administrator membukanya.", code="auth.locked")
    if not verify_password(user["password_hash"], password or ""):
        with store.tx():
            failures = int(user["failed_attempts"]) + 1
            locked = failures >= MAX_FAILURES
            uq.update_user(store.conn, user["id"], {
                "failed_attempts": 0 if locked else failures,
                "locked_until": (now + timedelta(minutes=LOCK_MINUTES)).isoformat(
                    timespec="seconds") if locked else user["locked_until"]}, stamp)
            store.audit("login_failed", "user", user["id"],
                        detail=f"Gagal masuk sebagai '{user['username']}' "
                               f"(percobaan ke-{failures})"
                               + ("; akun dikunci 15 menit" if locked else ""))
        if locked:
            raise UserError(f"Kata sandi salah {MAX_FAILURES} kali: akun dikunci "
                            f"{LOCK_MINUTES} menit.", code="auth.locked")
        raise UserError(_WRONG, code="auth.failed")
    with store.tx():
        uq.update_user(store.conn, user["id"], {"failed_attempts": 0, "locked_until": None},
                       stamp)
        store.user, store.role = str(user["username"]), str(user["role"])
        store.audit("login", "user", user["id"], detail=f"Masuk sebagai '{user['username']}'")
    return _public({**user, "failed_attempts": 0, "locked_until": None})


def unlock_session(store: Store, password: str) -> None:
    """After the inactivity lock: the same user types their password again. A different
    person must sign out and sign in (LoginDialog) instead."""
    sign_in(store, store.user, password)


def sign_out(store: Store) -> None:
    if store.user and store.role:
        with store.tx():
            store.audit("logout", "user", None, detail=f"Keluar: '{store.user}'")
    # Until someone signs in again, nothing may pass an administrator check.
    store.user, store.role = "sistem", "operator"


# ---------------------------------------------------------------- administration

def list_users(store: Store) -> list[dict[str, Any]]:
    return uq.list_users(store.conn)


def add_user(store: Store, username: str, password: str, role: str = "operator",
             full_name: str | None = None) -> int:
    store.require_admin()
    name = _check_username(username)
    _check_role(role)
    _check_password_rules(password)
    pw_hash = hash_password(password)
    now = now_iso()
    with store.tx():
        uid = uq.insert_user(store.conn, name, full_name, role, pw_hash, now)
        store.audit("create", "user", uid, new={"username": name, "full_name": full_name,
                                                "role": role})
    return uid


def _existing(store: Store, user_id: int) -> dict[str, Any]:
    user = uq.get_user(store.conn, user_id)
    if user is None:
        raise UserError("Pengguna tidak ditemukan.", code="user.missing")
    return user


def update_user(store: Store, user_id: int, *, full_name: str | None = None,
                role: str | None = None, active: bool | None = None) -> None:
    """Change name, role or active flag. The last active administrator can be neither
    demoted nor deactivated: nobody could then manage the installation."""
    store.require_admin()
    now = now_iso()
    with store.tx():
        user = _existing(store, user_id)
        changes: dict[str, Any] = {}
        if full_name is not None and full_name != user["full_name"]:
            changes["full_name"] = full_name
        if role is not None and _check_role(role) != user["role"]:
            changes["role"] = role
        if active is not None and int(active) != user["active"]:
            changes["active"] = int(active)
        if not changes:
            return
        loses_admin = user["role"] == "admin" and user["active"] and (
            changes.get("role") == "operator" or changes.get("active") == 0)
        if loses_admin and uq.count_active_admins(store.conn) <= 1:
            raise UserError("Administrator terakhir tidak dapat dinonaktifkan atau diturunkan "
                            "perannya.", code="user.last_admin")
        uq.update_user(store.conn, user_id, changes, now)
        store.audit("update", "user", user_id, old={k: user[k] for k in changes}, new=changes)


def reset_password(store: Store, user_id: int, new_password: str) -> None:
    """An administrator sets a new password for someone (forgotten password); unlocks too."""
    store.require_admin()
    _check_password_rules(new_password)
    pw_hash = hash_password(new_password)
    with store.tx():
        user = _existing(store, user_id)
        uq.update_user(store.conn, user_id, {"password_hash": pw_hash, "failed_attempts": 0,
                                              "locked_until": None}, now_iso())
        store.audit("password", "user", user_id,
                    detail=f"Kata sandi '{user['username']}' diatur ulang oleh administrator")


def change_own_password(store: Store, old_password: str, new_password: str) -> None:
    user = uq.get_by_username(store.conn, store.user)
    if user is None or not verify_password(user["password_hash"], old_password or ""):
        raise UserError("Kata sandi lama salah.", code="auth.failed")
    _check_password_rules(new_password)
    pw_hash = hash_password(new_password)
    with store.tx():
        uq.update_user(store.conn, user["id"], {"password_hash": pw_hash}, now_iso())
        store.audit("password", "user", user["id"], detail="Kata sandi diganti sendiri")


def unlock_user(store: Store, user_id: int) -> None:
    store.require_admin()
    with store.tx():
        user = _existing(store, user_id)
        uq.update_user(store.conn, user_id, {"failed_attempts": 0, "locked_until": None},
                       now_iso())
        store.audit("unlock", "user", user_id, detail=f"Akun '{user['username']}' dibuka")
