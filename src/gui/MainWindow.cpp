// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"

#include "chat/Profile.h"
#include "gui/AboutDialog.h"
#include "gui/ConversationDelegate.h"
#include "gui/ConversationListModel.h"
#include "gui/GuiResources.h"
#include "gui/GuiText.h"
#include "gui/HostConnectDialog.h"
#include "gui/Notifier.h"
#include "gui/SettingsDialog.h"
#include "gui/VerifyPeerDialog.h"
#include "storage/Settings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QTimer>

namespace securechat::gui {

namespace {
constexpr int kTypingIdleMs = 4000;
} // namespace

MainWindow::MainWindow(chat::Profile *profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
    , m_controller(profile->controller())
    , m_model(new ConversationListModel(m_controller, this))
    , m_notifier(new Notifier(this))
    , m_listeningLabel(new QLabel(this))
    , m_tlsLabel(new QLabel(this))
    , m_typingIdle(new QTimer(this))
{
    Q_ASSERT(m_controller);
    initResources();
    m_ui->setupUi(this);
    setWindowTitle(QCoreApplication::applicationName());
    m_ui->conversationList->setModel(m_model);
    m_ui->conversationList->setItemDelegate(new ConversationDelegate(m_ui->conversationList));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 240, 720 });
    m_ui->keyChangedBanner->hide();
    m_ui->approvalBanner->hide();
    updateWelcome();
    QFont nameFont = m_ui->peerNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_ui->peerNameLabel->setFont(nameFont);
    m_ui->composerReasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->typingLabel->setMinimumHeight(m_ui->typingLabel->fontMetrics().height());

    m_listeningLabel->setAccessibleName(tr("Listening status"));
    m_tlsLabel->setAccessibleName(tr("Connection security"));
    statusBar()->addWidget(m_listeningLabel, 1);
    statusBar()->addPermanentWidget(m_tlsLabel);
    m_notifier->setEnabled(m_profile->settings().notificationsEnabled());

    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(kTypingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, &MainWindow::stopTyping);
    connect(
        m_profile, &chat::Profile::shutDown, this, &MainWindow::finishQuit, Qt::QueuedConnection);
    connect(m_profile, &chat::Profile::displayNameChanged, this, &MainWindow::updateWelcome);

    // Menu and toolbar
    connect(m_ui->actionHost, &QAction::triggered, this, [this] { openHostConnectDialog(true); });
    connect(
        m_ui->actionConnect, &QAction::triggered, this, [this] { openHostConnectDialog(false); });
    connect(m_ui->welcomeHostButton, &QPushButton::clicked, m_ui->actionHost, &QAction::trigger);
    connect(
        m_ui->welcomeConnectButton, &QPushButton::clicked, m_ui->actionConnect, &QAction::trigger);
    connect(m_ui->actionStopHosting, &QAction::triggered, m_controller,
        &chat::ChatController::stopListening);
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::openVerifyDialog);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &MainWindow::openVerifyDialog);
    connect(m_ui->actionCloseConversation, &QAction::triggered, this, [this] {
        if (m_current)
            m_controller->closeConversation(m_current);
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(&m_profile->settings(), m_profile->displayName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_notifier->setEnabled(m_profile->settings().notificationsEnabled());
            // The dialog stored the name; the next hello carries it.
            m_profile->setDisplayName(m_profile->settings().displayName());
        });
        dialog->open();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    // Conversation view
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_ui->composer, &ComposerEdit::sendRequested, this, &MainWindow::sendCurrentMessage);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::sendCurrentMessage);
    connect(m_ui->composer, &QPlainTextEdit::textChanged, this, &MainWindow::onComposerChanged);
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnectCurrent);
    connect(m_ui->keyChangedBanner, &KeyChangedBanner::acceptRequested, this, [this] {
        if (m_current)
            m_controller->acceptChangedKey(m_current);
    });
    connect(m_ui->keyChangedBanner, &KeyChangedBanner::rejectRequested, this, [this] {
        if (m_current)
            m_controller->rejectPeer(m_current);
    });
    connect(m_ui->approvalBanner, &ApprovalBanner::acceptRequested, this, [this] {
        if (m_current)
            m_controller->acceptPeer(m_current);
    });
    connect(m_ui->approvalBanner, &ApprovalBanner::rejectRequested, this, [this] {
        if (m_current)
            m_controller->rejectPeer(m_current);
    });

    // Controller
    using chat::ChatController;
    connect(
        m_controller, &ChatController::listeningChanged, this, &MainWindow::updateListeningStatus);
    connect(
        m_controller, &ChatController::conversationAdded, this, &MainWindow::onConversationAdded);
    connect(m_controller, &ChatController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &ChatController::peerChanged, this, [this](chat::ConversationId id) {
        if (id == m_current)
            updateConversationView();
    });
    connect(m_controller, &ChatController::messageReceived, this, &MainWindow::onMessageReceived);
    connect(m_controller, &ChatController::messageSent, this, [this](chat::ConversationId id) {
        if (id == m_current)
            updateMessages();
    });
    connect(m_controller, &ChatController::deliveryChanged, this, [this](chat::ConversationId id) {
        if (id == m_current)
            updateMessages();
    });
    connect(m_controller, &ChatController::peerTyping, this, &MainWindow::onPeerTyping);
    connect(
        m_controller, &ChatController::conversationClosed, this, &MainWindow::onConversationClosed);
    connect(m_controller, &ChatController::conversationRemoved, this,
        [this](chat::ConversationId id, chat::ConversationId mergedInto) {
            m_peerTyping.remove(id);
            if (id == m_typingSentFor)
                m_typingSentFor = 0;
            if (id != m_current)
                return;
            m_current = 0;
            if (mergedInto)
                selectConversation(mergedInto);
            else
                updateConversationView();
        });
    connect(m_controller, &ChatController::incomingFailed, this,
        [this](const QString &address, const QString &reason) {
            statusBar()->showMessage(
                tr("A connection from %1 was refused: %2").arg(address, reason), 10000);
        });
    connect(m_controller, &ChatController::warning, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });

    updateListeningStatus();
    updateConversationView();
}

