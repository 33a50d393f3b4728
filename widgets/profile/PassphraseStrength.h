#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace liaison {

// A rough, offline estimate of how hard a passphrase is to guess: the size of the character
// classes it draws from, its length, and a penalty for repeated and sequential characters
// ("aaaa", "1234", "abcabc"). It is a guide for the user, not a guarantee.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PassphraseStrength)
public:
    enum Level { TooShort, Weak, Fair, Strong };

    static constexpr int kMinimumLength = 12; // in characters (code points)

    static PassphraseStrength evaluate(QStringView passphrase);

    Level level() const { return m_level; }
    double bits() const { return m_bits; }
    int length() const { return m_length; }
    // True when the passphrase may protect a profile: long enough and at least Fair.
    bool isAcceptable() const { return m_level >= Fair; }
    QString label() const { return label(m_level); }
    static QString label(Level level);

private:
    Level m_level = TooShort;
    double m_bits = 0;
    int m_length = 0;
};

} // namespace liaison
