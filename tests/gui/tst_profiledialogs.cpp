#include "TestSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/profile/CapsLockWarning.h"
#include "widgets/profile/ChangePassphraseDialog.h"
#include "widgets/profile/HubEnrolForm.h"
#include "widgets/profile/PassphraseStrength.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {
const QString kGood = QStringLiteral("correct horse battery staple");
} // namespace

class TestProfileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passphraseStrength_data();
    void passphraseStrength();
    void setupMismatchKeepsCreateDisabled();
    void setupCreatesProfile();
    void setupReportsExistingProfile();
    void unlockWrongPassphraseStaysOpen();
    void capsLockWarning();
    void unlockNamesTheAnalyst();
    void setupSaysTheHubIsPrepared();
    void changePassphrase();
    void fingerprintGroups();
    void cleanup();

private:
    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing child widget %s", name);
        return widget;
    }
};

void TestProfileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialogs"));
    Translator::instance().apply(Translator::Language::English);
}

void TestProfileDialogs::passphraseStrength_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << QString() << int(PassphraseStrength::TooShort);
    QTest::newRow("11 chars") << QStringLiteral("Xk9$mQ2!pLz") << int(PassphraseStrength::TooShort);
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaa")
                              << int(PassphraseStrength::Weak);
    QTest::newRow("sequence") << QStringLiteral("abcdefghijklmnop")
                              << int(PassphraseStrength::Weak);
    QTest::newRow("pattern") << QStringLiteral("abc1abc1abc1abc1") << int(PassphraseStrength::Weak);
    QTest::newRow("12 lowercase") << QStringLiteral("qmvtrkwzpfhx")
                                  << int(PassphraseStrength::Fair);
    QTest::newRow("words") << kGood << int(PassphraseStrength::Strong);
    QTest::newRow("french") << QStringLiteral("Été à Québec, 4 ponts!")
                            << int(PassphraseStrength::Strong);
}

void TestProfileDialogs::passphraseStrength()
{
    QFETCH(QString, passphrase);
    QFETCH(int, level);
    const auto strength = PassphraseStrength::evaluate(passphrase);
    QCOMPARE(int(strength.level()), level);
    QCOMPARE(strength.isAcceptable(), level >= PassphraseStrength::Fair);
    QVERIFY(!strength.label().isEmpty());
}

void TestProfileDialogs::setupMismatchKeepsCreateDisabled()
{
    QTemporaryDir dir;
    ProfileSetupDialog dialog(dir.filePath(QStringLiteral("profile")));
    dialog.setKdfParamsForTesting(KdfParams::fastForTests());
    dialog.show();
    auto *passphrase = child<QLineEdit>(dialog, "passphrase");
    auto *confirm = child<QLineEdit>(dialog, "confirm");
    auto *create = child<QPushButton>(dialog, "create");
    auto *message = child<QLabel>(dialog, "message");
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(passphrase, kGood);
    QTest::keyClicks(confirm, kGood.chopped(1));
    QVERIFY(!create->isEnabled());
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The passphrases do not match."));

    // Clicking the disabled button creates nothing.
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!Profile::exists(dir.filePath(QStringLiteral("profile"))));
    QVERIFY(dialog.isVisible());

    // Matching but too short: still disabled.
    passphrase->setText(QStringLiteral("short"));
    confirm->setText(QStringLiteral("short"));
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QLabel>(dialog, "strengthLabel")->text().startsWith(QStringLiteral("Too short")));

    passphrase->setText(kGood);
    confirm->setText(kGood);
    QVERIFY(create->isEnabled());
    QVERIFY(!message->isVisible());
}

