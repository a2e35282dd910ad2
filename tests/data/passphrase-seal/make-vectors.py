#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Computes the passphrase-seal test vectors independently of SecureChat's code: Argon2id from
the openssl command (3.2 or later), HKDF-SHA256 and AES-256-GCM from pyca/cryptography.
Prints vectors.txt; the C++ test checks that SecureChat produces exactly these bytes."""
import struct
import subprocess
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VECTORS = [
    # name, passphrase, memory KiB, iterations, lanes, salt, nonce, secret
    ("ascii", "correct horse battery staple", 1024, 2, 1,
     bytes(range(16)), bytes(range(0xA0, 0xAC)), b"SecureChat test secret\n"),
    ("nfd-passphrase-two-lanes", "Gru\u0308\u00dfe, Zoe\u0308", 2048, 1, 2,
     bytes(range(0x10, 0x20)), bytes(range(0xB0, 0xBC)), bytes(range(64))),
]


def argon2id(password, salt, memory, iterations, lanes):
    out = subprocess.run(
        ["openssl", "kdf", "-keylen", "32", "-kdfopt", "hexpass:" + password.hex(),
         "-kdfopt", "hexsalt:" + salt.hex(), "-kdfopt", f"iter:{iterations}",
         "-kdfopt", f"memcost:{memory}", "-kdfopt", f"lanes:{lanes}", "ARGON2ID"],
        check=True, capture_output=True, text=True).stdout.strip()
    return bytes.fromhex(out.replace(":", ""))


def seal(passphrase, memory, iterations, lanes, salt, nonce, secret):
    header = (b"SCPS" + bytes([1, 1]) + struct.pack(">II", memory, iterations) + bytes([lanes])
              + salt + nonce + struct.pack(">I", len(secret)))
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    stretched = argon2id(password, salt, memory, iterations, lanes)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"SecureChat passphrase seal v1" + header).derive(stretched)
    return header + AESGCM(key).encrypt(nonce, secret, None)


for name, passphrase, memory, iterations, lanes, salt, nonce, secret in VECTORS:
    print(f"name: {name}")
    print(f"passphrase-utf8: {passphrase.encode('utf-8').hex()}")
    print(f"memory-kib: {memory}")
    print(f"iterations: {iterations}")
    print(f"lanes: {lanes}")
    print(f"salt: {salt.hex()}")
    print(f"nonce: {nonce.hex()}")
    print(f"secret: {secret.hex()}")
    print(f"sealed: {seal(passphrase, memory, iterations, lanes, salt, nonce, secret).hex()}")
    print()
