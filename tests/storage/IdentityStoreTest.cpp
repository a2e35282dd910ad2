// SPDX-License-Identifier: MIT
#include "storage/IdentityStore.h"

#include "ForeignCertificates.h"
#include "TestFiles.h"
#include "TestIdentity.h"
#include "crypto/RsaService.h"
#include "storage/PrivateFiles.h"

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using securechat::crypto::Identity;
using securechat::storage::IdentityStore;
using LoadError = IdentityStore::LoadError;

namespace {

// Cheap Argon2 for tests; one test below uses the production parameters.
constexpr securechat::crypto::Argon2id::Params kTestSealParams { 256, 1, 1 };

using securechat::test::readFile;
using securechat::test::writeFile;

mode_t modeOf(const QString &path)
{
    struct stat st {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

// Rewrites the checksum line so that a deliberately edited file passes the integrity check.
QByteArray withValidChecksum(QByteArray content)
{
    const qsizetype start = content.indexOf("Content-SHA256: ");
    const qsizetype end = content.indexOf('\n', start) + 1;
    content.remove(start, end - start);
    const QByteArray sum = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    content.insert(start, "Content-SHA256: " + sum + '\n');
    return content;
}

struct Profile {
    QTemporaryDir temp;
    QString dir() const { return temp.filePath(QStringLiteral("profile")); }
};

} // namespace

TEST_CASE("An identity saved without a passphrase loads back unchanged", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    CHECK(store.profileDir() == profile.dir());
    CHECK_FALSE(store.exists());
    const Identity &alice = securechat::test::aliceIdentity();

    QString error;
    REQUIRE(store.save(alice, QString(), &error));
    CHECK(error.isEmpty());
    CHECK(store.exists());
    CHECK_FALSE(store.isPassphraseProtected());
    CHECK(modeOf(profile.dir()) == 0700);
    CHECK(modeOf(store.identityFilePath()) == 0600);

    const QByteArray content = readFile(store.identityFilePath());
    CHECK(content.startsWith("SecureChat identity\nFormat: 1\nDisplay-Name: Alice\n"));
    CHECK(content.contains("-----BEGIN PRIVATE KEY-----"));
    CHECK(content.contains("-----BEGIN CERTIFICATE-----"));

    const auto result = IdentityStore(profile.dir()).load();
    REQUIRE(result.error == LoadError::None);
    CHECK(result.message.isEmpty());
    CHECK(result.warning.isEmpty());
    CHECK(result.identity.displayName == QStringLiteral("Alice"));
    CHECK(result.identity.fingerprint() == alice.fingerprint());
    CHECK(result.identity.privateKey.toDER() == alice.privateKey.toDER());
    CHECK(result.identity.certificate.toDER() == alice.certificate.toDER());
    // A passphrase given for an unprotected key is ignored.
    CHECK(store.load(QStringLiteral("unused")).error == LoadError::None);
}

TEST_CASE("A passphrase-protected identity needs the right passphrase", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    const QString passphrase = QStringLiteral("correct horse bätterý 🐎");
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), passphrase, &error));
    CHECK(store.isPassphraseProtected());
    const QByteArray content = readFile(store.identityFilePath());
    CHECK(content.startsWith("SecureChat identity\nFormat: 2\n"));
    CHECK(content.contains("-----BEGIN SECURECHAT SEALED PRIVATE KEY-----"));
    CHECK_FALSE(content.contains("PRIVATE KEY-----\nMII")); // no PKCS#8 in any form

    const auto none = store.load();
    CHECK(none.error == LoadError::WrongPassphrase);
    CHECK(none.identity.isNull());
    CHECK(none.message.contains(QStringLiteral("passphrase")));

    const auto wrong = store.load(QStringLiteral("correct horse battery"));
    CHECK(wrong.error == LoadError::WrongPassphrase);
    CHECK(wrong.identity.isNull());
    CHECK(wrong.message.contains(QStringLiteral("wrong")));

    const auto right = store.load(passphrase);
    REQUIRE(right.error == LoadError::None);
    CHECK(right.identity.fingerprint() == securechat::test::aliceIdentity().fingerprint());
}

