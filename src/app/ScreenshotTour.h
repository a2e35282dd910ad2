#pragma once

#include "crypto/Identity.h"

#include <functional>

#include <QString>

class QWidget;

namespace securechat::app {

// Screenshots for the documentation, taken by the real program: with SECURECHAT_SCREENSHOT_DIR
// set, main() runs this scripted scenario instead of the normal start-up. It uses throw-away
// profiles, talks to in-process peers over loopback and writes first-run.png,
// conversation.png, verify.png, connect.png and key-changed.png with QWidget::grab(). Run by
// tools/screenshots.sh.
class ScreenshotTour
{
public:
    explicit ScreenshotTour(const QString &outputDirectory);
    int run(); // exit code: 0 when all three pictures were written

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs, const char *what);
    bool save(QWidget *widget, const QString &name, int settleMs = 400);
    crypto::Identity generate(const QString &name);

    QString m_outputDirectory;
};

} // namespace securechat::app