void TestProfileDialogs::setupCreatesProfile()
{
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    ProfileSetupDialog dialog(profileDir);
    dialog.setKdfParamsForTesting(KdfParams::fastForTests());
    dialog.show();
    auto *passphrase = child<QLineEdit>(dialog, "passphrase");
    auto *confirm = child<QLineEdit>(dialog, "confirm");
    QTest::keyClicks(passphrase, kGood);
    QTest::keyClicks(confirm, kGood);
    QTest::mouseClick(child<QPushButton>(dialog, "create"), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(confirm->text().isEmpty());
    QVERIFY(Profile::exists(profileDir));
    auto profile = dialog.takeProfile();
    QVERIFY(profile);
    profile.reset(); // releases the folder lock

    // The passphrase typed in the dialog opens the profile.
    QVERIFY(Profile::open(profileDir, test::passphrase("correct horse battery staple")));
}

void TestProfileDialogs::setupReportsExistingProfile()
{
    QTemporaryDir dir;
    Profile::create(dir.path(), test::passphrase("another good passphrase"),
                    KdfParams::fastForTests());
    ProfileSetupDialog dialog(dir.path());
    dialog.setKdfParamsForTesting(KdfParams::fastForTests());
    dialog.show();
    child<QLineEdit>(dialog, "passphrase")->setText(kGood);
    child<QLineEdit>(dialog, "confirm")->setText(kGood);
    child<QPushButton>(dialog, "create")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeProfile());
    QVERIFY(child<QLabel>(dialog, "message")
                ->text()
                .startsWith(QStringLiteral("A profile already exists")));
}

void TestProfileDialogs::unlockWrongPassphraseStaysOpen()
{
    QTemporaryDir dir;
    Profile::create(dir.path(), test::passphrase("correct horse battery staple"),
                    KdfParams::fastForTests());

    UnlockDialog dialog(dir.path());
    dialog.show();
    auto *passphrase = child<QLineEdit>(dialog, "passphrase");
    auto *unlock = child<QPushButton>(dialog, "unlock");
    auto *message = child<QLabel>(dialog, "message");
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(!unlock->isEnabled());

    QTest::keyClicks(passphrase, QStringLiteral("wrong horse battery staple"));
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Wrong passphrase. Try again."));
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(!dialog.takeProfile());

    // Typing again clears the message; the right passphrase opens the profile.
    QTest::keyClicks(passphrase, kGood);
    QVERIFY(!message->isVisible());
    QTest::keyClick(passphrase, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(dialog.takeProfile());
}

namespace {
// A key as the keyboard would send it: the letter's text in the case it comes out, and the
// Shift key's state (what CapsLockWarning reads).
void typeKey(QWidget *target, QChar letter, bool shift)
{
    const auto key = Qt::Key(letter.toUpper().unicode());
    const Qt::KeyboardModifiers modifiers = shift ? Qt::ShiftModifier : Qt::NoModifier;
    QKeyEvent press(QEvent::KeyPress, key, modifiers, QString(letter));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, QString(letter));
    QApplication::sendEvent(target, &release);
}

void pressCapsLock(QWidget *target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_CapsLock, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
}

void focus(QDialog &dialog, QLineEdit *field)
{
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
}
} // namespace

void TestProfileDialogs::cleanup()
{
    Translator::instance().apply(Translator::Language::English);
    ChangePassphraseDialog::setKdfParamsForTesting(std::nullopt);
}

