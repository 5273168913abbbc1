#!/usr/bin/python3
"""Mints Flask and Django signed session cookies with the real libraries, for the tests of
src/core/forgeable. Run once with the system Python (Debian's python3-flask, python3-itsdangerous and
python3-django), and commit what it prints as test/fixtures/signed-cookies/python-signed-cookies.json:

    /usr/bin/python3 scripts/record-python-signed-cookies.py > test/fixtures/signed-cookies/python-signed-cookies.json

Each value is signed with the secret named in its entry ("secret", or "secretHex" for bytes), as the
framework itself writes the session cookie: Flask through SecureCookieSessionInterface's signing
serializer, Django through the signed_cookies session backend's SessionStore.
"""
import json
import sys
import warnings

import django
import flask
import itsdangerous
from django.conf import settings

warnings.simplefilter("ignore")  # Django 3.2 warns that DEFAULT_HASHING_ALGORITHM is deprecated.

FLASK_SECRET = "flask-test-secret-7f3a9c"
DJANGO_SECRET = "django-test-secret-2b8e41"
# Flask's quickstart example secret (docs/quickstart.rst): bytes, not UTF-8.
FLASK_QUICKSTART = b'_5#y2L"F4Q8z\n\xec]/'
BIG = {"cart": ["item-%d" % (i % 5) for i in range(200)], "user": "alice"}


def flask_value(secret, session):
    app = flask.Flask("recorder")
    app.secret_key = secret
    return app.session_interface.get_signing_serializer(app).dumps(session)


def django_value(algorithm, session):
    settings.DEFAULT_HASHING_ALGORITHM = algorithm
    from django.contrib.sessions.backends.signed_cookies import SessionStore

    store = SessionStore()
    store.update(session)
    store.save()
    return store.session_key


def secret_fields(secret):
    return {"secretHex": secret.hex()} if isinstance(secret, bytes) else {"secret": secret}


def main():
    settings.configure(
        SECRET_KEY=DJANGO_SECRET,
        DEFAULT_HASHING_ALGORITHM="sha256",
        INSTALLED_APPS=["django.contrib.sessions"],
    )
    django.setup()
    cookies = [
        {"case": "flask small session", "format": "itsdangerous", "name": "session",
         "value": flask_value(FLASK_SECRET, {"user_id": 42}), **secret_fields(FLASK_SECRET)},
        {"case": "flask compressed session", "format": "itsdangerous", "name": "session",
         "value": flask_value(FLASK_SECRET, BIG), **secret_fields(FLASK_SECRET)},
        {"case": "flask quickstart secret", "format": "itsdangerous", "name": "session",
         "value": flask_value(FLASK_QUICKSTART, {"user_id": 7}), **secret_fields(FLASK_QUICKSTART)},
        {"case": "django sha256", "format": "django-signing", "name": "sessionid",
         "value": django_value("sha256", {"_auth_user_id": "42"}), **secret_fields(DJANGO_SECRET)},
        {"case": "django sha1", "format": "django-signing", "name": "sessionid",
         "value": django_value("sha1", {"_auth_user_id": "42"}), **secret_fields(DJANGO_SECRET)},
        {"case": "django compressed sha256", "format": "django-signing", "name": "sessionid",
         "value": django_value("sha256", BIG), **secret_fields(DJANGO_SECRET)},
    ]
    recorded = {
        "recordedWith": {
            "python": sys.version.split()[0],
            "flask": flask.__version__,
            "itsdangerous": itsdangerous.__version__,
            "django": django.get_version(),
        },
        "cookies": cookies,
    }
    json.dump(recorded, sys.stdout, indent="\t")
    sys.stdout.write("\n")


main()
