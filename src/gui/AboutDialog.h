// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class AboutDialog;
}

namespace securechat::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace securechat::gui
