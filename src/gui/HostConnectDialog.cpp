// SPDX-License-Identifier: MIT
#include "gui/HostConnectDialog.h"

#include "chat/HostAddresses.h"
#include "gui/GuiResources.h"
#include "gui/GuiText.h"
#include "storage/Settings.h"
#include "ui_HostConnectDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalBlocker>

namespace securechat::gui {

namespace {
constexpr auto kAnyAddress = "any";


// Addresses another computer could reach, most useful first (global, then the local network,
// IPv6 link-local with its scope last); loopback only reaches this computer.
QList<QHostAddress> reachableAddresses()
{
    QList<QHostAddress> result;
    for (const chat::HostAddress &entry :
        chat::rankHostAddresses(QNetworkInterface::allAddresses(), 1)) {
        if (entry.reach != chat::HostAddress::Reach::Loopback)
            result << entry.address;
    }
    return result;
}
} // namespace

HostConnectDialog::HostConnectDialog(
    const crypto::Fingerprint &ownFingerprint, storage::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HostConnectDialog>())
    , m_ownFingerprint(ownFingerprint)
    , m_settings(settings)
{
    initResources();
    m_ui->setupUi(this);
    const quint16 port = m_settings ? m_settings->defaultPort() : storage::Settings::kDefaultPort;
    m_ui->hostPortSpin->setValue(m_settings ? m_settings->lastHostPort() : port);
    m_ui->connectPortSpin->setValue(port);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->ownFingerprintLabel->setFont(fixed);
    m_ui->ownFingerprintLabel->setText(GuiText::fingerprintLines(ownFingerprint));
    m_ui->expectedFingerprintEdit->setFont(fixed);
    m_ui->errorLabel->hide();
    m_ui->inviteLabel->setTextFormat(Qt::PlainText); // the name comes from the link
    m_ui->inviteLabel->hide();
    fillListenAddresses();
    fillRecent();
    // The last connection that worked is filled in.
    if (m_settings && !m_settings->recentConnections().isEmpty()) {
        const auto last = m_settings->recentConnections().constFirst();
        setConnectTarget(last.host, last.port,
            last.expectedFingerprint.isNull() ? QString() : last.expectedFingerprint.grouped());
    }
    updateLocalAddresses();

    connect(m_ui->copyFingerprintButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ownFingerprint.grouped());
        m_ui->copyFingerprintButton->setText(tr("Copied"));
    });
    connect(m_ui->listenAddressCombo, &QComboBox::currentIndexChanged, this,
        &HostConnectDialog::updateLocalAddresses);
    connect(m_ui->hostPortSpin, &QSpinBox::valueChanged, this,
        &HostConnectDialog::updateLocalAddresses);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &HostConnectDialog::validate);
    for (QSpinBox *spin : { m_ui->hostPortSpin, m_ui->connectPortSpin })
        connect(spin, &QSpinBox::textChanged, this, &HostConnectDialog::validate);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &HostConnectDialog::validate);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &HostConnectDialog::updateInviteDetails);
    connect(
        m_ui->expectedFingerprintEdit, &QLineEdit::textChanged, this, &HostConnectDialog::validate);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_settings || row < 0)
            return;
        const auto recent = m_settings->recentConnections();
        if (row >= recent.size())
            return;
        const auto &entry = recent.at(row);
        setConnectTarget(entry.host, entry.port,
            entry.expectedFingerprint.isNull() ? QString() : entry.expectedFingerprint.grouped());
    });
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this] { accept(); });
    connect(m_ui->nearbyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_nearby.size())
            return;
        const NearbyHost &host = m_nearby.at(row);
        // The announced key is expected: anyone can announce, only its owner can present it.
        setConnectTarget(host.address.toString(), host.port, host.fingerprint.grouped());
    });
    connect(m_ui->nearbyList, &QListWidget::itemActivated, this, [this] { accept(); });
    setNearbyHosts({}, false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HostConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

HostConnectDialog::~HostConnectDialog() = default;

void HostConnectDialog::fillListenAddresses()
{
    QComboBox *combo = m_ui->listenAddressCombo;
    combo->addItem(tr("All network interfaces"), QString::fromLatin1(kAnyAddress));
    combo->addItem(tr("This computer only (%1)").arg(QStringLiteral("127.0.0.1")),
        QHostAddress(QHostAddress::LocalHost).toString());
    for (const QHostAddress &address : reachableAddresses())
        combo->addItem(address.toString(), address.toString());
}

void HostConnectDialog::fillRecent()
{
    m_ui->recentList->clear();
    const auto recent = m_settings ? m_settings->recentConnections()
                                   : QList<storage::Settings::RecentConnection> {};
    for (const auto &entry : recent) {
        QString text = QStringLiteral("%1:%2").arg(entry.host).arg(entry.port);
        if (!entry.expectedFingerprint.isNull())
            text += QStringLiteral("  (%1…)").arg(entry.expectedFingerprint.grouped().left(19));
        m_ui->recentList->addItem(text);
    }
    const bool any = !recent.isEmpty();
    m_ui->recentLabel->setVisible(any);
    m_ui->recentList->setVisible(any);
    // The list takes the free height when shown; otherwise the spacer keeps the form at the top.
    m_ui->connectSpacer->changeSize(
        0, 0, QSizePolicy::Minimum, any ? QSizePolicy::Fixed : QSizePolicy::Expanding);
}

void HostConnectDialog::updateLocalAddresses()
{
    const quint16 port = hostPort();
    const QHostAddress listen = listenAddress();
    QStringList lines;
    if (listen == QHostAddress(QHostAddress::Any)) {
        for (const QHostAddress &address : reachableAddresses())
            lines << chat::hostAndPort(address, port);
        if (lines.isEmpty())
            lines << tr("%1 (no network connection found; only this computer can connect)")
                         .arg(chat::hostAndPort(QHostAddress(QHostAddress::LocalHost), port));
    } else if (listen.isLoopback()) {
        lines << tr("%1 (only programs on this computer can connect)")
                     .arg(chat::hostAndPort(listen, port));
    } else {
        lines << chat::hostAndPort(listen, port);
    }
    if (!m_externalAddress.isNull() && m_mappedPort == port
        && listen == QHostAddress(QHostAddress::Any))
        lines.prepend(tr("%1 (your router's outside address: for people outside your network)")
                          .arg(chat::hostAndPort(m_externalAddress, m_externalPort)));
    m_ui->localAddressesLabel->setText(lines.join(QLatin1Char('\n')));
}

void HostConnectDialog::setMode(Mode mode)
{
    m_ui->tabs->setCurrentWidget(mode == Mode::Host ? m_ui->hostTab : m_ui->connectTab);
    if (mode == Mode::Connect)
        m_ui->hostEdit->setFocus();
    else
        m_ui->hostPortSpin->setFocus();
}

HostConnectDialog::Mode HostConnectDialog::mode() const
{
    return m_ui->tabs->currentWidget() == m_ui->hostTab ? Mode::Host : Mode::Connect;
}

QHostAddress HostConnectDialog::listenAddress() const
{
    const QString choice = m_ui->listenAddressCombo->currentData().toString();
    if (choice == QLatin1String(kAnyAddress))
        return QHostAddress(QHostAddress::Any);
    return QHostAddress(choice);
}

quint16 HostConnectDialog::hostPort() const
{
    return static_cast<quint16>(m_ui->hostPortSpin->value());
}

void HostConnectDialog::setHostPort(quint16 port)
{
    m_ui->hostPortSpin->setValue(port);
}

QString HostConnectDialog::host() const
{
    QString text = m_ui->hostEdit->text().trimmed();
    // Accept "[v6]" as people copy it from address:port notation.
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    return text;
}

quint16 HostConnectDialog::connectPort() const
{
    return static_cast<quint16>(m_ui->connectPortSpin->value());
}

std::optional<crypto::Fingerprint> HostConnectDialog::expectedFingerprint() const
{
    const QString text = m_ui->expectedFingerprintEdit->text().trimmed();
    if (text.isEmpty())
        return crypto::Fingerprint();
    return crypto::Fingerprint::fromString(text);
}

void HostConnectDialog::setConnectTarget(
    const QString &host, quint16 port, const QString &fingerprint)
{
    m_ui->hostEdit->setText(host);
    m_ui->connectPortSpin->setValue(port);
    m_ui->expectedFingerprintEdit->setText(fingerprint);
    m_ui->expectedFingerprintEdit->setCursorPosition(0);
}

void HostConnectDialog::setNearbyHosts(const QList<NearbyHost> &hosts, bool discoveryOn)
{
    const QString selected = m_ui->nearbyList->currentRow() >= 0
            && m_ui->nearbyList->currentRow() < m_nearby.size()
        ? m_nearby.at(m_ui->nearbyList->currentRow()).fingerprint.toHex()
        : QString();
    m_nearby = hosts;
    const QSignalBlocker blocker(m_ui->nearbyList);
    m_ui->nearbyList->clear();
    for (const NearbyHost &host : hosts) {
        m_ui->nearbyList->addItem(tr("%1 — %2 (key %3…)")
                                      .arg(host.name,
                                          chat::hostAndPort(host.address, host.port),
                                          host.fingerprint.grouped().left(9)));
        if (host.fingerprint.toHex() == selected)
            m_ui->nearbyList->setCurrentRow(m_ui->nearbyList->count() - 1);
    }
    if (discoveryOn && hosts.isEmpty()) {
        auto *waiting = new QListWidgetItem(tr("Nobody nearby is announcing yet…"));
        waiting->setFlags(Qt::NoItemFlags);
        m_ui->nearbyList->addItem(waiting);
    }
    m_ui->nearbyLabel->setVisible(discoveryOn);
    m_ui->nearbyList->setVisible(discoveryOn);
}

void HostConnectDialog::setExternalAddress(
    const QHostAddress &address, quint16 port, quint16 internalPort)
{
    m_externalAddress = address;
    m_externalPort = port;
    m_mappedPort = internalPort;
    updateLocalAddresses();
}

void HostConnectDialog::setAddressText(const QString &text)
{
    m_ui->hostEdit->setText(text);
    m_ui->hostEdit->setCursorPosition(0);
}

std::optional<crypto::Invite> HostConnectDialog::invite() const
{
    const QString text = m_ui->hostEdit->text();
    if (!crypto::Invite::looksLikeInvite(text))
        return std::nullopt;
    return crypto::Invite::parse(text).invite;
}

// An invite replaces port and fingerprint: it carries both (and more addresses).
void HostConnectDialog::updateInviteDetails()
{
    const bool isInvite = crypto::Invite::looksLikeInvite(m_ui->hostEdit->text());
    m_ui->connectPortSpin->setEnabled(!isInvite);
    m_ui->expectedFingerprintEdit->setEnabled(!isInvite);
    const auto parsed = invite();
    if (!parsed) {
        m_ui->inviteLabel->hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = tr("Invite from %1. SecureChat tries %n address(es) and accepts only the key "
                      "%2.",
        nullptr, int(parsed->addresses.size()))
                       .arg(parsed->hostName, parsed->hostFingerprint.grouped());
    if (parsed->isExpired(now))
        text += u' '
            + tr("It expired on %1, so %2 will be asked whether to accept you.")
                  .arg(QLocale().toString(parsed->expires.toLocalTime(), QLocale::ShortFormat),
                      parsed->hostName);
    m_ui->inviteLabel->setText(text);
    m_ui->inviteLabel->show();
}

QString HostConnectDialog::validationError() const
{
    // The spin boxes take 0-99999 so that a wrong port stays visible instead of being replaced.
    const auto portError = [](const QSpinBox *spin) {
        if (spin->hasAcceptableInput() && spin->value() >= 1 && spin->value() <= 65535)
            return QString();
        return tr("A port is a number from 1 to 65535.");
    };
    if (mode() == Mode::Host)
        return portError(m_ui->hostPortSpin);
    const QString h = host();
    if (h.isEmpty())
        return tr("Enter the address the other person gave you, or paste their invite.");
    if (crypto::Invite::looksLikeInvite(h)) {
        const auto parsed = crypto::Invite::parse(h);
        return parsed.invite ? QString() : parsed.message;
    }
    if (h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('/')))
        return tr("An address has no spaces or slashes, e.g. 192.168.1.20 or alice.example.org.");
    if (!expectedFingerprint())
        return tr("A fingerprint is 64 hexadecimal digits (0-9, A-F); spaces and colons are fine.");
    return portError(m_ui->connectPortSpin);
}

void HostConnectDialog::validate()
{
    const QString error = validationError();
    // An empty address is not an error yet, just incomplete: no red text for it.
    const bool incomplete = mode() == Mode::Connect && host().isEmpty();
    showError(m_connecting ? tr("Connecting…") : incomplete ? QString() : error);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(error.isEmpty() && !m_connecting);
    ok->setText(mode() == Mode::Host ? tr("Start &hosting") : tr("C&onnect"));
}

void HostConnectDialog::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

void HostConnectDialog::accept()
{
    if (!validationError().isEmpty() || m_connecting)
        return;
    QString error;
    bool connecting = false;
    if (mode() == Mode::Host) {
        if (m_hostHandler)
            error = m_hostHandler(listenAddress(), hostPort());
        if (error.isEmpty() && m_settings) {
            m_settings->setLastHostPort(hostPort());
            m_settings->sync();
        }
    } else if (const auto pasted = invite()) {
        // Not a recent connection: an invite works once, and its host becomes a contact.
        if (m_inviteHandler)
            error = m_inviteHandler(*pasted);
        connecting = true;
    } else {
        const crypto::Fingerprint expected = expectedFingerprint().value_or(crypto::Fingerprint());
        if (m_connectHandler)
            error = m_connectHandler(host(), connectPort(), expected);
        connecting = true;
    }
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    if (connecting && m_waitForConnection) {
        m_connecting = true;
        validate();
        return;
    }
    connectionFinished({});
}

void HostConnectDialog::connectionFinished(const QString &error)
{
    m_connecting = false;
    if (!error.isEmpty()) {
        validate();
        showError(error);
        return;
    }
    if (mode() == Mode::Connect && !invite() && m_settings) {
        m_settings->addRecentConnection({ host(), connectPort(),
            expectedFingerprint().value_or(crypto::Fingerprint()) });
        m_settings->sync();
    }
    QDialog::accept();
}

} // namespace securechat::gui
