// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"

#include "chat/HostAddresses.h"
#include "chat/Profile.h"
#include "gui/AboutDialog.h"
#include "gui/ConversationDelegate.h"
#include "gui/ConversationListModel.h"
#include "gui/ConversationPage.h"
#include "gui/GuiResources.h"
#include "gui/GuiText.h"
#include "gui/HostConnectDialog.h"
#include "gui/InviteDialog.h"
#include "gui/Notifier.h"
#include "gui/SearchPanel.h"
#include "gui/SettingsDialog.h"
#include "gui/VerifyPeerDialog.h"
#include "net/LanDiscovery.h"
#include "net/PortMapper.h"
#include "storage/ContactStore.h"
#include "storage/Settings.h"
#include "ui_MainWindow.h"

#include <algorithm>
#include <memory>

#include <QActionGroup>
#include <QCloseEvent>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace securechat::gui {

MainWindow::MainWindow(chat::Profile *profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
    , m_controller(profile->controller())
    , m_model(new ConversationListModel(m_controller, this))
    , m_notifier(new Notifier(this))
    , m_listeningLabel(new QLabel(this))
    , m_tlsLabel(new QLabel(this))
    , m_page(new ConversationPage(m_controller, this))
{
    Q_ASSERT(m_controller);
    initResources();
    m_ui->setupUi(this);
    setWindowTitle(QCoreApplication::applicationName());
    m_ui->conversationList->setModel(m_model);
    m_ui->conversationList->setItemDelegate(new ConversationDelegate(m_ui->conversationList));
    // A filter box above the list: only rows whose name contains what is typed stay.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(4);
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("contactFilter"));
    m_filter->setPlaceholderText(tr("Filter contacts"));
    m_filter->setAccessibleName(tr("Filter contacts"));
    m_filter->setClearButtonEnabled(true);
    sideLayout->addWidget(m_filter);
    sideLayout->addWidget(m_ui->conversationList);
    m_ui->splitter->insertWidget(0, side);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &MainWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::applyFilter);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 240, 720 });
    m_ui->pages->addWidget(m_page);
    updateWelcome();

    m_listeningLabel->setAccessibleName(tr("Listening status"));
    m_tlsLabel->setAccessibleName(tr("Connection security"));
    statusBar()->addWidget(m_listeningLabel, 1);
    statusBar()->addPermanentWidget(m_tlsLabel);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->setToolTip(QString()); // the whole of an elided message, gone with it
    });
    m_notifier->setEnabled(m_profile->settings().notificationsEnabled());

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
    connect(m_ui->actionInvite, &QAction::triggered, this, &MainWindow::openInviteDialog);
    connect(m_ui->actionStopHosting, &QAction::triggered, m_controller,
        &chat::ChatController::stopListening);
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::openVerifyDialog);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] { openSearch(false); });
    connect(m_ui->actionFindAll, &QAction::triggered, this, [this] { openSearch(true); });
    m_ui->actionNextConversation->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    m_ui->actionPreviousConversation->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
            QKeySequence(Qt::CTRL | Qt::Key_PageUp) });
    connect(m_ui->actionNextConversation, &QAction::triggered, this,
        [this] { selectNextConversation(1); });
    connect(m_ui->actionPreviousConversation, &QAction::triggered, this,
        [this] { selectNextConversation(-1); });
    connect(m_ui->actionCloseConversation, &QAction::triggered, this, [this] {
        if (const chat::ConversationId id = currentConversation())
            m_controller->closeConversation(id);
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(&m_profile->settings(), m_profile->displayName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_notifier->setEnabled(m_profile->settings().notificationsEnabled());
            // The dialog stored the name; the next hello carries it.
            m_profile->setDisplayName(m_profile->settings().displayName());
            m_profile->applyNetworkSettings();
            m_controller->setDefaultRetention(m_profile->settings().defaultRetention());
            m_controller->files()->setDownloadFolder(m_profile->settings().downloadFolder());
            m_controller->files()->setMaxOfferBytes(m_profile->settings().maxFileOfferBytes());
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
    m_ui->conversationList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->conversationList, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            // From the keyboard (the menu key, Shift+F10) pos may be anywhere: the current row.
            QListView *list = m_ui->conversationList;
            QModelIndex index = list->indexAt(pos);
            QPoint at = pos;
            if (!index.isValid()) {
                index = list->currentIndex();
                at = list->visualRect(index).center();
            }
            if (!index.isValid())
                return;
            QMenu *menu = conversationMenu(m_model->idAt(index.row()));
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(list->viewport()->mapToGlobal(at));
        });
    connect(m_page, &ConversationPage::verifyRequested, this, &MainWindow::openVerifyDialog);
    connect(
        m_page, &ConversationPage::conversationRequested, this, &MainWindow::selectConversation);
    connect(m_page, &ConversationPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_page, &ConversationPage::securityChanged, this, [this](const QString &summary) {
        m_tlsLabel->setText(summary);
        m_tlsLabel->setToolTip(
            summary.isEmpty() ? QString() : tr("Encryption of this conversation"));
    });

    // Controller
    using chat::ChatController;
    connect(
        m_controller, &ChatController::listeningChanged, this, &MainWindow::updateListeningStatus);
    connect(
        m_controller, &ChatController::conversationAdded, this, &MainWindow::onConversationAdded);
    connect(m_controller, &ChatController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &ChatController::peerChanged, this, [this](chat::ConversationId id) {
        if (id == currentConversation())
            updateWindowTitle();
    });
    connect(m_controller, &ChatController::messageReceived, this, &MainWindow::onMessageReceived);
    // A file offered is news like a message: counted unread and notified in the background.
    connect(m_controller->files(), &chat::FileTransfers::transferAdded, this,
        [this](chat::TransferHandle handle) {
            const chat::TransferInfo info = m_controller->files()->transfer(handle);
            if (info.outgoing || info.state != chat::TransferState::Offered)
                return;
            const chat::ConversationId id = m_controller->conversationOf(info.contact);
            if (!id)
                return;
            if (id != currentConversation() || !isActiveWindow())
                m_model->addUnread(id);
            m_notifier->notify(tr("File offered"),
                tr("%1 offers %2 (%3).")
                    .arg(GuiText::peerTitle(m_controller->peer(id)), info.name,
                        QLocale().formattedDataSize(info.size)));
        });
    connect(
        m_controller, &ChatController::conversationClosed, this, &MainWindow::onConversationClosed);
    connect(m_controller, &ChatController::conversationRemoved, this,
        [this](chat::ConversationId id, chat::ConversationId mergedInto) {
            if (id != currentConversation())
                return;
            showConversation(mergedInto);
            if (mergedInto)
                selectConversation(mergedInto);
        });
    connect(m_controller, &ChatController::incomingFailed, this,
        [this](const QString &address, const QString &reason) {
            showStatus(tr("A connection from %1 was refused: %2").arg(address, reason), 10000);
        });
    connect(m_controller, &ChatController::warning, this,
        [this](const QString &message) { showStatus(message, 15000); });

    // The router's answer while hosting (port mapping).
    if (net::PortMapper *mapper = m_profile->portMapper()) {
        connect(mapper, &net::PortMapper::mapped, this, [this, mapper](const net::PortMapping &m) {
            const QString where = m.externalAddress.isNull()
                ? tr("port %1").arg(m.externalPort)
                : chat::hostAndPort(m.externalAddress, m.externalPort);
            QString text = tr("Your router forwards %1 to this computer: people outside your "
                              "network can connect there, and invites name it first.")
                               .arg(where);
            if (!mapper->problem().isEmpty())
                text = mapper->problem();
            showStatus(text, 30000);
            updateListeningStatus(); // the router's address now comes first
        });
        connect(mapper, &net::PortMapper::failed, this, [this](const QString &message) {
            showStatus(message, 60000);
            updateListeningStatus();
        });
    }

    updateListeningStatus();
    showConversation(0);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

chat::ConversationId MainWindow::currentConversation() const
{
    return m_page->conversation();
}

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
    dialog->setWaitForConnection(true);
    dialog->setConnectHandler([this, dialog](const QString &hostName, quint16 port,
                                  const crypto::Fingerprint &expected) -> QString {
        const chat::ConversationId id = m_controller->connectToPeer(hostName, port, expected);
        if (!id)
            return tr("Could not start a connection to %1.").arg(hostName);
        selectConversation(id);
        followConnection(dialog, id);
        return {};
    });
    dialog->setInviteHandler([this, dialog](const crypto::Invite &invite) -> QString {
        const chat::ConversationId id = m_controller->connectWithInvite(invite);
        if (!id)
            return tr("The invite names no address to connect to. Ask for a new one.");
        selectConversation(id);
        followConnection(dialog, id);
        return {};
    });
    const auto showNearby = [this, dialog] {
        QList<HostConnectDialog::NearbyHost> hosts;
        net::LanDiscovery *discovery = m_profile->lanDiscovery();
        const bool on = discovery && discovery->isRunning();
        if (on) {
            for (const auto &peer : discovery->peers())
                hosts.append({ peer.announcement.name, peer.address, peer.announcement.port,
                    peer.announcement.fingerprint });
        }
        dialog->setNearbyHosts(hosts, on);
    };
    showNearby();
    connect(m_profile, &chat::Profile::nearbyChanged, dialog, showNearby);
    for (const chat::HostAddress &entry : m_controller->hostAddresses()) {
        if (entry.reach == chat::HostAddress::Reach::External)
            dialog->setExternalAddress(entry.address, entry.port, m_controller->listeningPort());
    }
    dialog->setMode(host ? HostConnectDialog::Mode::Host : HostConnectDialog::Mode::Connect);
    dialog->open();
    return dialog;
}

