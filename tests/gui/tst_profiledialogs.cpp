#include "TestSupport.h"
#include "widgets/common/Translator.h"
#include "widgets/profile/PassphraseStrength.h"
#include "widgets/profile/ProfileSetupDialog.h"
#include "widgets/profile/UnlockDialog.h"

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

QTEST_MAIN(TestProfileDialogs)
#include "tst_profiledialogs.moc"
