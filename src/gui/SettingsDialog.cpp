// SPDX-License-Identifier: MIT
#include "gui/SettingsDialog.h"

#include "storage/Settings.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace securechat::gui {

SettingsDialog::SettingsDialog(
    storage::Settings *settings, const QString &identityName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    const QString name = m_settings->displayName();
    m_ui->nameEdit->setText(name.isEmpty() ? identityName : name);
    m_ui->portSpin->setValue(m_settings->defaultPort());
    m_ui->notificationsCheck->setChecked(m_settings->notificationsEnabled());
    m_ui->portMappingCheck->setChecked(m_settings->portMappingEnabled());
    m_ui->lanDiscoveryCheck->setChecked(m_settings->lanDiscoveryEnabled());
    using Mode = storage::ContactStore::Retention;
    const storage::Settings::HistoryRetention retention = m_settings->defaultRetention();
    m_ui->historyCombo->setCurrentIndex(retention.mode == Mode::KeepDays ? 1
            : retention.mode == Mode::KeepNothing                        ? 2
                                                                         : 0);
    if (retention.mode == Mode::KeepDays)
        m_ui->historyDaysSpin->setValue(retention.days);
    m_ui->historyDaysSpin->setEnabled(m_ui->historyCombo->currentIndex() == 1);
    connect(m_ui->historyCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_ui->historyDaysSpin->setEnabled(index == 1); });
    m_ui->historyNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    // Empty: the system's download folder, shown greyed as the placeholder.
    m_ui->downloadEdit->setPlaceholderText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)));
    m_ui->downloadEdit->setText(QDir::toNativeSeparators(m_settings->downloadFolder()));
    connect(m_ui->downloadBrowseButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->downloadEdit->text().isEmpty()
            ? m_ui->downloadEdit->placeholderText()
            : m_ui->downloadEdit->text();
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Save Accepted Files In"), current);
        if (!folder.isEmpty())
            m_ui->downloadEdit->setText(QDir::toNativeSeparators(folder));
    });
    m_ui->offerLimitSpin->setValue(int(m_settings->maxFileOfferBytes() >> 20));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QString name = m_ui->nameEdit->text().simplified();
    if (name.isEmpty()) {
        m_ui->errorLabel->setText(tr("The display name cannot be empty."));
        m_ui->errorLabel->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    m_settings->setDisplayName(name);
    m_settings->setDefaultPort(static_cast<quint16>(m_ui->portSpin->value()));
    m_settings->setNotificationsEnabled(m_ui->notificationsCheck->isChecked());
    m_settings->setPortMappingEnabled(m_ui->portMappingCheck->isChecked());
    m_settings->setLanDiscoveryEnabled(m_ui->lanDiscoveryCheck->isChecked());
    using Mode = storage::ContactStore::Retention;
    const int history = m_ui->historyCombo->currentIndex();
    m_settings->setDefaultRetention({ history == 1 ? Mode::KeepDays
            : history == 2                         ? Mode::KeepNothing
                                                   : Mode::Keep,
        history == 1 ? m_ui->historyDaysSpin->value() : 0 });
    const QString folder = m_ui->downloadEdit->text().trimmed();
    m_settings->setDownloadFolder(
        folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder));
    m_settings->setMaxFileOfferBytes(qint64(m_ui->offerLimitSpin->value()) << 20);
    QString error;
    if (!m_settings->sync(&error)) {
        m_ui->errorLabel->setText(tr("The settings could not be saved: %1").arg(error));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace securechat::gui
