#include "cli/CliSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace liaison::cli {

QString printable(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

bool runUntil(int timeoutMs, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

int timeoutSeconds(const Options &opts, const QString &option)
{
    bool ok = true;
    const int timeout = opts.value(option, QStringLiteral("60")).toInt(&ok);
    if (!ok || timeout <= 0 || timeout > 86'400)
        opts.fail(QStringLiteral("--timeout takes a number of seconds (1 to 86400), not '%1'")
                      .arg(opts.value(option)));
    return timeout;
}

} // namespace liaison::cli