MainWindow::~MainWindow() = default;

HostConnectDialog *MainWindow::openHostConnectDialog(bool host)
{
    auto *dialog = new HostConnectDialog(m_controller->fingerprint(), &m_profile->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHostHandler([this](const QHostAddress &address, quint16 port) -> QString {
        if (m_controller->isListening())
            m_controller->stopListening();
        QString reason;
        if (m_controller->listen(address, port, &reason))
            return {};
        return reason.isEmpty() ? tr("SecureChat could not listen on port %1.").arg(port) : reason;
    });
    dialog->setConnectHandler([this](const QString &hostName, quint16 port,
                                  const crypto::Fingerprint &expected) -> QString {
        const chat::ConversationId id = m_controller->connectToPeer(hostName, port, expected);
        if (!id)
            return tr("Could not start a connection to %1.").arg(hostName);
        selectConversation(id);
        return {};
    });
    dialog->setMode(host ? HostConnectDialog::Mode::Host : HostConnectDialog::Mode::Connect);
    dialog->open();
    return dialog;
}

void MainWindow::openVerifyDialog()
{
    if (!m_current)
        return;
    const chat::PeerInfo peer = m_controller->peer(m_current);
    if (peer.fingerprint.isNull())
        return;
    const chat::ConversationId id = m_current;
    auto *dialog = new VerifyPeerDialog(GuiText::peerTitle(peer), m_controller->fingerprint(),
        peer.fingerprint, peer.verified, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_controller->setVerified(id, dialog->isVerified());
        updateConversationView();
    });
    dialog->open();
}

void MainWindow::selectConversation(chat::ConversationId id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_ui->conversationList->setCurrentIndex(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    const chat::ConversationId id = m_model->idAt(current.row());
    if (id == m_current)
        return;
    stopTyping();
    m_current = id;
    m_ui->composer->clear();
    m_ui->messageView->clearMessages();
    m_model->markRead(id);
    updateConversationView();
}

void MainWindow::onConversationAdded(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    // Outgoing conversations are selected by the connect handler; an incoming one is selected
    // when nothing else is on screen.
    if (!m_current || !peer.incoming)
        selectConversation(id);
    updateActions();
}

void MainWindow::onStateChanged(chat::ConversationId id, chat::ConversationState state)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    if (state == chat::ConversationState::AwaitingApproval) {
        if (!m_current || m_controller->state(m_current) == chat::ConversationState::Closed)
            selectConversation(id);
        if (id != m_current)
            m_model->addUnread(id);
        m_notifier->notify(
            tr("Connection request"), tr("%1 wants to talk to you.").arg(GuiText::peerTitle(peer)));
    } else if (state == chat::ConversationState::KeyChanged) {
        m_notifier->notify(tr("Warning: key changed"),
            tr("%1's key has changed. Check before you accept it.").arg(GuiText::peerTitle(peer)));
    }
    if (id == m_current)
        updateConversationView();
    updateActions();
}

void MainWindow::onMessageReceived(chat::ConversationId id, const chat::ChatMessage &message)
{
    m_peerTyping.remove(id);
    if (id == m_current) {
        updateMessages();
        m_ui->typingLabel->clear();
    }
    if (id != m_current || !isActiveWindow())
        m_model->addUnread(id);
    m_notifier->notify(message.senderName, message.body.left(200));
}

