#include "core/FileUtil.h"
#include "widgets/common/Theme.h"
#include "widgets/common/Translator.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"
#include "widgets/shell/DemoSession.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/Session.h"
#include "workspace/Workspace.h"

#include "core/PlatformSecurity.h"
#include "core/Version.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

// Enrols with the code a local hub left in a file (scripts/run.sh, first run); the file is
// deleted once the code is used.
void enrolFromFile(liaison::Session &session, const QUrl &hub, const QString &fingerprint,
                   const QString &codeFile)
{
    QFile file(codeFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // already used: nothing to do
    const QString code = QString::fromUtf8(file.readAll()).trimmed();
    file.close();
    QObject::connect(&session, &liaison::Session::enrolmentFinished, &session, [codeFile](bool ok) {
        if (ok)
            QFile::remove(codeFile);
    });
    session.enrol(hub, code, fingerprint);
}

} // namespace

int main(int argc, char *argv[])
{
    liaison::restrictNewFilesToOwner(); // profiles, hub stores and logs: owner-only (0600)
    liaison::disableCrashDumps(); // keys and the passphrase live in this process's memory
    // Answered before QApplication exists, so that it works without a display (scripts, CI).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s %s\n", liaison::kApplication, liaison::kVersion);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(liaison::kOrganisation));
    QCoreApplication::setApplicationName(QLatin1String(liaison::kApplication));
    QCoreApplication::setApplicationVersion(QLatin1String(liaison::kVersion));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Liaison"));
    // The installed .desktop file (packaging/linux): Wayland compositors match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(LIAISON_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));
    // Light or dark as the desktop is (its palette's window colour), in Liaison's own colours.
    liaison::theme::apply(app);

    auto &translator = liaison::Translator::instance();
    translator.apply(translator.saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Incident board, secure chat and visit scheduling for partner response centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        //: Command-line help; <dir> is the option's argument and stays as is
        QCoreApplication::translate("main", "Use the profile in folder <dir>."),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    const QCommandLineOption hubOption(
        QStringLiteral("hub"),
        //: Command-line help; <url> is the option's argument and stays as is
        QCoreApplication::translate("main", "Enrol with the hub at <url> (wss://host:port)."),
        QStringLiteral("url"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("hub-fingerprint"),
        //: Command-line help; <sha256> is the option's argument and stays as is
        QCoreApplication::translate("main",
                                    "The hub certificate's SHA-256 fingerprint, as the hub "
                                    "administrator gave it to you."),
        QStringLiteral("sha256"));
    const QCommandLineOption codeFileOption(
        QStringLiteral("enrol-code-file"),
        //: Command-line help; <file> is the option's argument and stays as is
        QCoreApplication::translate("main",
                                    "Read the one-time enrolment code from <file> (deleted once "
                                    "used)."),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Start a throwaway local hub with two centres and open one "
                                    "window per centre's analyst, with demo incidents."));
    parser.addOptions({hubOption, fingerprintOption, codeFileOption, demoOption});
    parser.process(app);

    const QString dir = parser.isSet(profileOption)
        ? QDir(parser.value(profileOption)).absolutePath()
        : liaison::Profile::defaultDir();

    if (parser.isSet(demoOption)) {
        liaison::DemoSession demo;
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QObject::connect(&demo, &liaison::DemoSession::ready,
                         [] { QApplication::restoreOverrideCursor(); });
        QObject::connect(&demo, &liaison::DemoSession::finished, &app, &QCoreApplication::quit);
        // An analyst could not enrol, or the hub process stopped: before the windows, the
        // demo ends; after, the windows stay (they show that they cannot sync).
        bool ended = false;
        QObject::connect(
            &demo, &liaison::DemoSession::failed, [&demo, &ended](const QString &reason) {
                if (ended)
                    return;
                if (!demo.isReady()) {
                    ended = true;
                    QApplication::restoreOverrideCursor();
                    QMessageBox::critical(
                        nullptr, QCoreApplication::translate("main", "Liaison"),
                        QCoreApplication::translate("main", "The demo could not start: %1")
                            .arg(reason));
                    // Queued: also right if this came before the event loop started.
                    QMetaObject::invokeMethod(
                        qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
                    return;
                }
                QMessageBox::warning(demo.windows().front().get(),
                                     QCoreApplication::translate("main", "Liaison"), reason);
            });
        if (!demo.start(&error)) {
            QApplication::restoreOverrideCursor();
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Liaison"),
                QCoreApplication::translate("main", "The demo could not start: %1").arg(error));
            return 1;
        }
        return app.exec();
    }

    try {
        std::unique_ptr<liaison::Profile> profile;
        std::optional<liaison::ProfileSetupDialog::Enrolment> enrolment;
        if (liaison::Profile::exists(dir)) {
            liaison::UnlockDialog dialog(dir);
            if (dialog.exec() == QDialog::Accepted)
                profile = dialog.takeProfile();
        } else {
            liaison::ProfileSetupDialog dialog(dir);
            if (parser.isSet(hubOption) && parser.isSet(codeFileOption)
                && QFile::exists(parser.value(codeFileOption)))
                dialog.setPreparedHub(QUrl(parser.value(hubOption)));
            if (dialog.exec() == QDialog::Accepted) {
                profile = dialog.takeProfile();
                enrolment = dialog.enrolment();
            }
        }
        if (!profile)
            return 0;
        liaison::Session session(dir);
        session.open(std::move(profile));
        const bool enrolled = session.context()->opLog().identity().isEnrolled();
        if (!enrolled && enrolment)
            session.enrol(enrolment->url, enrolment->code, enrolment->fingerprint);
        else if (!enrolled && parser.isSet(hubOption) && parser.isSet(codeFileOption))
            enrolFromFile(session, QUrl(parser.value(hubOption)), parser.value(fingerprintOption),
                          parser.value(codeFileOption));
        return app.exec();
    } catch (const std::exception &e) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Liaison"),
                              QCoreApplication::translate("main", "Liaison could not start: %1")
                                  .arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
}