TEST_CASE("OpenSSL reads the identity file as it is", "[storage][identity]")
{
    // The file is PEM with a short text header, so standard tools can inspect it: the
    // certificate always, the key when it is not sealed with a passphrase.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(openssl.isEmpty()); // part of the build environment (tools/dev)
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    Profile protectedProfile;
    IdentityStore protectedStore(protectedProfile.dir());
    protectedStore.setSealParams(kTestSealParams);
    REQUIRE(protectedStore.save(securechat::test::aliceIdentity(), QStringLiteral("pw"), &error));

    auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(openssl, arguments);
        REQUIRE(process.waitForFinished(30000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
        return process.readAllStandardOutput();
    };
    const QString file = store.identityFilePath();
    CHECK(run({ QStringLiteral("pkey"), QStringLiteral("-in"), file, QStringLiteral("-pubout"),
              QStringLiteral("-outform"), QStringLiteral("DER") })
        == securechat::test::aliceIdentity().privateKey.toPublicKey().toDER());
    for (const QString &path : { file, protectedStore.identityFilePath() }) {
        CHECK(run({ QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-outform"),
                  QStringLiteral("DER") })
            == securechat::test::aliceIdentity().certificate.toDER());
    }
}

TEST_CASE("save never overwrites an existing identity", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    const QByteArray before = readFile(store.identityFilePath());

    CHECK_FALSE(store.save(securechat::test::bobIdentity(), QString(), &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(readFile(store.identityFilePath()) == before);
    CHECK(QDir(profile.dir()).entryList(QDir::Files)
        == QStringList { QStringLiteral("identity.pem") });
}

TEST_CASE("replace keeps a private backup of the previous identity", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    const QByteArray aliceFile = readFile(store.identityFilePath());

    QString backup;
    REQUIRE(store.replace(securechat::test::bobIdentity(), QString(), &error, &backup));
    CHECK(backup.startsWith(store.identityFilePath() + QStringLiteral(".backup-")));
    CHECK(readFile(backup) == aliceFile);
    CHECK(modeOf(backup) == 0600);
    CHECK(modeOf(store.identityFilePath()) == 0600);
    CHECK(store.load().identity.fingerprint() == securechat::test::bobIdentity().fingerprint());

    // A second replacement in the same second gets its own backup name.
    QString secondBackup;
    REQUIRE(store.replace(securechat::test::aliceIdentity(), QString(), &error, &secondBackup));
    CHECK(secondBackup != backup);
    CHECK(readFile(backup) == aliceFile);
    CHECK(store.load().identity.fingerprint() == securechat::test::aliceIdentity().fingerprint());

    // A bad identity replaces nothing and makes no backup.
    const QStringList filesBefore = QDir(profile.dir()).entryList(QDir::Files);
    CHECK_FALSE(store.replace(Identity(), QString(), &error));
    CHECK(QDir(profile.dir()).entryList(QDir::Files) == filesBefore);
    CHECK(store.load().identity.fingerprint() == securechat::test::aliceIdentity().fingerprint());

    // Without an existing identity, replace simply saves.
    Profile empty;
    IdentityStore fresh(empty.dir());
    REQUIRE(fresh.replace(securechat::test::bobIdentity(), QString(), &error));
    CHECK(
        QDir(empty.dir()).entryList(QDir::Files) == QStringList { QStringLiteral("identity.pem") });
}

TEST_CASE("An empty profile reports that there is no identity yet", "[storage][identity]")
{
    Profile profile;
    const auto result = IdentityStore(profile.dir()).load();
    CHECK(result.error == LoadError::NoIdentity);
    CHECK(result.identity.isNull());
    CHECK_FALSE(result.message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(profile.dir())); // loading creates nothing
    CHECK_FALSE(IdentityStore(profile.dir()).isPassphraseProtected());
}

TEST_CASE("Damaged identity files are reported as corrupt", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QStringLiteral("pw"), &error));
    const QString path = store.identityFilePath();
    const QByteArray good = readFile(path);

    auto loadWith = [&](const QByteArray &content) {
        writeFile(path, content);
        return store.load(QStringLiteral("pw"));
    };

    SECTION("truncated anywhere")
    {
        for (qsizetype length : { qsizetype(0), qsizetype(10), qsizetype(60), good.size() / 2,
                 good.size() - 30, good.size() - 1 }) {
            INFO("length " << length);
            const auto result = loadWith(good.left(length));
            CHECK(result.error == LoadError::Corrupt);
            CHECK(result.identity.isNull());
            CHECK(result.message.contains(QDir::toNativeSeparators(path)));
        }
    }
    SECTION("a changed byte in the key, the certificate or the name")
    {
        const qsizetype key = good.indexOf("-----BEGIN SECURECHAT SEALED") + 100;
        const qsizetype cert = good.indexOf("-----BEGIN CERTIFICATE") + 100;
        const qsizetype name = good.indexOf("Alice");
        for (qsizetype at : { key, cert, name }) {
            QByteArray bad = good;
            bad[at] = bad[at] == 'A' ? 'B' : 'A';
            CHECK(loadWith(bad).error == LoadError::Corrupt);
        }
    }
    SECTION("not an identity file at all")
    {
        CHECK(loadWith("hello\n").error == LoadError::Corrupt);
        CHECK(loadWith(QByteArray(5000, '\0')).error == LoadError::Corrupt);
        CHECK(loadWith(securechat::test::aliceIdentity().certificate.toPEM().toLatin1()).error
            == LoadError::Corrupt);
    }
    SECTION("far too large")
    {
        const auto result = loadWith(good + QByteArray(IdentityStore::kMaxFileSize, 'x'));
        CHECK(result.error == LoadError::Corrupt);
        CHECK(result.message.contains(QStringLiteral("too large")));
    }
    SECTION("written by a newer version")
    {
        QByteArray newer = good;
        newer.replace("Format: 2\n", "Format: 3\n");
        const auto result = loadWith(withValidChecksum(newer));
        CHECK(result.error == LoadError::NewerVersion);
        CHECK(result.message.contains(QStringLiteral("newer version")));
    }
    SECTION("the key block missing")
    {
        QByteArray swapped = good;
        const qsizetype from = swapped.indexOf("-----BEGIN SECURECHAT SEALED PRIVATE KEY-----");
        const qsizetype to = swapped.indexOf("-----BEGIN CERTIFICATE-----");
        swapped.remove(from, to - from);
        CHECK(loadWith(withValidChecksum(swapped)).error == LoadError::Corrupt);
    }
    // The good file still loads after the section's damage is undone.
    writeFile(path, good);
    CHECK(store.load(QStringLiteral("pw")).error == LoadError::None);
}

TEST_CASE("A certificate that does not belong to the key is refused", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    QByteArray content = readFile(store.identityFilePath());
    const qsizetype certAt = content.indexOf("-----BEGIN CERTIFICATE-----");
    content.truncate(certAt);
    content += securechat::test::bobIdentity().certificate.toPEM().toLatin1();
    writeFile(store.identityFilePath(), withValidChecksum(content));

    const auto result = store.load();
    CHECK(result.error == LoadError::CertificateMismatch);
    CHECK(result.identity.isNull());
    CHECK(result.message.contains(QStringLiteral("does not belong")));

    // Saving such a pair is refused in the first place.
    Identity mixed = securechat::test::aliceIdentity();
    mixed.certificate = securechat::test::bobIdentity().certificate;
    Profile other;
    CHECK_FALSE(IdentityStore(other.dir()).save(mixed, QString(), &error));
    CHECK_FALSE(QFileInfo::exists(IdentityStore(other.dir()).identityFilePath()));
}

TEST_CASE("Permissions that are too open are fixed and reported", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));

    REQUIRE(::chmod(QFile::encodeName(store.identityFilePath()).constData(), 0644) == 0);
    REQUIRE(::chmod(QFile::encodeName(profile.dir()).constData(), 0755) == 0);
    const auto result = store.load();
    REQUIRE(result.error == LoadError::None);
    CHECK_FALSE(result.identity.isNull());
    CHECK(result.warning.contains(QStringLiteral("private to you again")));
    CHECK(modeOf(store.identityFilePath()) == 0600);
    CHECK(modeOf(profile.dir()) == 0700);

    // Once fixed, no more warning.
    CHECK(store.load().warning.isEmpty());
}

