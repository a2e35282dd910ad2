// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"
#include "crypto/Invite.h"

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>
#include <QHostAddress>

namespace Ui {
class HostConnectDialog;
}

namespace securechat::storage {
class Settings;
}

namespace securechat::gui {

// Host (listen for the other person) or connect (to someone hosting). The dialog validates as
// the user types (a port outside 1-65535 is said, never replaced) and, on OK, hands the request
// to a handler; a handler's error (port in use, ...) is shown in the dialog, which stays open
// for a correction. With waitForConnection, a connection that was started keeps the dialog
// open ("Connecting…") until the caller reports how it went (connectionFinished): only a
// connection that worked is added to the recent ones; a failure is shown for a correction.
class HostConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Host, Connect };
    // Both return an empty string on success, otherwise a reason for the user.
    using HostHandler = std::function<QString(const QHostAddress &address, quint16 port)>;
    using ConnectHandler = std::function<QString(
        const QString &host, quint16 port, const crypto::Fingerprint &expected)>;
    using InviteHandler = std::function<QString(const crypto::Invite &invite)>;

    // settings may be null (no defaults, no recent connections).
    HostConnectDialog(const crypto::Fingerprint &ownFingerprint, storage::Settings *settings,
        QWidget *parent = nullptr);
    ~HostConnectDialog() override;

    void setMode(Mode mode);
    Mode mode() const;
    void setHostHandler(HostHandler handler) { m_hostHandler = std::move(handler); }
    void setConnectHandler(ConnectHandler handler) { m_connectHandler = std::move(handler); }
    // Used instead of the connect handler when the address field holds an invite link.
    void setInviteHandler(InviteHandler handler) { m_inviteHandler = std::move(handler); }

    QHostAddress listenAddress() const;
    quint16 hostPort() const;
    void setHostPort(quint16 port);
    QString host() const;
    quint16 connectPort() const;
    // Null when none was given; nullopt when the text is not a fingerprint.
    std::optional<crypto::Fingerprint> expectedFingerprint() const;
    void setConnectTarget(const QString &host, quint16 port, const QString &fingerprint = {});
    // Fills in the address field only (for an invite link: it carries port and fingerprint).
    void setAddressText(const QString &text);

    // Hosts announcing themselves on the local network (LAN discovery), listed for one click;
    // discoveryOn false hides the list (discovery is off).
    struct NearbyHost {
        QString name;
        QHostAddress address;
        quint16 port = 0;
        crypto::Fingerprint fingerprint;
    };
    void setNearbyHosts(const QList<NearbyHost> &hosts, bool discoveryOn);
    // The router's outside address and port while it forwards internalPort (the port this
    // computer hosts on); listed first on the host tab as long as that port is chosen.
    void setExternalAddress(const QHostAddress &address, quint16 port, quint16 internalPort);
    // The invite pasted into the address field; nullopt when the field holds none (or a damaged
    // one: validationError() then says why).
    std::optional<crypto::Invite> invite() const;
    // Why OK is disabled, or empty.
    QString validationError() const;

    void accept() override;

    // See the class comment; off by default (the dialog closes once the handler started it).
    void setWaitForConnection(bool wait) { m_waitForConnection = wait; }
    bool isConnecting() const { return m_connecting; }
    // The connection started on OK is up (error empty) or failed (error says why).
    void connectionFinished(const QString &error);

private:
    void fillListenAddresses();
    void updateLocalAddresses();
    void fillRecent();
    void validate();
    void updateInviteDetails();
    void showError(const QString &error);

    std::unique_ptr<Ui::HostConnectDialog> m_ui;
    crypto::Fingerprint m_ownFingerprint;
    storage::Settings *m_settings;
    HostHandler m_hostHandler;
    ConnectHandler m_connectHandler;
    InviteHandler m_inviteHandler;
    QList<NearbyHost> m_nearby;
    QHostAddress m_externalAddress;
    quint16 m_externalPort = 0;
    quint16 m_mappedPort = 0;
    bool m_waitForConnection = false;
    bool m_connecting = false;
};

} // namespace securechat::gui
