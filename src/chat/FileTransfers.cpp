// SPDX-License-Identifier: MIT
#include "chat/FileTransfers.h"

#include "chat/FileHasher.h"
#include "chat/FileNames.h"
#include "chat/PeerNames.h"
#include "common/Logging.h"
#include "net/MessageCodec.h"
#include "net/PeerSession.h"
#include "net/Protocol.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimeZone>
#include <QUuid>

#include <utility>

namespace securechat::chat {

namespace Reason = net::FileCancelReason;

namespace {

// Free space is looked at again after this much was written.
constexpr qint64 kSpaceCheckBytes = qint64(8) << 20;
constexpr int kStateFileVersion = 1;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString stateName(TransferState state)
{
    switch (state) {
    case TransferState::Preparing:
        return QStringLiteral("preparing");
    case TransferState::Offered:
        return QStringLiteral("offered");
    case TransferState::Checking:
    case TransferState::Transferring:
        return QStringLiteral("transferring");
    case TransferState::Paused:
        return QStringLiteral("paused");
    case TransferState::Completed:
        return QStringLiteral("completed");
    case TransferState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

std::optional<TransferState> stateFromName(const QString &name)
{
    for (const TransferState state :
        { TransferState::Preparing, TransferState::Offered, TransferState::Transferring,
            TransferState::Paused, TransferState::Completed, TransferState::Failed }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

// The peer's words without control or format characters.
QString readable(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            result += c;
    }
    return result.trimmed();
}

} // namespace

struct FileTransfers::Transfer {
    TransferInfo info;
    // Outgoing: the source as it was offered, and the next byte to send while the peer wants
    // data (flowing).
    qint64 sourceMtimeMs = 0;
    qint64 sendOffset = 0;
    bool flowing = false;
    bool pausedByPeer = false;
    // Incoming: the .part file, the hash of what it holds, accepts sent in this session.
    QString partPath;
    std::unique_ptr<QFile> file; // the source (outgoing) or the .part (incoming), when open
    std::unique_ptr<crypto::Sha256> hash;
    qint64 sinceSpaceCheck = 0;
    int acceptsThisSession = 0;
    // The peer still has to hear how it ended (it was offline then).
    bool peerToldOfEnd = true;
    QPointer<FileHasher> hasher;
};

FileTransfers::FileTransfers(QObject *parent)
    : QObject(parent)
{ }

FileTransfers::~FileTransfers()
{
    for (auto &[handle, t] : m_transfers)
        closeFiles(*t);
}

QString FileTransfers::downloadFolder() const
{
    if (!m_downloadFolder.isEmpty())
        return m_downloadFolder;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

FileTransfers::Transfer *FileTransfers::find(TransferHandle handle)
{
    const auto it = m_transfers.find(handle);
    return it == m_transfers.end() ? nullptr : it->second.get();
}

FileTransfers::Transfer *FileTransfers::findWire(
    const crypto::Fingerprint &contact, const QString &id, bool outgoing)
{
    for (auto &[handle, t] : m_transfers) {
        if (t->info.outgoing == outgoing && t->info.id == id && t->info.contact == contact)
            return t.get();
    }
    return nullptr;
}

net::PeerSession *FileTransfers::sessionOf(const crypto::Fingerprint &contact) const
{
    return m_sessions.value(contact).data();
}

QList<TransferInfo> FileTransfers::transfers() const
{
    QList<TransferInfo> result;
    for (const auto &[handle, t] : m_transfers)
        result.append(t->info);
    return result;
}

TransferInfo FileTransfers::transfer(TransferHandle handle) const
{
    const auto it = m_transfers.find(handle);
    return it == m_transfers.end() ? TransferInfo {} : it->second->info;
}

QList<TransferInfo> FileTransfers::transfersOf(const crypto::Fingerprint &contact) const
{
    QList<TransferInfo> result;
    for (const auto &[handle, t] : m_transfers) {
        if (t->info.contact == contact)
            result.append(t->info);
    }
    return result;
}

FileTransfers::Transfer &FileTransfers::add(TransferInfo info)
{
    info.handle = m_nextHandle++;
    if (!info.created.isValid())
        info.created = QDateTime::currentDateTimeUtc();
    auto t = std::make_unique<Transfer>();
    t->info = std::move(info);
    Transfer &ref = *t;
    m_transfers.emplace(ref.info.handle, std::move(t));
    return ref;
}

bool FileTransfers::send(const crypto::Fingerprint &contact, const net::Message &message)
{
    net::PeerSession *session = sessionOf(contact);
    return session && session->sendFileMessage(message);
}

void FileTransfers::refuseUnknown(const crypto::Fingerprint &contact, const QString &id)
{
    send(contact,
        net::FileCancel {
            id, QLatin1StringView(Reason::kInvalid), QStringLiteral("no such transfer") });
}

void FileTransfers::hashThen(Transfer &t, const QString &path, qint64 length, AfterHash then)
{
    stopHashing(t);
    auto *hasher = new FileHasher(path, length, this);
    t.hasher = hasher;
    const TransferHandle handle = t.info.handle;
    connect(hasher, &FileHasher::finished, this,
        [this, handle, hasher, then](bool ok, const QByteArray &sha256) {
            hasher->deleteLater();
            Transfer *current = find(handle);
            if (!current || current->hasher != hasher)
                return;
            current->hasher.clear();
            then(*current, ok, sha256);
        });
    hasher->start();
}

void FileTransfers::stopHashing(Transfer &t)
{
    if (t.hasher) {
        t.hasher->deleteLater();
        t.hasher.clear();
    }
}

void FileTransfers::setState(Transfer &t, TransferState state, const QString &reason)
{
    t.info.state = state;
    t.info.reason = reason;
    save();
    emit transferChanged(t.info.handle);
}

// --- sending -------------------------------------------------------------------------------

TransferHandle FileTransfers::sendFile(
    const crypto::Fingerprint &contact, const QString &path, QString *error)
{
    const QFileInfo source(path);
    if (!source.isFile() || !source.isReadable()) {
        if (error)
            *error = tr("%1 is not a file that can be read. Check the path and its permissions.")
                         .arg(QDir::toNativeSeparators(path));
        return 0;
    }
    if (source.size() > net::kMaxFileBytes) {
        if (error)
            *error = tr("%1 is too large to send.").arg(QDir::toNativeSeparators(path));
        return 0;
    }
    TransferInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.contact = contact;
    info.outgoing = true;
    info.state = TransferState::Preparing;
    info.name = source.fileName();
    info.path = source.absoluteFilePath();
    info.size = source.size();
    info.mediaType = QMimeDatabase().mimeTypeForFile(source).name();
    Transfer &t = add(info);
    t.sourceMtimeMs = source.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
    const TransferHandle handle = t.info.handle;
    emit transferAdded(handle);
    startHashing(t);
    save();
    return handle;
}

void FileTransfers::startHashing(Transfer &t)
{
    hashThen(t, t.info.path, -1, [this](Transfer &current, bool ok, const QByteArray &sha256) {
        if (current.info.state != TransferState::Preparing)
            return;
        if (!ok || !sourceUnchanged(current)) {
            fail(current, QLatin1StringView(Reason::kChanged),
                tr("%1 could not be read to the end, or changed while it was being read. Send "
                   "it again once it is complete.")
                    .arg(current.info.name),
                false);
            return;
        }
        current.info.sha256 = sha256;
        setState(current, TransferState::Offered);
        sendOffer(current);
    });
}

bool FileTransfers::sourceUnchanged(const Transfer &t) const
{
    const QFileInfo source(t.info.path);
    return source.isFile() && source.size() == t.info.size
        && source.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() == t.sourceMtimeMs;
}

void FileTransfers::sendOffer(Transfer &t)
{
    send(t.info.contact,
        net::FileOffer { t.info.id, t.info.name, t.info.size, t.info.sha256, t.info.mediaType });
}

void FileTransfers::onAccept(const crypto::Fingerprint &contact, const net::FileAccept &accept)
{
    Transfer *t = findWire(contact, accept.transfer, true);
    if (!t) {
        refuseUnknown(contact, accept.transfer);
        return;
    }
    if (t->info.isFinal()) {
        sendEnd(*t);
        return;
    }
    if (t->info.state == TransferState::Preparing || accept.offset > t->info.size) {
        fail(*t, QLatin1StringView(Reason::kInvalid),
            tr("%1 asked for %2 from byte %3, which this side never offered.")
                .arg(shortFingerprint(contact), t->info.name)
                .arg(accept.offset));
        return;
    }
    if (!sourceUnchanged(*t)) {
        fail(*t, QLatin1StringView(Reason::kChanged),
            tr("%1 changed on disk since it was offered, so the transfer stopped rather than mix "
               "two versions. Send it again.")
                .arg(t->info.name));
        return;
    }
    t->pausedByPeer = false;
    t->flowing = false;
    t->sendOffset = accept.offset;
    t->info.done = accept.offset;
    if (accept.offset == 0) {
        if (accept.prefixSha256 != FileHasher::emptyHash()) {
            fail(*t, QLatin1StringView(Reason::kInvalid),
                tr("The receiver's answer for %1 was inconsistent.").arg(t->info.name));
            return;
        }
        t->flowing = true;
        setState(*t, t->info.pausedHere ? TransferState::Paused : TransferState::Transferring);
        pump(contact);
        return;
    }
    // The receiver holds a part: it must be a prefix of this file.
    setState(*t, TransferState::Checking);
    const QByteArray expected = accept.prefixSha256;
    hashThen(*t, t->info.path, accept.offset,
        [this, expected](Transfer &current, bool ok, const QByteArray &sha256) {
            if (current.info.state != TransferState::Checking)
                return;
            if (!ok || sha256 != expected || !sourceUnchanged(current)) {
                fail(current, QLatin1StringView(Reason::kChanged),
                    tr("What the receiver already holds of %1 is not the start of the file here "
                       "any more: the file changed since it was offered. Send it again.")
                        .arg(current.info.name));
                return;
            }
            current.flowing = true;
            setState(current,
                current.info.pausedHere ? TransferState::Paused : TransferState::Transferring);
            pump(current.info.contact);
        });
}

void FileTransfers::pump(const crypto::Fingerprint &contact)
{
    net::PeerSession *session = sessionOf(contact);
    if (!session || session->bytesToWrite() > 0)
        return;
    const Flow &flow = m_flows[contact];
    if (flow.sent - flow.read >= kWindowBytes)
        return; // the next pong opens the window again
    // Round robin: the first flowing transfer after the one that sent last.
    const TransferHandle last = m_nextToSend.value(contact);
    Transfer *first = nullptr;
    Transfer *next = nullptr;
    for (auto &[handle, t] : m_transfers) {
        if (!t->info.outgoing || t->info.contact != contact || !t->flowing
            || t->info.state != TransferState::Transferring || t->sendOffset >= t->info.size)
            continue;
        if (!first)
            first = t.get();
        if (handle > last) {
            next = t.get();
            break;
        }
    }
    Transfer *chosen = next ? next : first;
    if (!chosen)
        return;
    m_nextToSend.insert(contact, chosen->info.handle);
    sendChunk(*chosen);
}

bool FileTransfers::sendChunk(Transfer &t)
{
    if (!t.file) {
        t.file = std::make_unique<QFile>(t.info.path);
        if (!t.file->open(QIODevice::ReadOnly)) {
            t.file.reset();
            fail(t, QLatin1StringView(Reason::kFailed),
                tr("%1 can no longer be read. Check that it still exists.").arg(t.info.path));
            return false;
        }
    }
    const qint64 want = qMin(kChunkBytes, t.info.size - t.sendOffset);
    QByteArray data;
    if (t.file->pos() == t.sendOffset || t.file->seek(t.sendOffset))
        data = t.file->read(want);
    if (data.size() != want || !sourceUnchanged(t)) {
        fail(t, QLatin1StringView(Reason::kChanged),
            tr("%1 changed on disk while it was being sent, so the transfer stopped rather than "
               "mix two versions. Send it again.")
                .arg(t.info.name));
        return false;
    }
    if (!send(t.info.contact, net::FileChunk { t.info.id, t.sendOffset, data }))
        return false;
    t.sendOffset += data.size();
    t.info.done = t.sendOffset;
    Flow &flow = m_flows[t.info.contact];
    flow.sent += data.size();
    flow.sinceProbe += data.size();
    if (flow.sinceProbe >= kProbeBytes) {
        if (const quint64 nonce = sessionOf(t.info.contact)->sendProbe()) {
            flow.probes.append({ nonce, flow.sent });
            flow.sinceProbe = 0;
        }
    }
    emit progress(t.info.handle, t.info.done, t.info.size);
    if (t.sendOffset >= t.info.size)
        t.file.reset(); // everything is out; the receiver's confirmation is what is left
    return true;
}

void FileTransfers::onPong(const crypto::Fingerprint &contact, quint64 nonce)
{
    const auto it = m_flows.find(contact);
    if (it == m_flows.end())
        return;
    while (!it->probes.isEmpty() && it->probes.constFirst().first <= nonce)
        it->read = it->probes.takeFirst().second;
    pump(contact);
}

void FileTransfers::onPause(const crypto::Fingerprint &contact, const net::FilePause &pause)
{
    Transfer *t = findWire(contact, pause.transfer, true);
    if (!t || t->info.isFinal())
        return;
    t->flowing = false;
    t->pausedByPeer = true;
    setState(*t, TransferState::Paused, tr("Paused by the receiver."));
}

void FileTransfers::onComplete(
    const crypto::Fingerprint &contact, const net::FileComplete &completeMessage)
{
    Transfer *t = findWire(contact, completeMessage.transfer, true);
    if (!t || t->info.isFinal())
        return;
    if (t->sendOffset < t->info.size || !t->flowing) {
        fail(*t, QLatin1StringView(Reason::kInvalid),
            tr("The receiver said %1 was complete before it had all of it.").arg(t->info.name));
        return;
    }
    complete(*t);
}

// --- receiving -----------------------------------------------------------------------------

void FileTransfers::onOffer(const crypto::Fingerprint &contact, const net::FileOffer &offer)
{
    if (Transfer *known = findWire(contact, offer.transfer, false)) {
        // Offered again on a new session: the answer stands.
        if (known->info.size != offer.size || known->info.sha256 != offer.sha256) {
            fail(*known, QLatin1StringView(Reason::kInvalid),
                tr("The sender offered %1 again with other contents.").arg(known->info.name));
        } else if (known->info.isFinal()) {
            sendEnd(*known);
        }
        return;
    }
    const QString name = sanitizeFileName(offer.name);
    const auto refuse = [&](const char *code, const QString &reason) {
        send(contact, net::FileCancel { offer.transfer, QLatin1StringView(code), reason });
        qCInfo(lcChat) << "declined an offer from" << shortFingerprint(contact) << ":" << code;
    };
    int waiting = 0;
    int open = 0;
    for (const auto &[handle, t] : m_transfers) {
        if (t->info.contact != contact || t->info.isFinal())
            continue;
        ++open;
        if (!t->info.outgoing && t->info.state == TransferState::Offered)
            ++waiting;
    }
    if (waiting >= kMaxWaitingOffers || open >= kMaxOpenTransfers) {
        refuse(Reason::kTooMany, QStringLiteral("too many offers are waiting"));
        return;
    }
    if (m_maxOfferBytes > 0 && offer.size > m_maxOfferBytes) {
        refuse(Reason::kTooLarge,
            QStringLiteral("files larger than %1 bytes are declined").arg(m_maxOfferBytes));
        return;
    }
    TransferInfo info;
    info.id = offer.transfer;
    info.contact = contact;
    info.outgoing = false;
    info.state = TransferState::Offered;
    info.name = name;
    info.peerName = offer.name;
    info.size = offer.size;
    info.sha256 = offer.sha256;
    info.mediaType = offer.mediaType;
    Transfer &t = add(info);
    save();
    emit transferAdded(t.info.handle);
}

bool FileTransfers::accept(TransferHandle handle, const QString &folder, QString *error)
{
    return acceptInto(handle, folder, {}, error);
}

bool FileTransfers::acceptAs(TransferHandle handle, const QString &filePath, QString *error)
{
    const QFileInfo target(filePath);
    return acceptInto(handle, target.absolutePath(), sanitizeFileName(target.fileName()), error);
}

bool FileTransfers::acceptInto(
    TransferHandle handle, const QString &folder, const QString &name, QString *error)
{
    Transfer *t = find(handle);
    const auto refuse = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!t || t->info.outgoing || t->info.state != TransferState::Offered)
        return refuse(tr("There is no offer waiting with that number."));
    // Absolute: the state file must name the same place after a restart from another folder.
    const QString dir = QFileInfo(folder.isEmpty() ? downloadFolder() : folder).absoluteFilePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
        return refuse(tr("The folder %1 cannot be written. Choose another folder.")
                          .arg(QDir::toNativeSeparators(dir)));
    const QStorageInfo storage(dir);
    const qint64 needed = t->info.size + kMinFreeBytes;
    if (storage.isValid() && storage.bytesAvailable() < needed)
        return refuse(tr("There is not enough free space in %1 for %2 (%3 needed, %4 free). "
                         "Free some space or choose another folder.")
                          .arg(QDir::toNativeSeparators(dir), t->info.name, sizeText(t->info.size),
                              sizeText(storage.bytesAvailable())));
    const QString wanted = name.isEmpty() ? t->info.name : name;
    const QString free = freeFileName(dir, wanted);
    if (free.isEmpty())
        return refuse(tr("Every name for %1 in %2 is taken. Choose another folder.")
                          .arg(wanted, QDir::toNativeSeparators(dir)));
    const QString partPath = QDir(dir).filePath(free + QLatin1StringView(".part"));
    auto file = std::make_unique<QFile>(partPath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return refuse(tr("%1 could not be created: %2. Choose another folder.")
                          .arg(QDir::toNativeSeparators(partPath), file->errorString()));
    t->info.folder = dir;
    t->info.name = free; // what the user will find on disk, which the card shows
    t->partPath = partPath;
    t->file = std::move(file);
    t->hash = std::make_unique<crypto::Sha256>();
    t->info.done = 0;
    setState(*t, TransferState::Transferring);
    sendAccept(*t, FileHasher::emptyHash());
    if (t->info.size == 0)
        finishReceiving(*t);
    return true;
}

void FileTransfers::sendAccept(Transfer &t, const QByteArray &prefixSha256)
{
    if (!sessionOf(t.info.contact) || t.info.pausedHere)
        return;
    ++t.acceptsThisSession;
    send(t.info.contact, net::FileAccept { t.info.id, t.info.done, prefixSha256 });
}

void FileTransfers::startResume(Transfer &t)
{
    // What the .part holds is checked again (it may have been cut short, or never flushed);
    // the receiver asks for the rest with the hash of what it has.
    if (t.hasher || t.info.state != TransferState::Transferring || !sessionOf(t.info.contact))
        return;
    closeFiles(t);
    const QFileInfo part(t.partPath);
    if (!part.isFile()) {
        fail(t, QLatin1StringView(Reason::kFailed),
            tr("The partly received %1 is gone from %2; ask for it again.")
                .arg(t.info.name, QDir::toNativeSeparators(t.info.folder)));
        return;
    }
    qint64 held = qMin(part.size(), t.info.size);
    if (part.size() > t.info.size && !QFile::resize(t.partPath, t.info.size))
        held = 0;
    t.info.done = held;
    hashThen(t, t.partPath, held, [this](Transfer &current, bool ok, const QByteArray &sha256) {
        if (current.info.state != TransferState::Transferring)
            return;
        if (!ok) {
            fail(current, QLatin1StringView(Reason::kFailed),
                tr("The partly received %1 could not be read; ask for it again.")
                    .arg(current.info.name));
            return;
        }
        if (current.info.done == current.info.size) {
            finishReceiving(current);
            return;
        }
        current.file = std::make_unique<QFile>(current.partPath);
        if (!current.file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            current.file.reset();
            fail(current, QLatin1StringView(Reason::kFailed),
                tr("The partly received %1 could not be opened for writing.")
                    .arg(current.info.name));
            return;
        }
        current.hash.reset(); // the whole file is hashed again at the end
        sendAccept(current, sha256);
    });
}

void FileTransfers::onChunk(const crypto::Fingerprint &contact, const net::FileChunk &chunk)
{
    Transfer *t = findWire(contact, chunk.transfer, false);
    if (!t) {
        refuseUnknown(contact, chunk.transfer);
        return;
    }
    if (t->info.isFinal() || t->info.state == TransferState::Paused || t->hasher)
        return; // in flight when it ended, paused or is being checked: the rest is asked again
    if (t->info.state != TransferState::Transferring || !t->file) {
        fail(*t, QLatin1StringView(Reason::kInvalid),
            tr("%1 sent data for %2 before it was accepted.")
                .arg(shortFingerprint(contact), t->info.name));
        return;
    }
    // After a pause in this session, chunks sent before the sender saw the pause may still
    // arrive after the new accept went out: they are dropped, the sender starts again from
    // the accept's offset.
    if (chunk.offset != t->info.done && t->acceptsThisSession > 1)
        return;
    if (chunk.offset != t->info.done) {
        fail(*t, QLatin1StringView(Reason::kInvalid),
            tr("The sender's data for %1 arrived out of order (at byte %2, expected %3).")
                .arg(t->info.name)
                .arg(chunk.offset)
                .arg(t->info.done));
        return;
    }
    if (chunk.data.size() > t->info.size - t->info.done) {
        fail(*t, QLatin1StringView(Reason::kInvalid),
            tr("The sender sent more of %1 than the %2 it offered.")
                .arg(t->info.name, sizeText(t->info.size)));
        return;
    }
    writeChunk(*t, chunk);
}

void FileTransfers::writeChunk(Transfer &t, const net::FileChunk &chunk)
{
    t.sinceSpaceCheck += chunk.data.size();
    bool full = false;
    if (t.sinceSpaceCheck >= kSpaceCheckBytes) {
        t.sinceSpaceCheck = 0;
        const QStorageInfo storage(t.info.folder);
        full = storage.isValid() && storage.bytesAvailable() < kMinFreeBytes;
    }
    if (!full && t.file->write(chunk.data) != chunk.data.size()) {
        full = true;
        // Only whole chunks count: what was cut short is taken off again.
        t.file->flush();
        t.file->resize(t.info.done);
    }
    if (full) {
        closeFiles(t);
        t.info.pausedHere = true;
        send(t.info.contact, net::FilePause { t.info.id });
        setState(t, TransferState::Paused,
            tr("The disk of %1 is (nearly) full. Free some space, then resume the transfer: "
               "what arrived so far is kept.")
                .arg(QDir::toNativeSeparators(t.info.folder)));
        return;
    }
    if (t.hash)
        t.hash->addData(chunk.data);
    t.info.done += chunk.data.size();
    emit progress(t.info.handle, t.info.done, t.info.size);
    if (t.info.done == t.info.size)
        finishReceiving(t);
}

void FileTransfers::finishReceiving(Transfer &t)
{
    if (t.file) {
        if (!t.file->flush()) {
            fail(t, QLatin1StringView(Reason::kFailed),
                tr("%1 could not be written to the disk.").arg(t.partPath));
            return;
        }
        t.file->close();
        t.file.reset();
    }
    const auto verify = [this](TransferHandle handle, const QByteArray &sha256) {
        Transfer *current = find(handle);
        if (!current || current->info.isFinal())
            return;
        if (sha256 != current->info.sha256) {
            discardPart(*current);
            fail(*current, QLatin1StringView(Reason::kHashMismatch),
                tr("%1 arrived complete but differs from what was offered (its SHA-256 does not "
                   "match), so it was deleted. Ask the sender to send it again.")
                    .arg(current->info.name));
            return;
        }
        // The name the .part was made for, unless a file of that name appeared meanwhile.
        QString finalPath = current->partPath.chopped(5);
        if (QFileInfo::exists(finalPath)) {
            const QString free = freeFileName(current->info.folder, current->info.name);
            finalPath = free.isEmpty() ? QString() : QDir(current->info.folder).filePath(free);
        }
        // QFile::rename never replaces an existing file.
        if (finalPath.isEmpty() || !QFile::rename(current->partPath, finalPath)) {
            fail(*current, QLatin1StringView(Reason::kFailed),
                tr("%1 was received and checked, but could not be renamed from %2. Rename it "
                   "yourself.")
                    .arg(current->info.name, QDir::toNativeSeparators(current->partPath)),
                true, false);
            return;
        }
        current->info.path = finalPath;
        current->info.name = QFileInfo(finalPath).fileName();
        complete(*current);
    };
    const TransferHandle handle = t.info.handle;
    if (t.hash) {
        const QByteArray sha256 = t.hash->result();
        t.hash.reset();
        verify(handle, sha256);
        return;
    }
    hashThen(t, t.partPath, t.info.size,
        [verify, handle](Transfer &, bool ok, const QByteArray &sha256) {
            verify(handle, ok ? sha256 : QByteArray());
        });
}

void FileTransfers::discardPart(Transfer &t)
{
    closeFiles(t);
    if (!t.partPath.isEmpty())
        QFile::remove(t.partPath);
}

void FileTransfers::closeFiles(Transfer &t)
{
    if (t.file) {
        t.file->close();
        t.file.reset();
    }
}

// --- either side ---------------------------------------------------------------------------

void FileTransfers::complete(Transfer &t)
{
    closeFiles(t);
    t.flowing = false;
    t.info.done = t.info.size;
    t.peerToldOfEnd = t.info.outgoing || send(t.info.contact, net::FileComplete { t.info.id });
    setState(t, TransferState::Completed);
    qCInfo(lcChat) << "transfer" << t.info.handle << "completed";
    emit transferFinished(t.info.handle);
    trimFinished();
}

void FileTransfers::fail(
    Transfer &t, const QString &code, const QString &reason, bool tellPeer, bool discard)
{
    if (t.info.isFinal())
        return;
    stopHashing(t);
    t.flowing = false;
    t.info.reasonCode = code;
    if (!t.info.outgoing && discard)
        discardPart(t);
    else
        closeFiles(t);
    t.peerToldOfEnd
        = !tellPeer || send(t.info.contact, net::FileCancel { t.info.id, code, reason.left(1024) });
    setState(t, TransferState::Failed, reason);
    qCInfo(lcChat) << "transfer" << t.info.handle << "failed:" << code;
    emit transferFinished(t.info.handle);
    trimFinished();
}

void FileTransfers::sendEnd(Transfer &t)
{
    if (t.info.state == TransferState::Completed && !t.info.outgoing)
        t.peerToldOfEnd = send(t.info.contact, net::FileComplete { t.info.id });
    else if (t.info.state == TransferState::Failed)
        t.peerToldOfEnd = send(t.info.contact,
            net::FileCancel { t.info.id,
                t.info.reasonCode.isEmpty() ? QLatin1StringView(Reason::kCancelled)
                                            : t.info.reasonCode,
                t.info.reason.left(1024) });
    if (t.peerToldOfEnd)
        save();
}

void FileTransfers::onCancel(const crypto::Fingerprint &contact, const net::FileCancel &cancel)
{
    Transfer *t = findWire(contact, cancel.transfer, true);
    if (!t || t->info.isFinal())
        t = findWire(contact, cancel.transfer, false);
    if (!t || t->info.isFinal())
        return;
    const QString code = cancel.reason;
    QString reason;
    if (code == QLatin1StringView(Reason::kDeclined))
        reason = tr("The contact declined %1.").arg(t->info.name);
    else if (code == QLatin1StringView(Reason::kTooLarge))
        reason = tr("The contact does not accept files as large as %1.").arg(t->info.name);
    else if (code == QLatin1StringView(Reason::kTooMany))
        reason = tr("The contact has too many transfers waiting; send %1 again later.")
                     .arg(t->info.name);
    else if (code == QLatin1StringView(Reason::kChanged))
        reason = tr("%1 changed on the sender's disk since it was offered. Ask them to send it "
                    "again.")
                     .arg(t->info.name);
    else if (code == QLatin1StringView(Reason::kHashMismatch))
        reason = tr("The contact received %1, but it did not match what was offered.")
                     .arg(t->info.name);
    else
        reason = tr("The contact cancelled %1.").arg(t->info.name);
    // The peer's words were written for its own user ("Send it again."); they are worth showing
    // only where the code alone says little.
    const bool explained = code == QLatin1StringView(Reason::kDeclined)
        || code == QLatin1StringView(Reason::kTooLarge)
        || code == QLatin1StringView(Reason::kTooMany)
        || code == QLatin1StringView(Reason::kChanged)
        || code == QLatin1StringView(Reason::kHashMismatch);
    const QString detail = readable(cancel.message);
    if (!explained && !detail.isEmpty())
        reason += QLatin1Char(' ') + tr("(They said: %1)").arg(detail);
    fail(*t, code, reason, false);
}

void FileTransfers::decline(TransferHandle handle)
{
    Transfer *t = find(handle);
    if (t && !t->info.outgoing && t->info.state == TransferState::Offered)
        fail(*t, QLatin1StringView(Reason::kDeclined), tr("Declined here."));
}

void FileTransfers::cancel(TransferHandle handle)
{
    if (Transfer *t = find(handle))
        fail(*t, QLatin1StringView(Reason::kCancelled), tr("Cancelled here."));
}

void FileTransfers::pause(TransferHandle handle)
{
    Transfer *t = find(handle);
    if (!t || t->info.isFinal() || t->info.pausedHere || t->info.state == TransferState::Preparing)
        return;
    t->info.pausedHere = true;
    if (t->info.outgoing) {
        if (t->info.state == TransferState::Transferring)
            setState(*t, TransferState::Paused, tr("Paused here."));
        return;
    }
    if (t->info.state == TransferState::Offered)
        return; // nothing flows before the user accepts anyway
    stopHashing(*t);
    closeFiles(*t);
    send(t->info.contact, net::FilePause { t->info.id });
    setState(*t, TransferState::Paused, tr("Paused here."));
}

void FileTransfers::resume(TransferHandle handle)
{
    Transfer *t = find(handle);
    if (!t || t->info.isFinal() || !t->info.pausedHere)
        return;
    t->info.pausedHere = false;
    if (t->info.state != TransferState::Paused)
        return;
    if (t->info.outgoing) {
        setState(*t, t->pausedByPeer ? TransferState::Paused : TransferState::Transferring,
            t->pausedByPeer ? tr("Paused by the receiver.") : QString());
        pump(t->info.contact);
        return;
    }
    setState(*t, TransferState::Transferring);
    startResume(*t);
}

// --- sessions ------------------------------------------------------------------------------

void FileTransfers::attachSession(const crypto::Fingerprint &contact, net::PeerSession *session)
{
    if (!session || !session->peerHasCapability(QLatin1StringView(net::kFilesCapability)))
        return;
    m_sessions.insert(contact, session);
    m_flows.remove(contact);
    QList<TransferHandle> handles;
    for (const auto &[handle, t] : m_transfers) {
        if (t->info.contact == contact)
            handles.append(handle);
    }
    for (const TransferHandle handle : handles) {
        Transfer *t = find(handle);
        if (!t)
            continue;
        t->acceptsThisSession = 0;
        if (t->info.isFinal()) {
            if (!t->peerToldOfEnd)
                sendEnd(*t);
        } else if (t->info.outgoing) {
            t->flowing = false;
            if (t->info.state != TransferState::Preparing)
                sendOffer(*t); // the receiver answers with an accept when it wants the rest
        } else if (t->info.state == TransferState::Transferring) {
            startResume(*t);
        }
    }
}

void FileTransfers::detachSession(const crypto::Fingerprint &contact)
{
    m_sessions.remove(contact);
    m_flows.remove(contact);
    for (auto &[handle, t] : m_transfers) {
        if (t->info.contact != contact || t->info.isFinal())
            continue;
        t->flowing = false;
        t->pausedByPeer = false;
        if (t->info.state != TransferState::Preparing)
            stopHashing(*t); // checked again on the next session
        if (t->info.state == TransferState::Checking)
            t->info.state = TransferState::Transferring;
        if (!t->info.outgoing && t->file)
            t->file->flush();
        if (t->info.outgoing)
            closeFiles(*t);
        if (t->info.outgoing && t->info.state == TransferState::Paused && !t->info.pausedHere)
            t->info.state = TransferState::Transferring;
        emit transferChanged(handle);
    }
    save();
}

void FileTransfers::moveContact(const crypto::Fingerprint &from, const crypto::Fingerprint &to)
{
    if (from == to)
        return;
    detachSession(from);
    m_nextToSend.remove(from);
    QList<TransferHandle> moved;
    for (auto &[handle, t] : m_transfers) {
        if (t->info.contact != from)
            continue;
        t->info.contact = to;
        moved.append(handle);
    }
    if (moved.isEmpty())
        return;
    save();
    for (const TransferHandle handle : std::as_const(moved))
        emit transferChanged(handle);
}

void FileTransfers::handleMessage(const crypto::Fingerprint &contact, const net::Message &message)
{
    if (const auto *offer = std::get_if<net::FileOffer>(&message))
        onOffer(contact, *offer);
    else if (const auto *accept = std::get_if<net::FileAccept>(&message))
        onAccept(contact, *accept);
    else if (const auto *chunk = std::get_if<net::FileChunk>(&message))
        onChunk(contact, *chunk);
    else if (const auto *pause = std::get_if<net::FilePause>(&message))
        onPause(contact, *pause);
    else if (const auto *cancel = std::get_if<net::FileCancel>(&message))
        onCancel(contact, *cancel);
    else if (const auto *done = std::get_if<net::FileComplete>(&message))
        onComplete(contact, *done);
}

// --- the state file ------------------------------------------------------------------------

bool FileTransfers::setStateFile(const QString &path, QString *error)
{
    m_stateFile = path;
    return path.isEmpty() || load(error);
}

void FileTransfers::save()
{
    if (m_stateFile.isEmpty())
        return;
    QJsonArray list;
    for (const auto &[handle, t] : m_transfers) {
        const TransferInfo &i = t->info;
        list.append(QJsonObject {
            { QStringLiteral("id"), i.id },
            { QStringLiteral("contact"), i.contact.toHex() },
            { QStringLiteral("outgoing"), i.outgoing },
            { QStringLiteral("state"),
                t->info.pausedHere && !i.isFinal() ? stateName(TransferState::Paused)
                                                   : stateName(i.state) },
            { QStringLiteral("name"), i.name },
            { QStringLiteral("peerName"), i.peerName },
            { QStringLiteral("path"), i.path },
            { QStringLiteral("folder"), i.folder },
            { QStringLiteral("part"), t->partPath },
            { QStringLiteral("size"), i.size },
            { QStringLiteral("done"), i.done },
            { QStringLiteral("sha256"), QString::fromLatin1(i.sha256.toHex()) },
            { QStringLiteral("mediaType"), i.mediaType },
            { QStringLiteral("mtime"), t->sourceMtimeMs },
            { QStringLiteral("reasonCode"), i.reasonCode },
            { QStringLiteral("reason"), i.reason },
            { QStringLiteral("peerTold"), t->peerToldOfEnd },
            { QStringLiteral("created"), i.created.toMSecsSinceEpoch() },
        });
    }
    const QJsonObject root { { QStringLiteral("version"), kStateFileVersion },
        { QStringLiteral("transfers"), list } };
    QString error;
    if (!storage::PrivateFiles::writeAtomically(
            m_stateFile, QJsonDocument(root).toJson(QJsonDocument::Compact), &error))
        emit warning(tr("The state of file transfers could not be saved (%1); transfers may "
                        "not resume after a restart.")
                         .arg(error));
}

namespace {

// A received file's .part lies in the folder it is saved to: a damaged record must not make
// resuming cut short (or finishing rename) some other file.
bool isPartFileIn(const QString &partPath, const QString &folder)
{
    const QFileInfo part(partPath);
    return partPath.endsWith(QLatin1StringView(".part")) && part.fileName().size() > 5
        && !folder.isEmpty()
        && QDir::cleanPath(part.absolutePath())
        == QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

} // namespace

bool FileTransfers::load(QString *error)
{
    QFile file(m_stateFile);
    if (!file.exists())
        return true;
    QJsonParseError parseError;
    // 200 finished transfers and the unfinished ones take a few hundred KiB; reading only
    // what is there spares a 16 MiB buffer on every start.
    constexpr qint64 kMaxStateFileBytes = qint64(16) << 20;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
            && file.size() <= kMaxStateFileBytes
        ? QJsonDocument::fromJson(file.readAll(), &parseError)
        : QJsonDocument();
    file.close();
    // What cannot be used is kept beside it for whoever wants to look, never written over.
    const auto keepAside = [this](bool move) {
        const QString aside
            = storage::PrivateFiles::freeSiblingName(m_stateFile, QStringLiteral(".damaged"));
        const bool kept = !aside.isEmpty()
            && (move ? QFile::rename(m_stateFile, aside) : QFile::copy(m_stateFile, aside));
        if (!kept)
            m_stateFile.clear(); // not saved from now on rather than overwrite it
        return kept ? aside : QString();
    };
    if (!document.isObject() || document.object().value(QStringLiteral("version")).toInt() != 1) {
        const QString aside = keepAside(true);
        qCWarning(lcChat) << "transfers state file unreadable, kept as" << aside;
        if (error)
            *error = aside.isEmpty()
                ? tr("%1 could not be read; unfinished transfers start again from the beginning, "
                     "and transfers are not remembered until it is moved away.")
                      .arg(QDir::toNativeSeparators(file.fileName()))
                : tr("%1 could not be read and was kept as %2; unfinished transfers start again "
                     "from the beginning.")
                      .arg(QDir::toNativeSeparators(file.fileName()),
                          QDir::toNativeSeparators(aside));
        return false;
    }
    int leftOut = 0;
    for (const QJsonValue &value : document.object().value(QStringLiteral("transfers")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto state = stateFromName(o.value(QStringLiteral("state")).toString());
        const crypto::Fingerprint contact
            = crypto::Fingerprint::fromString(o.value(QStringLiteral("contact")).toString())
                  .value_or(crypto::Fingerprint());
        TransferInfo info;
        info.id = o.value(QStringLiteral("id")).toString();
        info.contact = contact;
        info.outgoing = o.value(QStringLiteral("outgoing")).toBool();
        info.name = sanitizeFileName(o.value(QStringLiteral("name")).toString());
        info.peerName = o.value(QStringLiteral("peerName")).toString();
        info.path = o.value(QStringLiteral("path")).toString();
        info.folder = o.value(QStringLiteral("folder")).toString();
        info.size = o.value(QStringLiteral("size")).toInteger(-1);
        info.done = o.value(QStringLiteral("done")).toInteger(0);
        info.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
        info.mediaType = o.value(QStringLiteral("mediaType")).toString();
        info.reasonCode = o.value(QStringLiteral("reasonCode")).toString();
        info.reason = o.value(QStringLiteral("reason")).toString();
        if (const qint64 created = o.value(QStringLiteral("created")).toInteger(); created > 0)
            info.created = QDateTime::fromMSecsSinceEpoch(created, QTimeZone::UTC);
        const QString partPath = o.value(QStringLiteral("part")).toString();
        const bool hashed = info.sha256.size() == net::kSha256Bytes;
        // A sender's record has no hash while the file is being hashed or when hashing failed.
        const bool unhashedSource = state
            && (*state == TransferState::Preparing || *state == TransferState::Failed);
        const bool sound = info.outgoing
            ? !info.path.isEmpty() && (hashed || unhashedSource)
            : hashed && (partPath.isEmpty() || isPartFileIn(partPath, info.folder));
        const bool usable = state && sound && !contact.isNull()
            && net::MessageCodec::isValidId(info.id) && info.size >= 0
            && info.size <= net::kMaxFileBytes && info.done >= 0 && info.done <= info.size;
        if (!usable) {
            ++leftOut;
            continue;
        }
        info.state = *state;
        Transfer &t = add(info);
        t.partPath = partPath;
        t.sourceMtimeMs = o.value(QStringLiteral("mtime")).toInteger();
        t.peerToldOfEnd = o.value(QStringLiteral("peerTold")).toBool(true);
        if (*state == TransferState::Paused) {
            t.info.pausedHere = true;
        } else if (!info.outgoing && *state == TransferState::Preparing) {
            t.info.state = TransferState::Failed;
        }
        if (!info.outgoing && t.info.state == TransferState::Transferring && t.partPath.isEmpty())
            t.info.state = TransferState::Failed;
        if (t.info.outgoing && t.info.state == TransferState::Preparing)
            startHashing(t);
    }
    if (leftOut > 0) {
        const QString aside = keepAside(false);
        qCWarning(lcChat) << leftOut << "damaged transfer records left out, file kept as" << aside;
        save(); // the sound records only, so that the next start does not find the same again
        if (error)
            *error = aside.isEmpty()
                ? tr("Damaged transfers were left out of %1; transfers are not remembered until "
                     "the file is moved away.")
                      .arg(QDir::toNativeSeparators(file.fileName()))
                : tr("Damaged transfers were left out of %1; the file was kept as %2.")
                      .arg(QDir::toNativeSeparators(file.fileName()),
                          QDir::toNativeSeparators(aside));
    }
    return true;
}

void FileTransfers::trimFinished()
{
    int finished = 0;
    for (const auto &[handle, t] : m_transfers)
        finished += t->info.isFinal() && t->peerToldOfEnd ? 1 : 0;
    for (auto it = m_transfers.begin(); finished > kMaxFinishedKept && it != m_transfers.end();) {
        if (it->second->info.isFinal() && it->second->peerToldOfEnd) {
            it = m_transfers.erase(it);
            --finished;
        } else {
            ++it;
        }
    }
}

} // namespace securechat::chat