TEST_CASE("An identity file owned by someone else is refused", "[storage][identity]")
{
    if (::geteuid() != 0) {
        SUCCEED("only root can give a file to another user; the refusal is covered when the "
                "suite runs in the build root");
        return;
    }
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    REQUIRE(::chown(QFile::encodeName(store.identityFilePath()).constData(), 4242, 4242) == 0);
    const auto result = store.load();
    CHECK(result.error == LoadError::UnsafePermissions);
    CHECK(result.identity.isNull());
    CHECK(result.message.contains(QStringLiteral("another user")));
}

TEST_CASE("An unreadable identity path is an I/O error", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    REQUIRE(QDir().mkpath(store.identityFilePath())); // a folder where the file should be
    REQUIRE(::chmod(QFile::encodeName(profile.dir()).constData(), 0700) == 0);
    const auto result = store.load();
    CHECK(result.error == LoadError::IoError);
    CHECK(result.message.contains(QStringLiteral("not a regular file")));

    QString error;
    CHECK_FALSE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Atomic writes fail cleanly when the folder cannot exist", "[storage][files]")
{
    using securechat::storage::PrivateFiles;
    QTemporaryDir temp;
    const QString blocker = temp.filePath(QStringLiteral("file"));
    writeFile(blocker, "I am a file");
    QString error;
    CHECK_FALSE(PrivateFiles::writeAtomically(blocker + QStringLiteral("/x.json"), "{}", &error));
    CHECK(error.contains(QStringLiteral("not a folder")));
    CHECK(readFile(blocker) == "I am a file");

    // A successful write replaces the content and leaves no temporary files behind.
    const QString target = temp.filePath(QStringLiteral("dir/data.json"));
    REQUIRE(PrivateFiles::writeAtomically(target, "one", &error));
    REQUIRE(PrivateFiles::writeAtomically(target, "two", &error));
    CHECK(readFile(target) == "two");
    CHECK(modeOf(target) == 0600);
    CHECK(QDir(temp.filePath(QStringLiteral("dir"))).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("data.json") });
}