// Caps Lock, read from the keys typed: an upper-case letter without Shift (or a lower-case one
// with it) turns the warning on; a letter whose case agrees with Shift, or the Caps Lock key,
// turns it off. In every passphrase field, in both languages.
void TestProfileDialogs::capsLockWarning()
{
    QTemporaryDir dir;
    Profile::create(dir.path(), test::passphrase("correct horse battery staple"),
                    KdfParams::fastForTests());
    UnlockDialog unlock(dir.path());
    auto *field = child<QLineEdit>(unlock, "passphrase");
    auto *warning = child<CapsLockWarning>(unlock, "capsLockWarning");
    focus(unlock, field);
    QVERIFY(!warning->isVisible()); // nothing typed: nothing known
    typeKey(field, QLatin1Char('a'), false);
    QVERIFY(!warning->isVisible());
    typeKey(field, QLatin1Char('4'), false); // no case: says nothing
    QVERIFY(!warning->isVisible());
    typeKey(field, QLatin1Char('B'), false);
    QVERIFY(warning->capsLockOn());
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             QStringLiteral("Caps Lock is on: the passphrase may be typed in capitals."));
    typeKey(field, QLatin1Char('c'), true); // Shift with Caps Lock gives lower case
    QVERIFY(warning->isVisible());
    QCOMPARE(field->text(), QStringLiteral("a4Bc"));
    pressCapsLock(field);
    QVERIFY(!warning->isVisible());
    typeKey(field, QLatin1Char('D'), true); // Shift, no Caps Lock: upper case, all is well
    QVERIFY(!warning->isVisible());
    pressCapsLock(field);
    QVERIFY(warning->isVisible());
    Translator::instance().apply(Translator::Language::French);
    QTRY_COMPARE(
        warning->text(),
        QStringLiteral("Le verrouillage des majuscules est activé\u00a0: la phrase de passe "
                       "risque d’être tapée en majuscules."));
    // Elsewhere than in a passphrase field, the warning goes.
    auto *other = new QLineEdit(&unlock);
    other->show();
    other->setFocus();
    QTRY_VERIFY(!warning->isVisible());
    Translator::instance().apply(Translator::Language::English);

    // The first run watches both of its fields, the change of passphrase all three.
    ProfileSetupDialog setup(dir.filePath(QStringLiteral("new")));
    auto *confirm = child<QLineEdit>(setup, "confirm");
    focus(setup, confirm);
    typeKey(confirm, QLatin1Char('Q'), false);
    QVERIFY(child<CapsLockWarning>(setup, "capsLockWarning")->isVisible());

    auto profile = Profile::open(dir.path(), test::passphrase("correct horse battery staple"));
    ChangePassphraseDialog change(*profile);
    auto *current = child<QLineEdit>(change, "currentPassphrase");
    auto *next = child<QLineEdit>(change, "newPassphrase");
    auto *changeWarning = child<CapsLockWarning>(change, "capsLockWarning");
    focus(change, current);
    typeKey(current, QLatin1Char('x'), true);
    QVERIFY(changeWarning->isVisible());
    next->setFocus();
    QTRY_VERIFY(next->hasFocus());
    QVERIFY(changeWarning->isVisible()); // still on, in the next field too
    typeKey(next, QLatin1Char('y'), false);
    QVERIFY(!changeWarning->isVisible());
}

// The unlock dialog says whose profile it is (from profile.json, readable without the key),
// not where it is on disk; the folder is in the tooltip only.
void TestProfileDialogs::unlockNamesTheAnalyst()
{
    QTemporaryDir dir;
    {
        auto profile = Profile::create(dir.path(), test::passphrase("correct horse battery staple"),
                                       KdfParams::fastForTests());
        UnlockDialog before(dir.path());
        const QString text = child<QLabel>(before, "intro")->text();
        QCOMPARE(text, QStringLiteral("Enter the passphrase of your Liaison profile."));
        profile->setHolder({QStringLiteral("Marie Tremblay"), QStringLiteral("CCIRC")});
    }
    UnlockDialog dialog(dir.path());
    auto *intro = child<QLabel>(dialog, "intro");
    QCOMPARE(intro->text(),
             QStringLiteral("Enter the passphrase of the profile of Marie Tremblay, CCIRC."));
    QVERIFY(!intro->text().contains(QDir::toNativeSeparators(dir.path())));
    QVERIFY(intro->toolTip().contains(QDir::toNativeSeparators(dir.path())));
    dialog.setLocked(15);
    QVERIFY(intro->text().startsWith(QLatin1String("Liaison locked itself after 15 minutes")));
    QVERIFY(intro->text().contains(QLatin1String("Marie Tremblay, CCIRC")));
    Translator::instance().apply(Translator::Language::French);
    QTRY_VERIFY(intro->text().contains(QStringLiteral("de Marie Tremblay, CCIRC")));
    QVERIFY(intro->text().startsWith(QStringLiteral("Liaison s’est verrouillé")));
}

// Started with an enrolment code (liaison --hub … --enrol-code-file, as scripts/run.sh does),
// the first-run dialog says the hub is prepared instead of asking for it.
void TestProfileDialogs::setupSaysTheHubIsPrepared()
{
    QTemporaryDir dir;
    ProfileSetupDialog dialog(dir.filePath(QStringLiteral("profile")));
    dialog.show();
    QVERIFY(dialog.hubForm()->isVisible());
    dialog.setPreparedHub(QUrl(QStringLiteral("wss://127.0.0.1:8443")));
    QVERIFY(!dialog.hubForm()->isVisible());
    QVERIFY(!dialog.enrolment()); // main() enrols from the code file, not from the form
    const auto labels = dialog.findChildren<QLabel *>();
    const auto says = [&](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *l) { return l->text().contains(text); });
    };
    QVERIFY(says(QStringLiteral("Your hub is already prepared for you")));
    QVERIFY(says(QStringLiteral("wss://127.0.0.1:8443")));
    Translator::instance().apply(Translator::Language::French);
    QTRY_VERIFY(says(QStringLiteral("Votre concentrateur est déjà préparé pour vous")));
}

