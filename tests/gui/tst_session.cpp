// The session around an unlocked profile (offscreen, real profile files, a real in-process
// hub on 127.0.0.1): auto-lock closes the database and forgets the keys, unlocking puts the
// analyst back where they were; Settings switches the language live, saves the auto-lock delay
// and enrols the profile with a hub; the first-run form checks what the administrator gave.
#include "TestSupport.h"
#include "widgets/board/BoardPage.h"
#include "widgets/common/Translator.h"
#include "widgets/incident/IncidentDialog.h"
#include "widgets/profile/ChangePassphraseDialog.h"
#include "widgets/profile/HubEnrolForm.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/Session.h"
#include "widgets/shell/SettingsDialog.h"

#include "server/HubServer.h"
#include "server/HubStore.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "sync/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;

namespace {
const char kPassphrase[] = "correct horse battery staple";
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_profiles = 0;

    QString newProfileDir() { return m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles)); }

    std::unique_ptr<Profile> newProfile(const QString &dir)
    {
        return Profile::create(dir, test::passphrase(kPassphrase), KdfParams::fastForTests());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { Translator::instance().apply(Translator::Language::English); }

    // Idle: the session locks (database closed, folder free), unlocking resumes the page, the
    // current incident and the open incident window, and the unsaved edit was kept (saved).
    void autoLockClosesAndUnlockResumes()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        QVERIFY(!session.isLocked());
        session.context()->opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        IncidentService &incidents = session.context()->incidents();
        IncidentDraft d;
        d.title = QStringLiteral("Wiper at a pipeline operator");
        incidents.createIncident(blank(QStringLiteral("Other")));
        const QString id = incidents.createIncident(d);
        MainWindow *window = session.window();
        window->boardPage()->selectIncident(id);
        QCOMPARE(window->boardPage()->currentIncident(), id);
        window->openIncident(id);
        auto *dialog = window->findChild<IncidentDialog *>();
        QVERIFY(dialog);
        dialog->titleEdit()->selectAll();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Wiper at two pipeline operators"));
        QVERIFY(dialog->hasUnsavedChanges());

        QSignalSpy locked(&session, &Session::lockedChanged);
        session.setAutoLockIntervalForTesting(50);
        QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 10000);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.context());
        QVERIFY(!session.window());
        QVERIFY(session.unlockDialog());
        QVERIFY(session.unlockDialog()->isVisible());
        QCOMPARE(session.trayIcon()->toolTip(), QStringLiteral("Liaison — locked"));
        QVERIFY(session.unlockDialog()->findChild<QLabel *>()->text().contains(
            QLatin1String("Liaison is locked")));
        // The database is closed and its folder lock released: another open succeeds. The
        // half-typed title was not committed (nothing was published while the analyst was
        // away): it waits as a local draft, and no op carries it.
        {
            auto again = Profile::open(dir, test::passphrase(kPassphrase));
            QVERIFY(again);
            auto title = again->db().prepare("SELECT title FROM incidents WHERE id = ?1");
            title.bind(1, id);
            QVERIFY(title.step());
            QCOMPARE(title.text(0), QStringLiteral("Wiper at a pipeline operator"));
            QCOMPARE(again->db().scalarText("SELECT value FROM drafts WHERE field = 'title'"),
                     QStringLiteral("Wiper at two pipeline operators"));
            QCOMPARE(again->db().scalarInt("SELECT count(*) FROM outbox"), 2);
        }

        // Unlock through the dialog, as the analyst would.
        UnlockDialog *unlock = session.unlockDialog();
        auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QVERIFY(field);
        QTest::keyClicks(field, QString::fromLatin1(kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLocked(), 10000);
        QCOMPARE(locked.count(), 2);
        // Unlocked: the edit is back in its window, still unsaved; Close would ask about it.
        QCOMPARE(session.context()->incidents().incident(id)->title,
                 QStringLiteral("Wiper at a pipeline operator"));
        auto *restored = session.window()->findChild<IncidentDialog *>();
        QVERIFY(restored);
        QCOMPARE(restored->titleEdit()->text(), QStringLiteral("Wiper at two pipeline operators"));
        QVERIFY(restored->hasUnsavedChanges());
        QCOMPARE(session.context()->profile().db().scalarInt("SELECT count(*) FROM drafts"), 0);
        QVERIFY(restored->save());
        QCOMPARE(session.context()->incidents().incident(id)->title,
                 QStringLiteral("Wiper at two pipeline operators"));
        QCOMPARE(session.window()->boardPage()->currentIncident(), id);
        QCOMPARE(session.window()->openIncidentIds(), QStringList {id});
        QVERIFY(session.window()->isVisible());
        QVERIFY2(session.trayIcon()->toolTip().contains(QLatin1String("marie")),
                 qPrintable(session.trayIcon()->toolTip()));
    }

    // Hub refusals reach the analyst as sentences, never as raw protocol codes.
    void hubRefusalsAreSaidInWords()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        auto *notice = session.window()->findChild<QLabel *>(QStringLiteral("rejectedNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isHidden());
        emit session.context()->sync().opsRejected(2, QStringLiteral("tlp-forbids-share"));
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(QLatin1String("2 of your changes"))
                     && notice->text().contains(QLatin1String("TLP marking")),
                 qPrintable(notice->text()));
        QVERIFY(!notice->text().contains(QLatin1String("tlp-forbids-share")));
        for (const char *code : {"auth-failed", "device-revoked", "internal", "x-unknown-code"})
            QVERIFY(!SyncEngine::hubErrorText(QLatin1String(code)).contains(QLatin1String(code)));
        QVERIFY(!SyncEngine::rejectionText(QStringLiteral("x-unknown-code"))
                     .contains(QLatin1String("x-unknown")));
    }

    // Ctrl+L from an incident window (a top-level window of its own) locks too, and the
    // comment being written there comes back after unlocking, not posted.
    void lockFromAnIncidentWindowKeepsTheComposer()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        session.context()->opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        const QString id
            = session.context()->incidents().createIncident(blank(QStringLiteral("Phishing")));
        session.window()->openIncident(id);
        auto *dialog = session.window()->findChild<IncidentDialog *>();
        QVERIFY(dialog);
        auto *composer = dialog->findChild<QPlainTextEdit *>(QStringLiteral("newComment"));
        composer->setPlainText(QStringLiteral("Half a thought about the lure"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.window(), 10000);
        {
            auto again = Profile::open(dir, test::passphrase(kPassphrase));
            QCOMPARE(again->db().scalarInt("SELECT count(*) FROM comments"), 0);
            QCOMPARE(again->db().scalarText("SELECT value FROM drafts WHERE field = 'comment'"),
                     QStringLiteral("Half a thought about the lure"));
        }
        auto *field = session.unlockDialog()->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QString::fromLatin1(kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLocked(), 10000);
        auto *back = session.window()->findChild<IncidentDialog *>();
        QVERIFY(back);
        QCOMPARE(back->findChild<QPlainTextEdit *>(QStringLiteral("newComment"))->toPlainText(),
                 QStringLiteral("Half a thought about the lure"));
        QVERIFY(session.context()->incidents().comments(id).isEmpty());
    }

    // The lock comes while a dialog runs its own event loop inside a window method (Settings,
    // then a confirmation question): the dialog is rejected, the window and the database go
    // once that loop has returned, nothing crashes, and the question's action did not happen.
    void lockWhileAModalDialogIsOpen()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        session.context()->opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
        IncidentDraft d = blank(QStringLiteral("Amber incident"));
        d.tlp = Tlp::Amber;
        const QString id = session.context()->incidents().createIncident(d);
        QTest::qWait(20); // the session notes the loop level it normally runs at
        session.setAutoLockIntervalForTesting(150);
        QTimer::singleShot(0, session.window(), &MainWindow::showSettings);
        QTRY_VERIFY_WITH_TIMEOUT(session.unlockDialog() && session.unlockDialog()->isVisible(),
                                 10000);
        QVERIFY(session.isLocked());
        QVERIFY(!session.window());
        QVERIFY(!session.context());
        QVERIFY(Profile::open(dir, test::passphrase(kPassphrase)));

        // Unlock, then lock while the share question is asked.
        auto *field = session.unlockDialog()->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QString::fromLatin1(kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLocked(), 10000);
        session.window()->openIncident(id);
        auto *incident = session.window()->findChild<IncidentDialog *>();
        QVERIFY(incident);
        bool shared = true;
        QTimer::singleShot(0, incident, [incident, &shared] { shared = incident->share(); });
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, 10000);
        session.setAutoLockIntervalForTesting(100);
        QTRY_VERIFY_WITH_TIMEOUT(session.unlockDialog() && session.unlockDialog()->isVisible(),
                                 10000);
        QVERIFY(!shared);
        auto again = Profile::open(dir, test::passphrase(kPassphrase));
        QVERIFY(again);
        auto scope = again->db().prepare("SELECT scope FROM incidents WHERE id = ?1");
        scope.bind(1, id);
        QVERIFY(scope.step());
        QCOMPARE(scope.text(0), QStringLiteral("centre"));
    }

    // A wrong passphrase at the lock screen: a message, still locked, the profile intact.
    void wrongPassphraseKeepsItLocked()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        // Ctrl+L locks at once.
        session.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(session.window()));
        QTest::keySequence(session.window(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(session.isLocked());
        auto *field = session.unlockDialog()->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QStringLiteral("not the passphrase at all"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(field->isEnabled() && field->text().isEmpty(), 10000);
        QVERIFY(session.isLocked());
        QVERIFY(session.unlockDialog()->isVisible());
    }

    // Keyboard and mouse activity keeps restarting the countdown. Bounded: 30 inputs.
    void activityPostponesTheLock()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        session.setAutoLockIntervalForTesting(800);
        QElapsedTimer elapsed;
        elapsed.start();
        // Twice the delay, an input every 50 ms: never 800 ms without one.
        for (int i = 0; i < 100 && elapsed.elapsed() < 1600; ++i) {
            QTest::keyClick(session.window(), Qt::Key_Shift);
            QTest::qWait(50);
        }
        QVERIFY(elapsed.elapsed() >= 1600);
        QVERIFY(!session.isLocked());
        // Without input it locks (the same countdown, so the filter did restart it).
        QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 10000);
    }

    void autoLockNeverWhenZero()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        session.setAutoLockIntervalForTesting(0);
        QCOMPARE(session.autoLockInterval(), 0);
        QTest::qWait(100);
        QVERIFY(!session.isLocked());
    }

    // Settings: language live, auto-lock delay saved and applied, hub form checked.
    void settingsDialog()
    {
        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        MainWindow *window = session.window();
        SettingsDialog dialog(*session.context(), window);
        connect(&dialog, &SettingsDialog::autoLockChanged, window, &MainWindow::autoLockChanged);

        QComboBox *language = dialog.languageCombo();
        language->setCurrentIndex(language->findData(int(Translator::Language::French)));
        emit language->activated(language->currentIndex());
        QCOMPARE(Translator::instance().current(), Translator::Language::French);
        // Widgets get the language change as a posted event: no restart, no reopening.
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Paramètres"));
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        language->setCurrentIndex(language->findData(int(Translator::Language::English)));
        emit language->activated(language->currentIndex());
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Settings"));

        dialog.autoLockSpin()->setValue(5);
        QCOMPARE(Session::savedAutoLockMinutes(), 5);
        QCOMPARE(session.autoLockInterval(), 5 * 60 * 1000);
        dialog.autoLockSpin()->setValue(0);
        QCOMPARE(session.autoLockInterval(), 0);
        QCOMPARE(dialog.autoLockSpin()->text(), QStringLiteral("Never"));
        Session::saveAutoLockMinutes(Session::kDefaultAutoLockMinutes);

        // Not enrolled: the form is there, the button waits for a complete form.
        HubEnrolForm *form = dialog.enrolForm();
        QVERIFY(form->isVisibleTo(&dialog));
        QVERIFY(!dialog.enrolButton()->isEnabled());
        form->urlEdit()->setText(QStringLiteral("wss://hub.example.org:8443"));
        form->codeEdit()->setText(QStringLiteral("ABCD-EFGH"));
        form->fingerprintEdit()->setText(QStringLiteral("12:34"));
        QVERIFY(!dialog.enrolButton()->isEnabled());
        QVERIFY(dialog.hubMessage()->text().contains(QLatin1String("32 pairs")));
        form->fingerprintEdit()->setText(QString(64, QLatin1Char('a')));
        QVERIFY(dialog.enrolButton()->isEnabled());
        QCOMPARE(form->fingerprint().size(), 95);
        form->urlEdit()->setText(QStringLiteral("ws://hub.example.org:8080"));
        QVERIFY(!dialog.enrolButton()->isEnabled());
    }

    // Settings -> Change passphrase… with the profile open: the database keeps working under
    // the new key, and the next unlock takes only the new passphrase.
    void settingsChangesThePassphrase()
    {
        const QString dir = newProfileDir();
        ChangePassphraseDialog::setKdfParamsForTesting(KdfParams::fastForTests());
        const auto reset
            = qScopeGuard([] { ChangePassphraseDialog::setKdfParamsForTesting(std::nullopt); });
        QString incident;
        {
            Session session(dir);
            session.open(newProfile(dir));
            session.context()->opLog().setEnrolment(QStringLiteral("marie"),
                                                    QStringLiteral("CCIRC"));
            SettingsDialog dialog(*session.context(), session.window());
            dialog.show();
            dialog.changePassphraseButton()->click();
            auto *change = dialog.findChild<ChangePassphraseDialog *>();
            QVERIFY(change && change->isVisible());
            change->findChild<QLineEdit *>(QStringLiteral("currentPassphrase"))
                ->setText(QLatin1String(kPassphrase));
            for (const char *name : {"newPassphrase", "confirmPassphrase"})
                change->findChild<QLineEdit *>(QLatin1String(name))
                    ->setText(QStringLiteral("purple lantern under nine bridges"));
            change->findChild<QPushButton *>(QStringLiteral("change"))->click();
            auto *said = dialog.findChild<QLabel *>(QStringLiteral("passphraseMessage"));
            QTRY_VERIFY(!dialog.findChild<ChangePassphraseDialog *>());
            QVERIFY(said->isVisible());
            QCOMPARE(said->text(),
                     QStringLiteral("Passphrase changed: use the new one from now on."));
            IncidentDraft d;
            d.title = QStringLiteral("Written after the change");
            incident = session.context()->incidents().createIncident(d);
        }
        QVERIFY_THROWS_EXCEPTION(ProfileError, Profile::open(dir, test::passphrase(kPassphrase)));
        auto profile = Profile::open(dir, test::passphrase("purple lantern under nine bridges"));
        Workspace context(std::move(profile));
        QCOMPARE(context.incidents().incident(incident)->title,
                 QStringLiteral("Written after the change"));
    }

    // Enrol from Settings against a real hub on 127.0.0.1: the profile gets its analyst and
    // centre, and the dialog shows the hub it now syncs with.
    void enrolFromSettingsWithARealHub()
    {
        auto hub = HubStore::init(m_dir.filePath(QStringLiteral("hub")));
        hub->directory().addCentre(QStringLiteral("CCIRC"), QStringLiteral("Canadian Centre"));
        HubServer server(*hub);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, true, &error), qPrintable(error));
        const auto code = hub->directory().issueEnrolment(QStringLiteral("CCIRC"),
                                                          QStringLiteral("Émilie Roy"), {}, 3600);

        const QString dir = newProfileDir();
        Session session(dir);
        session.open(newProfile(dir));
        MainWindow *window = session.window();
        SettingsDialog dialog(*session.context(), window);
        connect(&dialog, &SettingsDialog::enrolRequested, &session, &Session::enrol);
        QSignalSpy finished(&session, &Session::enrolmentFinished);
        // Not enrolled: no analyst identity to sign an incident with, so no New incident.
        QAction *newIncident = window->boardPage()->newIncidentAction();
        QVERIFY(!newIncident->isEnabled());
        QVERIFY(newIncident->toolTip().contains(QLatin1String("Settings")));
        dialog.enrolForm()->urlEdit()->setText(
            QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
        dialog.enrolForm()->codeEdit()->setText(code.code);
        QVERIFY(dialog.enrolButton()->isEnabled());
        QTest::mouseClick(dialog.enrolButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(session.context()->opLog().identity().centre, QStringLiteral("CCIRC"));
        QVERIFY(newIncident->isEnabled());
        QVERIFY(!dialog.enrolForm()->isVisibleTo(&dialog));
        auto *info = dialog.findChild<QLabel *>(QStringLiteral("hubInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("Émilie Roy")), qPrintable(info->text()));
        // The device id in groups of four, to read out to the hub administrator.
        const QString device = session.context()->identity().deviceId;
        QVERIFY2(info->text().contains(QStringLiteral("%1 %2 %3 %4")
                                           .arg(device.mid(0, 4), device.mid(4, 4),
                                                device.mid(8, 4), device.mid(12, 4))),
                 qPrintable(info->text()));
        // Whose profile this is, for the unlock dialog of the next start.
        QCOMPARE(Profile::readHolder(dir).analyst, QStringLiteral("Émilie Roy"));
        QCOMPARE(Profile::readHolder(dir).centre, QStringLiteral("CCIRC"));
        // The same code again, from another profile: refused, with the reason shown.
        const QString dir2 = newProfileDir();
        Session second(dir2);
        second.open(newProfile(dir2));
        QSignalSpy failed(&second, &Session::enrolmentFinished);
        SettingsDialog dialog2(*second.context(), second.window());
        connect(&dialog2, &SettingsDialog::enrolRequested, &second, &Session::enrol);
        second.enrol(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())), code.code, {});
        // enrol() shows a message box on failure; close it when it comes.
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(!failed.first().at(0).toBool());
        QVERIFY(!dialog2.hubMessage()->text().isEmpty());
        QVERIFY(!second.context()->opLog().identity().isEnrolled());
    }

    // First run: the hub part is optional; a half-filled form keeps Create disabled.
    void firstRunEnrolmentForm()
    {
        ProfileSetupDialog dialog(newProfileDir());
        dialog.setKdfParamsForTesting(KdfParams::fastForTests());
        auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirm"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("create"));
        pass->setText(QString::fromLatin1(kPassphrase));
        confirm->setText(QString::fromLatin1(kPassphrase));
        QVERIFY(create->isEnabled());
        QVERIFY(!dialog.enrolment());
        dialog.hubForm()->urlEdit()->setText(QStringLiteral("wss://hub.example.org:8443"));
        QVERIFY(!create->isEnabled()); // half filled
        dialog.hubForm()->codeEdit()->setText(QStringLiteral("K7Q2-9XWD"));
        dialog.hubForm()->fingerprintEdit()->setText(
            QStringLiteral("ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 "
                           "67 89 ab cd ef 01 23 45 67 89"));
        QVERIFY(create->isEnabled());
        const auto enrolment = dialog.enrolment();
        QVERIFY(enrolment);
        QCOMPARE(enrolment->url, QUrl(QStringLiteral("wss://hub.example.org:8443")));
        QCOMPARE(enrolment->code, QStringLiteral("K7Q2-9XWD"));
        QVERIFY(enrolment->fingerprint.startsWith(QLatin1String("AB:CD:EF:01:")));
        auto *display = dialog.findChild<QLabel *>(QStringLiteral("fingerprintDisplay"));
        QVERIFY(display->text().contains(QLatin1String("AB CD EF 01 23 45 67 89")));
        QCOMPARE(SyncEngine::normaliseFingerprint(QStringLiteral("xyz")), QString());
    }

private:
    static IncidentDraft blank(const QString &title)
    {
        IncidentDraft d;
        d.title = title;
        return d;
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
