// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "net/Messages.h"

#include <functional>
#include <map>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QFile;

namespace securechat::net {
class PeerSession;
}

namespace securechat::chat {

class FileHasher;

// A local number for a transfer (the wire id is only unique per contact and direction).
using TransferHandle = quint64;

enum class TransferState {
    Preparing, // outgoing: hashing the file before offering it
    Offered, // outgoing: waiting for the peer's answer; incoming: waiting for the user's
    Checking, // re-hashing what is held before resuming (either side)
    Transferring, // accepted; data flows whenever the contact is connected
    Paused, // by the user (either side), by the peer, or because the disk is full
    Completed, // the receiver confirmed the whole-file SHA-256
    Failed, // declined, cancelled, changed, hash mismatch, ...: see reason
};

struct TransferInfo {
    TransferHandle handle = 0;
    QString id; // on the wire
    crypto::Fingerprint contact;
    bool outgoing = false;
    TransferState state = TransferState::Preparing;
    QString name; // outgoing: the file's name; incoming: the sanitised name, once accepted the
                  // name it is saved under
    QString peerName; // incoming: the name as the peer sent it
    QString path; // outgoing: the source; incoming: the final file once completed
    QString folder; // incoming: where it is saved once accepted
    qint64 size = 0;
    qint64 done = 0; // bytes sent (outgoing) or held (incoming)
    QByteArray sha256;
    QString mediaType;
    QString reasonCode; // FileCancelReason when failed
    QString reason; // for a person: why it failed or is paused
    bool pausedHere = false; // by this side's user (or a full disk): resume() continues it
    QDateTime created; // when it was offered (outgoing: chosen; incoming: the offer arrived)
    bool isFinal() const
    {
        return state == TransferState::Completed || state == TransferState::Failed;
    }
};

// File transfers with contacts (docs/protocol.md 4.9). A transfer belongs to a contact (its
// fingerprint), not to a connection: the controller hands over a contact's session when it is
// ready (attachSession) and takes it away when it ends (detachSession); transfers continue on
// the next session, also after a restart when a state file is set. Chunks go out only while the
// session has nothing else to write (pump), so texts wait behind at most one chunk. Received
// data goes to NAME.part in the chosen folder and is renamed to a free name only after the
// whole-file SHA-256 matched. Signal driven, no threads; hashing runs in slices on the event
// loop.
class FileTransfers : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 64 * 1024;
    // Incoming offers a contact may have waiting for the user, and transfers of one contact
    // that are not finished; beyond them offers are declined with too-many.
    static constexpr int kMaxWaitingOffers = 16;
    static constexpr int kMaxOpenTransfers = 64;
    // Finished transfers remembered (and shown), newest first.
    static constexpr int kMaxFinishedKept = 200;
    // Receiving pauses when the folder's disk has less than this left.
    static constexpr qint64 kMinFreeBytes = qint64(4) << 20;
    // At most this much of a contact's chunks is on its way (sent, not yet read by the peer, as
    // the pong to a ping sent behind them tells), so that a text never queues behind
    // megabytes in socket buffers; a ping goes out after every kProbeBytes of chunks.
    static constexpr qint64 kWindowBytes = qint64(1) << 20;
    static constexpr qint64 kProbeBytes = 128 * 1024;

    explicit FileTransfers(QObject *parent = nullptr);
    ~FileTransfers() override;

    // Where transfers are remembered across restarts (transfers.json in the profile folder);
    // loads it. Empty: in memory only. False with a reason when it exists but cannot be read.
    bool setStateFile(const QString &path, QString *error = nullptr);
    // The folder for accepted files when accept() is given none (default: the download folder).
    void setDownloadFolder(const QString &folder) { m_downloadFolder = folder; }
    QString downloadFolder() const;
    // Offers larger than this are declined with too-large at once; 0: no limit.
    void setMaxOfferBytes(qint64 bytes) { m_maxOfferBytes = bytes; }

    // Offers path to contact: hashes it (signals follow), then offers it whenever the contact
    // is connected. 0 with a reason when the file cannot be read.
    TransferHandle sendFile(
        const crypto::Fingerprint &contact, const QString &path, QString *error = nullptr);
    // Incoming offer: accept into folder (empty: downloadFolder()). False with a reason when
    // the folder cannot be written or has too little free space; the offer then stays.
    bool accept(TransferHandle handle, const QString &folder = {}, QString *error = nullptr);
    // Incoming offer: accept as filePath, a name the user chose (sanitised like a peer's name
    // and, like it, never written over an existing file: "name (1).ext" then).
    bool acceptAs(TransferHandle handle, const QString &filePath, QString *error = nullptr);
    void decline(TransferHandle handle);
    void cancel(TransferHandle handle); // either direction, any state but final
    void pause(TransferHandle handle);
    void resume(TransferHandle handle);