void MainWindow::onConversationClosed(chat::ConversationId id, const QString &reason)
{
    m_peerTyping.remove(id);
    if (id == m_typingSentFor)
        m_typingSentFor = 0;
    const QString name = GuiText::peerTitle(m_controller->peer(id));
    if (!reason.isEmpty())
        statusBar()->showMessage(tr("Conversation with %1 ended: %2").arg(name, reason), 10000);
    if (id == m_current)
        updateConversationView();
    updateActions();
}

void MainWindow::onPeerTyping(chat::ConversationId id, bool typing)
{
    if (typing)
        m_peerTyping.insert(id);
    else
        m_peerTyping.remove(id);
    if (id == m_current) {
        m_ui->typingLabel->setText(typing
                ? tr("%1 is typing…").arg(GuiText::peerTitle(m_controller->peer(id)))
                : QString());
    }
}

void MainWindow::sendCurrentMessage()
{
    if (!m_current || !m_ui->composer->isEnabled())
        return;
    const QString body = m_ui->composer->toPlainText();
    if (body.trimmed().isEmpty())
        return;
    const QString id = m_controller->sendText(m_current, body);
    if (id.isEmpty()) {
        statusBar()->showMessage(
            tr("The message was not sent: it is too long or the conversation has ended."), 10000);
        return;
    }
    stopTyping();
    m_ui->composer->clear();
    updateMessages();
}

void MainWindow::reconnectCurrent()
{
    if (!m_current || m_controller->state(m_current) != chat::ConversationState::Closed)
        return;
    const chat::PeerInfo peer = m_controller->peer(m_current);
    if (peer.incoming || peer.address.isEmpty() || !peer.port)
        return;
    // The key seen last time is expected again: anyone else is refused.
    const chat::ConversationId id
        = m_controller->connectToPeer(peer.address, peer.port, peer.fingerprint);
    if (id)
        selectConversation(id);
}

void MainWindow::onComposerChanged()
{
    if (!m_current || m_controller->state(m_current) != chat::ConversationState::Ready)
        return;
    if (m_ui->composer->document()->isEmpty()) {
        stopTyping();
        return;
    }
    if (m_typingSentFor != m_current) {
        stopTyping();
        m_controller->setTyping(m_current, true);
        m_typingSentFor = m_current;
    }
    m_typingIdle->start();
}

void MainWindow::stopTyping()
{
    m_typingIdle->stop();
    if (m_typingSentFor) {
        if (m_controller->state(m_typingSentFor) == chat::ConversationState::Ready)
            m_controller->setTyping(m_typingSentFor, false);
        m_typingSentFor = 0;
    }
}

void MainWindow::updateMessages()
{
    if (!m_current)
        return;
    const chat::ConversationState state = m_controller->state(m_current);
    QString note;
    if (state == chat::ConversationState::Closed) {
        const QString reason = m_controller->closeReason(m_current);
        note = reason.isEmpty() ? tr("The conversation has ended.")
                                : tr("The conversation has ended: %1").arg(reason);
    }
    // Nothing from an unapproved or changed key is shown.
    const bool blocked = state == chat::ConversationState::AwaitingApproval
        || state == chat::ConversationState::KeyChanged;
    m_ui->messageView->showMessages(
        blocked ? QList<chat::ChatMessage> {} : m_controller->messages(m_current), note);
}

