// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace securechat::cli {

// Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so that Ctrl+C says goodbye
// to the peers instead of dropping the connections. A second signal ends the process at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace securechat::cli