// The dialog stays open until the connection it started is up or has failed, and says which.
void MainWindow::followConnection(HostConnectDialog *dialog, chat::ConversationId id)
{
    using chat::ChatController;
    using State = chat::ConversationState;
    auto tracked = std::make_shared<chat::ConversationId>(id);
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto stopFollowing = [connections] {
        for (const auto &connection : std::as_const(*connections))
            QObject::disconnect(connection);
    };
    const auto finish = [dialog, stopFollowing](const QString &error) {
        stopFollowing();
        // Queued: the dialog may be in the middle of accept() still, and closes itself.
        QMetaObject::invokeMethod(
            dialog, [dialog, error] { dialog->connectionFinished(error); }, Qt::QueuedConnection);
    };
    const auto isUp = [](State state) {
        return state == State::Ready || state == State::AwaitingApproval
            || state == State::KeyChanged;
    };
    *connections << connect(m_controller, &ChatController::stateChanged, dialog,
        [tracked, finish, isUp](chat::ConversationId changed, State state) {
            if (changed == *tracked && isUp(state))
                finish({});
        });
    // An attempt joins the contact's conversation once the peer has introduced itself.
    *connections << connect(m_controller, &ChatController::conversationRemoved, dialog,
        [tracked](chat::ConversationId removed, chat::ConversationId mergedInto) {
            if (removed == *tracked && mergedInto)
                *tracked = mergedInto;
        });
    *connections << connect(m_controller, &ChatController::conversationClosed, dialog,
        [tracked, finish](chat::ConversationId closed, const QString &reason) {
            if (closed == *tracked)
                finish(reason.isEmpty() ? tr("The connection ended. Check the address and port, "
                                             "and that the other person is hosting.")
                                        : reason);
        });
    // Cancelled while connecting: the person no longer wants this attempt, so it stops here
    // rather than turning up later as a conversation nobody is waiting for.
    *connections << connect(dialog, &QDialog::rejected, m_controller,
        [controller = m_controller, tracked, stopFollowing, isUp] {
            stopFollowing();
            if (!isUp(controller->state(*tracked)))
                controller->closeConversation(*tracked);
        });
    if (isUp(m_controller->state(id)))
        finish({}); // a contact already online
}

