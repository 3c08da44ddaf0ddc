"""Setting up the second factor a staff account needs before anything else, for the benchmark
scripts: RFC 6238 codes from the key the set-up page shows, with the standard library only."""

import base64
import hashlib
import hmac
import re
import struct
import time

STEP = 30


def totp(key, at=None):
    """The six-digit code of `key` (base32, spaces allowed) at `at` (seconds; now)."""
    secret = base64.b32decode(key.replace(" ", "").upper() + "=" * (-len(key.replace(" ", "")) % 8))
    counter = int((time.time() if at is None else at) // STEP)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def set_up_form(page):
    """The fields that set up a second factor from the page `/account/two-factor` shows:
    (form fields without the CSRF token, the key). The code is this step's; sign in again
    with `next_code` (this step's is used up)."""
    pending = re.search(r'name="pending" value="([^"]+)"', page).group(1)
    key = re.search(r'<code class="secret" dir="ltr">([^<]+)</code>', page).group(1)
    return {"pending": pending, "code": totp(key)}, key


def next_code(key):
    """A code the server has not seen yet after one of this step: the next step's."""
    return totp(key, time.time() + STEP)