void MainWindow::updateConversationView()
{
    if (!m_current) {
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
        m_tlsLabel->clear();
        setWindowTitle(QCoreApplication::applicationName());
        updateActions();
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->conversationPage);
    const chat::PeerInfo peer = m_controller->peer(m_current);
    const chat::ConversationState state = m_controller->state(m_current);
    const QString name = GuiText::peerTitle(peer);
    setWindowTitle(tr("%1 – %2").arg(name, QCoreApplication::applicationName()));

    m_ui->peerNameLabel->setText(GuiText::peerLabel(peer));
    const QString confusable = GuiText::confusableWarning(peer);
    m_ui->peerNameLabel->setToolTip(confusable);
    const bool keyChanged = state == chat::ConversationState::KeyChanged;
    const QString icon = keyChanged || !confusable.isEmpty() ? QStringLiteral(":/icons/warning.svg")
        : peer.verified ? QStringLiteral(":/icons/verified.svg")
                        : QStringLiteral(":/icons/unverified.svg");
    m_ui->peerVerifiedIcon->setPixmap(QIcon(icon).pixmap(24, 24));
    m_ui->peerVerifiedIcon->setToolTip(!confusable.isEmpty() ? confusable
            : peer.verified                                  ? tr("Verified")
                                                             : tr("Not verified"));
    m_ui->peerVerifiedIcon->setAccessibleDescription(m_ui->peerVerifiedIcon->toolTip());
    QString stateText = GuiText::conversationState(state);
    // An incoming peer's source port is an ephemeral one and means nothing to the user.
    if (!peer.address.isEmpty()) {
        stateText += QStringLiteral(" · ")
            + (peer.incoming ? tr("from %1").arg(peer.address)
                             : QStringLiteral("%1:%2").arg(peer.address).arg(peer.port));
    }
    if (state == chat::ConversationState::Ready)
        stateText += QStringLiteral(" · ") + (peer.verified ? tr("verified") : tr("not verified"));
    m_ui->peerStateLabel->setText(stateText);
    m_ui->verifyButton->setEnabled(state == chat::ConversationState::Ready);

    m_ui->keyChangedBanner->setVisible(keyChanged);
    if (keyChanged)
        m_ui->keyChangedBanner->setPeer(name, peer.previousFingerprint, peer.fingerprint);
    const bool approval = state == chat::ConversationState::AwaitingApproval;
    m_ui->approvalBanner->setVisible(approval);
    if (approval)
        m_ui->approvalBanner->setPeer(name, peer.address, peer.fingerprint);

    const bool ready = state == chat::ConversationState::Ready;
    // A contact's conversation takes messages whether or not they are online: they wait.
    const bool writable = ready || (peer.isContact && state != chat::ConversationState::KeyChanged);
    m_ui->composer->setEnabled(writable);
    m_ui->sendButton->setEnabled(writable);
    const bool heldThere = ready && peer.heldByPeer != chat::HeldByPeer::No;
    if (heldThere) {
        stateText = peer.heldByPeer == chat::HeldByPeer::KeyChangePending
            ? tr("%1 has to accept your new key").arg(name)
            : tr("Waiting for %1 to accept you").arg(name);
        m_ui->peerStateLabel->setText(stateText);
    }
    const QString reason = heldThere
        ? tr("What you write is kept here, queued, until %1 accepts you.").arg(name)
        : writable && !ready
        ? tr("%1 is not connected. What you write now is sent when you are connected again.")
              .arg(name)
        : GuiText::composerBlockedReason(state, name);
    m_ui->composerReasonLabel->setText(reason);
    m_ui->composerReasonLabel->setVisible(!reason.isEmpty());
    m_ui->reconnectButton->setVisible(state == chat::ConversationState::Closed && !peer.incoming
        && !peer.address.isEmpty() && peer.port != 0);
    m_ui->composer->setAccessibleDescription(
        reason.isEmpty() ? tr("Enter sends, Shift+Enter starts a new line") : reason);
    m_ui->typingLabel->setText(
        m_peerTyping.contains(m_current) ? tr("%1 is typing…").arg(name) : QString());

    if (ready && !peer.tlsProtocol.isEmpty())
        m_tlsLabel->setText(tr("%1 · %2").arg(peer.tlsProtocol, peer.tlsCipher));
    else
        m_tlsLabel->clear();
    m_tlsLabel->setToolTip(
        m_tlsLabel->text().isEmpty() ? QString() : tr("Encryption of this conversation"));
    updateMessages();
    updateActions();
}

void MainWindow::updateListeningStatus()
{
    const bool listening = m_controller->isListening();
    if (!listening) {
        m_listeningLabel->setText(tr("Not hosting"));
    } else {
        QStringList where;
        const quint16 port = m_controller->listeningPort();
        for (const QHostAddress &address : m_controller->listeningAddresses()) {
            where << (address.protocol() == QAbstractSocket::IPv6Protocol
                    ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                    : QStringLiteral("%1:%2").arg(address.toString()).arg(port));
        }
        m_listeningLabel->setText(tr("Listening on %1").arg(where.join(QStringLiteral(", "))));
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const chat::ConversationState state
        = m_current ? m_controller->state(m_current) : chat::ConversationState::Closed;
    m_ui->actionStopHosting->setEnabled(m_controller->isListening());
    m_ui->actionVerify->setEnabled(m_current && state == chat::ConversationState::Ready);
    m_ui->actionCloseConversation->setEnabled(
        m_current && state != chat::ConversationState::Closed);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_current)
        m_model->markRead(m_current);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_readyToClose) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_quitting)
        return;
    m_quitting = true;
    stopTyping();
    statusBar()->showMessage(tr("Saying goodbye…"));
    m_profile->shutdown();
}

void MainWindow::finishQuit()
{
    if (m_readyToClose)
        return;
    m_readyToClose = true;
    close();
}

void MainWindow::updateWelcome()
{
    m_ui->welcomeFingerprintLabel->setText(
        tr("You are %1. Your fingerprint:\n%2")
            .arg(m_profile->displayName(), GuiText::fingerprintLines(m_controller->fingerprint())));
}

} // namespace securechat::gui