HostConnectDialog *MainWindow::openInviteLink(const QString &link)
{
    HostConnectDialog *dialog = openHostConnectDialog(false);
    dialog->setAddressText(link);
    return dialog;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

InviteDialog *MainWindow::openInviteDialog()
{
    auto *dialog = new InviteDialog(
        [this](qint64 validitySeconds, QString *error) {
            return m_controller->createInvite(validitySeconds, error);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::openVerifyDialog()
{
    const chat::ConversationId id = currentConversation();
    if (!id)
        return;
    const chat::PeerInfo peer = m_controller->peer(id);
    if (peer.fingerprint.isNull())
        return;
    auto *dialog = new VerifyPeerDialog(GuiText::peerTitle(peer), m_controller->fingerprint(),
        peer.fingerprint, peer.verified, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_controller->setVerified(id, dialog->isVerified());
        if (id == currentConversation())
            m_page->refresh();
    });
    dialog->open();
}

SearchPanel *MainWindow::openSearch(bool allConversations)
{
    if (!m_search) {
        // A connection of its own on a thread of its own: typing never waits for the database.
        QString reason;
        auto reader = m_profile->openHistoryReader(&reason);
        m_historySearch = new chat::HistorySearch(std::move(reader),
            tr("Search needs the message history, which is not available: %1").arg(reason), this);
        m_search = new SearchPanel(m_controller, m_historySearch, this);
        m_ui->splitter->addWidget(m_search);
        m_ui->splitter->setStretchFactor(2, 0);
        connect(m_search, &SearchPanel::openRequested, this, &MainWindow::showMessage);
        connect(m_search, &SearchPanel::closed, m_page, &ConversationPage::focusComposerIfWritable);
        const QByteArray saved = m_profile->settings().windowState(QStringLiteral("splitter"));
        if (!saved.isEmpty())
            m_ui->splitter->restoreState(saved);
        QList<int> sizes = m_ui->splitter->sizes();
        if (sizes.size() == 3 && sizes.at(2) == 0) {
            const int width = std::max(260, sizes.at(1) / 3);
            sizes[1] = std::max(0, sizes.at(1) - width);
            sizes[2] = width;
            m_ui->splitter->setSizes(sizes);
        }
    }
    m_search->start(allConversations ? SearchPanel::Scope::All : SearchPanel::Scope::Conversation,
        currentConversation());
    return m_search;
}

bool MainWindow::showMessage(chat::ConversationId id, const QString &messageId, qint64 seq)
{
    selectConversation(id);
    if (currentConversation() != id || !m_page->showMessage(messageId, seq)) {
        showStatus(tr("That message is no longer in the history (it was deleted)."), 10000);
        return false;
    }
    return true;
}

void MainWindow::selectNextConversation(int step)
{
    QListView *list = m_ui->conversationList;
    const int rows = m_model->rowCount();
    int row = list->currentIndex().isValid() ? list->currentIndex().row() : (step > 0 ? -1 : rows);
    for (int i = 0; i < rows; ++i) {
        row = (row + step + rows) % rows;
        if (!list->isRowHidden(row)) {
            list->setCurrentIndex(m_model->index(row));
            return;
        }
    }
}

void MainWindow::saveWindowState()
{
    storage::Settings &settings = m_profile->settings();
    settings.setWindowState(QStringLiteral("geometry"), saveGeometry());
    settings.setWindowState(QStringLiteral("splitter"), m_ui->splitter->saveState());
    settings.sync();
}

void MainWindow::restoreWindowState()
{
    const storage::Settings &settings = m_profile->settings();
    const QByteArray geometry = settings.windowState(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = settings.windowState(QStringLiteral("splitter"));
    if (!splitter.isEmpty())
        m_ui->splitter->restoreState(splitter);
}

void MainWindow::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row).data().toString();
        m_ui->conversationList->setRowHidden(
            row, !text.isEmpty() && !name.contains(text, Qt::CaseInsensitive));
    }
}

QMenu *MainWindow::conversationMenu(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    const chat::ConversationState state = m_controller->state(id);
    auto *menu = new QMenu(this);
    const auto add = [menu](const QString &text, const char *name, bool enabled, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setEnabled(enabled);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    add(tr("&Open"), "openAction", true, [this, id] { selectConversation(id); });
    add(tr("&Connect now"), "connectNowAction",
        peer.isContact && state == chat::ConversationState::Closed, [this, id] {
            QString error;
            if (!m_controller->connectNow(id, &error))
                showStatus(error, 10000);
        });
    add(tr("&Verify…"), "verifyAction", state == chat::ConversationState::Ready, [this, id] {
        selectConversation(id);
        openVerifyDialog();
    });
    menu->addSeparator();
    add(tr("&Rename…"), "renameAction", peer.isContact, [this, id] { renameContact(id); });
    add(tr("Show &fingerprint…"), "fingerprintAction", !peer.fingerprint.isNull(),
        [this, id] { showFingerprint(id); });
    menu->addSeparator();
    const QString name = GuiText::peerTitle(peer);
    addRetentionMenu(menu, id);
    add(tr("&Delete history…"), "deleteHistoryAction", peer.isContact, [this, id, name] {
        askFirst(id, QStringLiteral("deleteHistoryBox"),
            tr("Delete every message with %1 from this computer? This cannot be undone. %1 "
               "stays a contact.")
                .arg(name),
            tr("&Delete history"), &chat::ChatController::deleteHistory);
    });
    add(tr("Re&move contact…"), "removeContactAction", peer.isContact, [this, id, name] {
        askFirst(id, QStringLiteral("removeContactBox"),
            tr("Remove %1 from your contacts? The history with %1 is deleted too, and this "
               "cannot be undone. If %1 connects again, you are asked as for someone new.")
                .arg(name),
            tr("&Remove contact"), &chat::ChatController::removeContact);
    });
    return menu;
}

void MainWindow::renameContact(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setWindowTitle(tr("Rename %1").arg(peer.displayName));
    dialog->setLabelText(
        tr("Your name for %1 (leave empty to use the name they chose):").arg(peer.displayName));
    dialog->setTextValue(peer.nickname);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        QString error;
        if (!m_controller->setNickname(id, name, &error) && !error.isEmpty())
            showStatus(error, 10000);
    });
    dialog->open();
}