// Settings -> Change passphrase: the current one is checked, the new one follows the first
// run's rules, and afterwards only the new one opens the profile.
void TestProfileDialogs::changePassphrase()
{
    QTemporaryDir dir;
    const QString oldPassphrase = QStringLiteral("correct horse battery staple");
    const QString newPassphrase = QStringLiteral("purple lantern under nine bridges");
    auto profile = Profile::create(dir.path(), test::passphrase("correct horse battery staple"),
                                   KdfParams::fastForTests());
    profile->setHolder({QStringLiteral("Marie Tremblay"), QStringLiteral("CCIRC")});
    ChangePassphraseDialog::setKdfParamsForTesting(KdfParams::fastForTests());
    ChangePassphraseDialog dialog(*profile);
    dialog.show();
    auto *current = child<QLineEdit>(dialog, "currentPassphrase");
    auto *next = child<QLineEdit>(dialog, "newPassphrase");
    auto *confirm = child<QLineEdit>(dialog, "confirmPassphrase");
    auto *change = child<QPushButton>(dialog, "change");
    auto *message = child<QLabel>(dialog, "message");
    for (QLineEdit *field : {current, next, confirm})
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!change->isEnabled());

    current->setText(oldPassphrase);
    next->setText(QStringLiteral("short"));
    confirm->setText(QStringLiteral("short"));
    QVERIFY(!change->isEnabled());
    QVERIFY(child<QLabel>(dialog, "strengthLabel")->text().startsWith(QLatin1String("Too short")));
    next->setText(QStringLiteral("aaaaaaaaaaaaaaaa"));
    confirm->setText(QStringLiteral("aaaaaaaaaaaaaaaa"));
    QVERIFY(!change->isEnabled());
    QCOMPARE(message->text(),
             QStringLiteral("This passphrase is too easy to guess. Add more words or characters."));
    next->setText(newPassphrase);
    confirm->setText(newPassphrase.chopped(1));
    QVERIFY(!change->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("The passphrases do not match."));
    confirm->setText(newPassphrase);
    QVERIFY(change->isEnabled());

    // A wrong current passphrase: said, nothing changed, the fields emptied.
    current->setText(QStringLiteral("not the passphrase at all"));
    change->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("The current passphrase is wrong. Nothing was changed."));
    QVERIFY(current->text().isEmpty() && next->text().isEmpty() && confirm->text().isEmpty());
    Translator::instance().apply(Translator::Language::French);
    QTRY_COMPARE(message->text(),
                 QStringLiteral("La phrase de passe actuelle est erronée. Rien n’a été changé."));
    Translator::instance().apply(Translator::Language::English);

    QTest::keyClicks(current, oldPassphrase);
    QTest::keyClicks(next, newPassphrase);
    QTest::keyClicks(confirm, newPassphrase);
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The profile stays usable, and says whose it is.
    QCOMPARE(profile->db().scalarInt("SELECT count(*) FROM meta") > 0, true);
    profile.reset();
    QCOMPARE(Profile::readHolder(dir.path()).analyst, QStringLiteral("Marie Tremblay"));
    QVERIFY_THROWS_EXCEPTION(
        ProfileError, Profile::open(dir.path(), test::passphrase("correct horse battery staple")));
    QVERIFY(Profile::open(dir.path(), test::passphrase("purple lantern under nine bridges")));
}

// What Settings shows to compare by eye: the device id in groups of four, the hub's
// certificate fingerprint in lines of eight pairs.
void TestProfileDialogs::fingerprintGroups()
{
    QCOMPARE(HubEnrolForm::groupedHex(QStringLiteral("3f9a1c22ab0177de")),
             QStringLiteral("3f9a 1c22 ab01 77de"));
    QStringList pairs;
    for (int i = 0; i < 32; ++i)
        pairs << QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0')).toUpper();
    const QStringList lines = HubEnrolForm::fingerprintLines(pairs.join(QLatin1Char(':')));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QStringLiteral("00 01 02 03 04 05 06 07"));
    QCOMPARE(lines.last(), QStringLiteral("18 19 1A 1B 1C 1D 1E 1F"));
}

QTEST_MAIN(TestProfileDialogs)
#include "tst_profiledialogs.moc"