    QList<TransferInfo> transfers() const; // oldest first
    TransferInfo transfer(TransferHandle handle) const; // handle 0 when unknown
    QList<TransferInfo> transfersOf(const crypto::Fingerprint &contact) const;

    // The controller's side: a session with contact is ready for file messages (or gone).
    void attachSession(const crypto::Fingerprint &contact, net::PeerSession *session);
    void detachSession(const crypto::Fingerprint &contact);
    // The user accepted a contact's new key: its transfers belong to the new key from now on
    // (detached; they go on when a session of the new key is attached).
    void moveContact(const crypto::Fingerprint &from, const crypto::Fingerprint &to);
    void handleMessage(const crypto::Fingerprint &contact, const net::Message &message);
    // The session may have room: sends the next chunk if it has nothing else to write.
    void pump(const crypto::Fingerprint &contact);
    // The contact's session received a pong: what went before the ping has been read.
    void onPong(const crypto::Fingerprint &contact, quint64 nonce);

signals:
    void transferAdded(securechat::chat::TransferHandle handle);
    // State, reason or folder changed (not progress).
    void transferChanged(securechat::chat::TransferHandle handle);
    void progress(securechat::chat::TransferHandle handle, qint64 done, qint64 size);
    // Completed or failed; info.reason says why it failed.
    void transferFinished(securechat::chat::TransferHandle handle);
    // Something the user should know that does not end a transfer (the state file).
    void warning(const QString &message);

private:
    struct Transfer;

    Transfer *find(TransferHandle handle);
    Transfer *findWire(const crypto::Fingerprint &contact, const QString &id, bool outgoing);
    net::PeerSession *sessionOf(const crypto::Fingerprint &contact) const;
    Transfer &add(TransferInfo info);
    bool send(const crypto::Fingerprint &contact, const net::Message &message);
    void sendOffer(Transfer &t);
    void sendEnd(Transfer &t);
    // Ends t; an incoming transfer's .part is deleted unless discard is false.
    void fail(Transfer &t, const QString &code, const QString &reason, bool tellPeer = true,
        bool discard = true);
    void complete(Transfer &t);
    void setState(Transfer &t, TransferState state, const QString &reason = {});
    void startHashing(Transfer &t);
    // Hashes the first length bytes of path (all when negative) in slices, then calls then
    // with t, unless t is gone or hashes something else by then.
    using AfterHash = std::function<void(Transfer &t, bool ok, const QByteArray &sha256)>;
    void hashThen(Transfer &t, const QString &path, qint64 length, AfterHash then);
    void stopHashing(Transfer &t);
    void refuseUnknown(const crypto::Fingerprint &contact, const QString &id);
    void startResume(Transfer &t);
    // accept() and acceptAs(): name empty for the offered one.
    bool acceptInto(
        TransferHandle handle, const QString &folder, const QString &name, QString *error);
    void sendAccept(Transfer &t, const QByteArray &prefixSha256);
    void finishReceiving(Transfer &t);
    void discardPart(Transfer &t);
    void closeFiles(Transfer &t);
    bool sourceUnchanged(const Transfer &t) const;

    void onOffer(const crypto::Fingerprint &contact, const net::FileOffer &offer);
    void onAccept(const crypto::Fingerprint &contact, const net::FileAccept &accept);
    void onChunk(const crypto::Fingerprint &contact, const net::FileChunk &chunk);
    void onPause(const crypto::Fingerprint &contact, const net::FilePause &pause);
    void onCancel(const crypto::Fingerprint &contact, const net::FileCancel &cancel);
    void onComplete(const crypto::Fingerprint &contact, const net::FileComplete &complete);
    void writeChunk(Transfer &t, const net::FileChunk &chunk);
    bool sendChunk(Transfer &t);

    void save();
    bool load(QString *error);
    void trimFinished();

    std::map<TransferHandle, std::unique_ptr<Transfer>> m_transfers;
    QHash<crypto::Fingerprint, QPointer<net::PeerSession>> m_sessions;
    QHash<crypto::Fingerprint, TransferHandle> m_nextToSend; // round robin between transfers
    struct Flow {
        qint64 sent = 0; // chunk bytes handed to this session
        qint64 read = 0; // of which the peer has read (the pongs say)
        qint64 sinceProbe = 0;
        QList<std::pair<quint64, qint64>> probes; // ping nonce, sent when it went out
    };
    QHash<crypto::Fingerprint, Flow> m_flows;
    TransferHandle m_nextHandle = 1;
    QString m_stateFile;
    QString m_downloadFolder;
    qint64 m_maxOfferBytes = 0;
};

} // namespace securechat::chat
