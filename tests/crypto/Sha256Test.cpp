// SPDX-License-Identifier: MIT
#include "crypto/Sha256.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QRandomGenerator>

using securechat::crypto::Sha256;

TEST_CASE("Sha256 gives the FIPS 180-2 example digests", "[crypto][sha256]")
{
    CHECK(Sha256::hash({}).toHex()
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hash("abc").toHex()
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex()
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 million;
    const QByteArray thousand(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.addData(thousand);
    CHECK(million.result().toHex()
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Sha256 fed in pieces equals the digest of the whole", "[crypto][sha256]")
{
    QRandomGenerator random(20261203);
    QByteArray data(300000, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    const QByteArray whole = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    REQUIRE(Sha256::hash(data) == whole);
    for (int round = 0; round < 20; ++round) {
        Sha256 pieces;
        qsizetype at = 0;
        while (at < data.size()) {
            const qsizetype length
                = qMin<qsizetype>(data.size() - at, random.bounded(1, 70000));
            pieces.addData(QByteArrayView(data).sliced(at, length));
            at += length;
        }
        CHECK(pieces.result() == whole);
    }
}

TEST_CASE("Sha256 result leaves the running hash to continue", "[crypto][sha256]")
{
    Sha256 running;
    running.addData("ab");
    CHECK(running.result() == Sha256::hash("ab"));
    CHECK(running.result() == Sha256::hash("ab"));
    running.addData("c");
    CHECK(running.result() == Sha256::hash("abc"));
    Sha256 moved = std::move(running);
    moved.addData("d");
    CHECK(moved.result() == Sha256::hash("abcd"));
}
