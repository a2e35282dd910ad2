// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace securechat::storage {
class Settings;
}

namespace securechat::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // identityName is shown when no display name has been set in the settings.
    SettingsDialog(
        storage::Settings *settings, const QString &identityName, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override; // saves; stays open with the reason when the file cannot be written

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    storage::Settings *m_settings;
};

} // namespace securechat::gui