void MainWindow::showFingerprint(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    auto *box = new QMessageBox(QMessageBox::Information,
        tr("Fingerprint of %1").arg(GuiText::peerTitle(peer)),
        tr("The fingerprint of %1's key:\n\n%2")
            .arg(GuiText::peerTitle(peer), GuiText::fingerprintLines(peer.fingerprint)),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("fingerprintBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// How long this contact's messages are kept, overriding the default of Settings.
void MainWindow::addRetentionMenu(QMenu *menu, chat::ConversationId id)
{
    using Mode = storage::ContactStore::Retention;
    const chat::PeerInfo peer = m_controller->peer(id);
    QMenu *keep = menu->addMenu(tr("&Keep history"));
    keep->setObjectName(QStringLiteral("retentionMenu"));
    keep->setEnabled(peer.isContact);
    auto *group = new QActionGroup(keep);
    const auto current = m_controller->retention(id);
    const auto set = [this, id](Mode mode, int days) {
        QString error;
        if (!m_controller->setRetention(id, mode, days, &error))
            showStatus(error, 10000);
    };
    const auto add = [&](const QString &text, const char *name, Mode mode, auto slot) {
        QAction *action = keep->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(current.mode == mode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    add(tr("As in &Settings"), "retentionDefaultAction", Mode::Default,
        [set] { set(Mode::Default, 0); });
    add(tr("&Always"), "retentionKeepAction", Mode::Keep, [set] { set(Mode::Keep, 0); });
    add(current.mode == Mode::KeepDays ? tr("For %n &days…", nullptr, current.days)
                                       : tr("For a number of &days…"),
        "retentionDaysAction", Mode::KeepDays, [this, id, set, current] {
            auto *dialog = new QInputDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("retentionDaysDialog"));
            dialog->setWindowTitle(tr("Keep history"));
            dialog->setLabelText(tr("Keep the messages with %1 for this many days (older ones "
                                    "are deleted at once):")
                                     .arg(GuiText::peerTitle(m_controller->peer(id))));
            dialog->setInputMode(QInputDialog::IntInput);
            dialog->setIntRange(1, storage::ContactStore::kMaxRetentionDays);
            dialog->setIntValue(current.mode == Mode::KeepDays ? current.days : 30);
            connect(dialog, &QInputDialog::intValueSelected, this,
                [set](int days) { set(Mode::KeepDays, days); });
            dialog->open();
        });
    add(tr("&Never (what is stored stays until you delete it)"), "retentionNothingAction",
        Mode::KeepNothing, [set] { set(Mode::KeepNothing, 0); });
}

// A window-modal question with one destructive button, which runs action on the conversation;
// its failure is said in the status bar.
void MainWindow::askFirst(chat::ConversationId id, const QString &name, const QString &text,
    const QString &button, bool (chat::ChatController::*action)(chat::ConversationId, QString *))
{
    auto *box = new QMessageBox(QMessageBox::Warning, QString(button).remove(QLatin1Char('&')),
        text, QMessageBox::Cancel, this);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(button, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id, action](QAbstractButton *b) {
        QString error;
        if (b == yes && !(m_controller->*action)(id, &error))
            showStatus(error, 10000);
    });
    box->open();
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
    if (id != currentConversation())
        showConversation(id);
}

void MainWindow::showConversation(chat::ConversationId id)
{
    m_page->setConversation(id);
    if (id) {
        m_model->markRead(id);
        m_ui->pages->setCurrentWidget(m_page);
    } else {
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    }
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateWindowTitle()
{
    const chat::ConversationId id = currentConversation();
    setWindowTitle(id ? tr("%1 – %2").arg(GuiText::peerTitle(m_controller->peer(id)),
                       QCoreApplication::applicationName())
                      : QCoreApplication::applicationName());
}

void MainWindow::onConversationAdded(chat::ConversationId id)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    // Outgoing conversations are selected by the connect handler; an incoming one is selected
    // when nothing else is on screen.
    if (!currentConversation() || !peer.incoming)
        selectConversation(id);
    updateActions();
}

void MainWindow::onStateChanged(chat::ConversationId id, chat::ConversationState state)
{
    const chat::PeerInfo peer = m_controller->peer(id);
    const chat::ConversationId current = currentConversation();
    if (state == chat::ConversationState::AwaitingApproval) {
        if (!current || m_controller->state(current) == chat::ConversationState::Closed)
            selectConversation(id);
        if (id != currentConversation())
            m_model->addUnread(id);
        m_notifier->notify(
            tr("Connection request"), tr("%1 wants to talk to you.").arg(GuiText::peerTitle(peer)));
    } else if (state == chat::ConversationState::KeyChanged) {
        m_notifier->notify(tr("Warning: key changed"),
            tr("%1's key has changed. Check before you accept it.").arg(GuiText::peerTitle(peer)));
    }
    updateActions();
}

void MainWindow::onMessageReceived(chat::ConversationId id, const chat::ChatMessage &message)
{
    if (id != currentConversation() || !isActiveWindow())
        m_model->addUnread(id);
    m_notifier->notify(message.senderName, message.body.left(200));
}

void MainWindow::onConversationClosed(chat::ConversationId id, const QString &reason)
{
    const QString name = GuiText::peerTitle(m_controller->peer(id));
    if (!reason.isEmpty())
        showStatus(tr("Conversation with %1 ended: %2").arg(name, reason), 10000);
    updateActions();
}

void MainWindow::updateListeningStatus()
{
    if (!m_controller->isListening()) {
        m_listeningLabel->setText(tr("Not hosting"));
        m_listeningLabel->setToolTip({});
    } else {
        // The port only: every address on one line made the window impossible to narrow.
        m_listeningLabel->setText(tr("Hosting on port %1").arg(m_controller->listeningPort()));
        QStringList where;
        for (const chat::HostAddress &entry : m_controller->hostAddresses())
            where << chat::hostAndPort(entry.address, entry.port);
        m_listeningLabel->setToolTip(
            tr("Where people can reach you, most useful first:\n%1").arg(where.join(u'\n')));
    }
    m_listeningLabel->setAccessibleDescription(m_listeningLabel->toolTip());
    updateActions();
}

void MainWindow::updateActions()
{
    const chat::ConversationId current = currentConversation();
    const chat::ConversationState state
        = current ? m_controller->state(current) : chat::ConversationState::Closed;
    m_ui->actionStopHosting->setEnabled(m_controller->isListening());
    m_ui->actionInvite->setEnabled(m_controller->isListening());
    m_ui->actionVerify->setEnabled(current && state == chat::ConversationState::Ready);
    m_ui->actionCloseConversation->setEnabled(current && state != chat::ConversationState::Closed);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && currentConversation())
        m_model->markRead(currentConversation());
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
    saveWindowState();
    m_page->stopTyping();
    showStatus(tr("Saying goodbye…"));
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

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    // QStatusBar cuts a long message off at the encryption label, mid-word and without a sign:
    // it is elided here instead, and the whole of it is the status bar's tooltip meanwhile.
    // The label's size hint, not its geometry: a new text is laid out only later.
    QStatusBar *bar = statusBar();
    const int label = m_tlsLabel->text().isEmpty() ? 0 : m_tlsLabel->sizeHint().width();
    const int room = std::max(0, bar->width() - label - 2 * kStatusMessageMarginPx);
    const QString shown = bar->fontMetrics().elidedText(message, Qt::ElideRight, room);
    bar->setToolTip(shown == message ? QString() : message);
    bar->showMessage(shown, timeoutMs);
}

} // namespace securechat::gui