TEST_CASE("writeNew creates a file but never replaces one", "[storage][files]")
{
    using securechat::storage::PrivateFiles;
    QTemporaryDir temp;
    const QString target = temp.filePath(QStringLiteral("p/new.txt"));
    QString error;
    REQUIRE(PrivateFiles::writeNew(target, "first", &error));
    CHECK(readFile(target) == "first");
    CHECK(modeOf(target) == 0600);
    CHECK(modeOf(temp.filePath(QStringLiteral("p"))) == 0700);

    CHECK_FALSE(PrivateFiles::writeNew(target, "second", &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(readFile(target) == "first");
    CHECK(QDir(temp.filePath(QStringLiteral("p"))).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("new.txt") });
}

TEST_CASE("Identity files with keys other than RSA 2048-4096 are refused without a crash",
    "[storage][identity]")
{
    using securechat::test::ForeignKey;
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    const QByteArray good = readFile(store.identityFilePath());
    const qsizetype keyAt = good.indexOf("-----BEGIN PRIVATE KEY-----");
    const qsizetype certAt = good.indexOf("-----BEGIN CERTIFICATE-----");
    const QByteArray header = good.left(keyAt);
    const QByteArray aliceKey = good.mid(keyAt, certAt - keyAt);
    const QByteArray aliceCert = good.mid(certAt);

    for (const ForeignKey kind :
        { ForeignKey::Ec, ForeignKey::Ed25519, ForeignKey::Dsa, ForeignKey::Rsa1024 }) {
        const auto &foreign = securechat::test::foreignCertificate(kind);
        INFO(foreign.name);
        const QByteArray key = readFile(foreign.keyPath);
        const QByteArray cert = readFile(foreign.certificatePath);
        REQUIRE(key.startsWith("-----BEGIN PRIVATE KEY-----"));

        // The foreign key with its own certificate, and with Alice's certificate.
        writeFile(store.identityFilePath(), withValidChecksum(header + key + cert));
        auto result = store.load();
        CHECK(result.error == LoadError::Corrupt);
        CHECK(result.identity.isNull());
        CHECK(result.message.contains(QString::fromLatin1(foreign.description)));

        writeFile(store.identityFilePath(), withValidChecksum(header + key + aliceCert));
        result = store.load();
        CHECK(result.error != LoadError::None);
        CHECK(result.identity.isNull());

        // Alice's key with the foreign certificate.
        writeFile(store.identityFilePath(), withValidChecksum(header + aliceKey + cert));
        result = store.load();
        CHECK(result.error == LoadError::Corrupt);
        CHECK(result.message.contains(QString::fromLatin1(foreign.description)));
    }
}

// Found by tests/fuzz (regressions/identity_store/malformed-subject-key-id): QCA's OpenSSL
// provider dereferenced the failed decoding of a malformed extension and crashed the program.
TEST_CASE("An identity certificate with a malformed extension is refused without a crash",
    "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QString(), &error));
    QByteArray content = readFile(store.identityFilePath());
    const qsizetype certAt = content.indexOf("-----BEGIN CERTIFICATE-----");
    content.truncate(certAt);
    const QByteArray bad = securechat::test::withMalformedSubjectKeyId(
        securechat::test::aliceIdentity().certificate.toDER());
    QByteArray base64 = bad.toBase64();
    content += "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype at = 0; at < base64.size(); at += 64)
        content += base64.mid(at, 64) + '\n';
    content += "-----END CERTIFICATE-----\n";
    writeFile(store.identityFilePath(), withValidChecksum(content));

    const auto result = store.load();
    CHECK(result.error == LoadError::Corrupt);
    CHECK(result.identity.isNull());
    CHECK(result.message.contains(QStringLiteral("2.5.29.14")));
    CHECK(result.message.contains(QDir::toNativeSeparators(store.identityFilePath())));
}

TEST_CASE("A profile holding an old-style certificate gets it re-issued for the same key",
    "[storage][identity]")
{
    const Identity &alice = securechat::test::aliceIdentity();
    Identity old = alice;
    old.certificate = securechat::test::legacyCertificate(alice.privateKey);
    REQUIRE(securechat::crypto::RsaService::hasNonCaPathLength(old.certificate));

    for (const QString &passphrase : { QString(), QStringLiteral("pw") }) {
        INFO("passphrase: " << passphrase.toStdString());
        Profile profile;
        IdentityStore store(profile.dir());
        store.setSealParams(kTestSealParams);
        store.setSealParams(kTestSealParams);
        QString error;
        REQUIRE(store.save(old, passphrase, &error));
        const QByteArray before = readFile(store.identityFilePath());

        const auto result = store.load(passphrase);
        REQUIRE(result.error == LoadError::None);
        CHECK(result.warning.isEmpty());
        CHECK(result.identity.certificate.toDER() != old.certificate.toDER());
        CHECK_FALSE(
            securechat::crypto::RsaService::hasNonCaPathLength(result.identity.certificate));
        CHECK(result.identity.keyMatchesCertificate());
        // Nobody's pin changes.
        CHECK(result.identity.fingerprint() == alice.fingerprint());
        CHECK(result.identity.displayName == alice.displayName);

        // Written back atomically, private, passphrase protection kept; the next start keeps it.
        const QByteArray after = readFile(store.identityFilePath());
        CHECK(after != before);
        CHECK(after.contains(result.identity.certificate.toPEM().toLatin1()));
        CHECK(modeOf(store.identityFilePath()) == 0600);
        CHECK(store.isPassphraseProtected() == !passphrase.isEmpty());
        const auto again = store.load(passphrase);
        REQUIRE(again.error == LoadError::None);
        CHECK(again.identity.certificate.toDER() == result.identity.certificate.toDER());
        CHECK(readFile(store.identityFilePath()) == after);
    }
}

namespace {

// An identity file as SecureChat 0.1 wrote it: format 1, the key as PKCS#8 encrypted with
// PBES2 (3DES, PBKDF2 with 2048 iterations).
QByteArray legacyProtectedFile(const Identity &identity, const QString &passphrase)
{
    const QByteArray keyPem
        = identity.privateKey
              .toPEM(QCA::SecureArray(passphrase.toUtf8()), QCA::PBES2_TripleDES_SHA1)
              .toLatin1();
    REQUIRE(keyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    return withValidChecksum(
        "SecureChat identity\nFormat: 1\nDisplay-Name: " + identity.displayName.toUtf8()
        + "\nContent-SHA256: 0\n\n" + keyPem + identity.certificate.toPEM().toLatin1());
}

QStringList profileFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// The sealed key's bytes, replaced by edit, with the file's checksum made valid again.
QByteArray withEditedSeal(const QByteArray &file, const std::function<void(QByteArray *)> &edit)
{
    const QByteArray begin = "-----BEGIN SECURECHAT SEALED PRIVATE KEY-----\n";
    const QByteArray end = "-----END SECURECHAT SEALED PRIVATE KEY-----";
    const qsizetype from = file.indexOf(begin) + begin.size();
    const qsizetype to = file.indexOf(end);
    REQUIRE(from > begin.size());
    QByteArray sealed = QByteArray::fromBase64(file.mid(from, to - from));
    REQUIRE(securechat::crypto::PassphraseSeal::looksSealed(sealed));
    edit(&sealed);
    QByteArray edited = file;
    edited.replace(from, to - from, sealed.toBase64() + '\n');
    return withValidChecksum(edited);
}

} // namespace

TEST_CASE("A PKCS#8-protected identity from 0.1 opens and is upgraded to the sealed format",
    "[storage][identity][upgrade]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    const Identity &alice = securechat::test::aliceIdentity();
    const QString passphrase = QStringLiteral("old pässphrase");
    const QByteArray legacy = legacyProtectedFile(alice, passphrase);
    writeFile(store.identityFilePath(), legacy);
    CHECK(store.isPassphraseProtected());

    // A wrong passphrase changes nothing.
    const auto wrong = store.load(QStringLiteral("old passphrase"));
    CHECK(wrong.error == LoadError::WrongPassphrase);
    CHECK(readFile(store.identityFilePath()) == legacy);

    const auto opened = store.load(passphrase);
    REQUIRE(opened.error == LoadError::None);
    CHECK(opened.warning.isEmpty());
    CHECK(opened.identity.fingerprint() == alice.fingerprint());
    CHECK(opened.identity.privateKey.toDER() == alice.privateKey.toDER());

    // Rewritten sealed, 0600, and the backup removed once the new file read back.
    const QByteArray upgraded = readFile(store.identityFilePath());
    CHECK(upgraded.startsWith("SecureChat identity\nFormat: 2\nDisplay-Name: Alice\n"));
    CHECK(upgraded.contains("-----BEGIN SECURECHAT SEALED PRIVATE KEY-----"));
    CHECK_FALSE(upgraded.contains("ENCRYPTED PRIVATE KEY"));
    CHECK(modeOf(store.identityFilePath()) == 0600);
    CHECK(profileFiles(profile.dir()) == QStringList { QStringLiteral("identity.pem") });
    CHECK(store.isPassphraseProtected());

    // Same passphrase, same key, and nothing more happens on the next start.
    CHECK(store.load(QStringLiteral("old passphrase")).error == LoadError::WrongPassphrase);
    const auto again = store.load(passphrase);
    REQUIRE(again.error == LoadError::None);
    CHECK(again.identity.privateKey.toDER() == alice.privateKey.toDER());
    CHECK(again.identity.certificate.toDER() == alice.certificate.toDER());
    CHECK(readFile(store.identityFilePath()) == upgraded);
}

TEST_CASE(
    "A sealed key that is cut short, damaged or newer has its own message", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir());
    store.setSealParams(kTestSealParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QStringLiteral("pw"), &error));
    const QString path = store.identityFilePath();
    const QByteArray good = readFile(path);
    auto loadWith = [&](const QByteArray &content) {
        writeFile(path, content);
        return store.load(QStringLiteral("pw"));
    };

    // Cut at every header field boundary, even with a checksum that matches the cut file.
    for (int length : { 0, 4, 5, 6, 10, 14, 15, 31, 43, 47, 48 }) {
        INFO("sealed key cut to " << length << " bytes");
        const auto result = loadWith(
            withEditedSeal(good, [length](QByteArray *sealed) { sealed->truncate(length); }));
        CHECK(result.error == LoadError::Corrupt);
        CHECK(result.message.contains(QStringLiteral("cut short")));
    }

    const auto newer = loadWith(withEditedSeal(good, [](QByteArray *sealed) { (*sealed)[4] = 7; }));
    CHECK(newer.error == LoadError::NewerVersion);
    CHECK(newer.message.contains(QStringLiteral("newer version of SecureChat (seal format 7)")));

    const QByteArray badBase64 = withValidChecksum(
        QByteArray(good).replace(good.indexOf("SEALED PRIVATE KEY-----\n") + 30, 1, "*"));
    CHECK(loadWith(badBase64).message.contains(QStringLiteral("unreadable sealed key")));

    const auto unknownKdf
        = loadWith(withEditedSeal(good, [](QByteArray *sealed) { (*sealed)[5] = 9; }));
    CHECK(unknownKdf.error == LoadError::Corrupt);
    CHECK(unknownKdf.message.contains(QStringLiteral("unreadable sealed key")));

    // A different salt is a different key: indistinguishable from a wrong passphrase.
    const auto otherSalt
        = loadWith(withEditedSeal(good, [](QByteArray *sealed) { (*sealed)[20] ^= 1; }));
    CHECK(otherSalt.error == LoadError::WrongPassphrase);

    writeFile(path, good);
    CHECK(store.load(QStringLiteral("pw")).error == LoadError::None);
}

TEST_CASE("The production Argon2id parameters seal and open an identity", "[storage][identity]")
{
    Profile profile;
    IdentityStore store(profile.dir()); // production parameters, once in the suite
    REQUIRE(store.sealParams() == securechat::crypto::PassphraseSeal::kProductionParams);
    QString error;
    REQUIRE(store.save(securechat::test::aliceIdentity(), QStringLiteral("pw"), &error));
    withEditedSeal(readFile(store.identityFilePath()), [](QByteArray *sealed) {
        // memory 65536 KiB, 6 iterations, 1 lane, as docs/security.md says
        CHECK(sealed->mid(6, 9).toHex() == "000100000000000601");
    });
    const auto result = store.load(QStringLiteral("pw"));
    REQUIRE(result.error == LoadError::None);
    CHECK(result.identity.fingerprint() == securechat::test::aliceIdentity().fingerprint());
}
