#include "PassphraseStrength.h"

#include "crypto/SecureBuffer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QList>
#include <QProgressBar>

#include <cmath>

namespace liaison {

namespace {
constexpr double kWeakBelowBits = 50;
constexpr double kStrongFromBits = 80;
constexpr double kRepeatWeight = 0.25; // a character that repeats or continues a run

double entropyBits(const uint *chars, qsizetype n)
{
    if (n == 0)
        return 0;
    // A string made of one unit repeated ("abcabcabc") is worth the unit plus the count.
    for (qsizetype period = 1; period <= n / 2; ++period) {
        if (n % period != 0)
            continue;
        bool repeats = true;
        for (qsizetype i = period; i < n && repeats; ++i)
            repeats = chars[i] == chars[i - period];
        if (repeats)
            return entropyBits(chars, period) + std::log2(double(n / period));
    }

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    double effectiveLength = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uint c = chars[i];
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            symbol = true;
        else
            other = true;
        const bool continuesRun
            = i > 0 && (c == chars[i - 1] || c == chars[i - 1] + 1 || c + 1 == chars[i - 1]);
        effectiveLength += continuesRun ? kRepeatWeight : 1.0;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
        + (other ? 100 : 0);
    return effectiveLength * std::log2(double(pool));
}
} // namespace

PassphraseStrength PassphraseStrength::evaluate(QStringView passphrase)
{
    PassphraseStrength result;
    QList<uint> chars = passphrase.toUcs4();
    result.m_length = int(chars.size());
    result.m_bits = entropyBits(chars.constData(), chars.size());
    secureWipe(chars.data(), std::size_t(chars.size()) * sizeof(uint));
    if (result.m_length < kMinimumLength)
        result.m_level = TooShort;
    else if (result.m_bits < kWeakBelowBits)
        result.m_level = Weak;
    else if (result.m_bits < kStrongFromBits)
        result.m_level = Fair;
    else
        result.m_level = Strong;
    return result;
}

QString PassphraseStrength::label(Level level)
{
    switch (level) {
    case TooShort:
        //: Passphrase strength; %n is the minimum number of characters
        return tr("Too short: use at least %n characters", nullptr, kMinimumLength);
    case Weak:
        //: Passphrase strength
        return tr("Weak");
    case Fair:
        //: Passphrase strength
        return tr("Fair");
    case Strong:
        //: Passphrase strength
        return tr("Strong");
    }
    return {};
}

QString PassphraseStrength::problem(const QString &passphrase, const QString &confirm)
{
    if (!confirm.isEmpty() && passphrase != confirm)
        return tr("The passphrases do not match.");
    if (evaluate(passphrase).level() == Weak)
        return tr("This passphrase is too easy to guess. Add more words or characters.");
    return {};
}

bool PassphraseStrength::acceptable(const QString &passphrase, const QString &confirm)
{
    return passphrase == confirm && evaluate(passphrase).isAcceptable();
}

PassphraseMeter::PassphraseMeter(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, PassphraseStrength::Strong);
    m_bar->setTextVisible(false);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_label, 1);
    refresh();
}

void PassphraseMeter::setPassphrase(const QString &passphrase)
{
    m_empty = passphrase.isEmpty();
    m_level = PassphraseStrength::evaluate(passphrase).level();
    refresh();
}

void PassphraseMeter::refresh()
{
    m_bar->setValue(m_empty ? 0 : m_level);
    m_label->setText(m_empty ? QString() : PassphraseStrength::label(m_level));
    m_bar->setAccessibleName(PassphraseStrength::tr("Passphrase strength"));
}

void PassphraseMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace liaison
