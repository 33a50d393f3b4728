#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QWidget>

class QLabel;
class QProgressBar;

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
    // Why a new passphrase and its confirmation cannot be used yet (translated; empty when
    // they can, or when nothing is worth saying yet): the first-run dialog and the change in
    // Settings ask the same.
    static QString problem(const QString &passphrase, const QString &confirm);
    // True when a new passphrase and its confirmation may protect a profile.
    static bool acceptable(const QString &passphrase, const QString &confirm);

private:
    Level m_level = TooShort;
    double m_bits = 0;
    int m_length = 0;
};

// The strength of the passphrase being typed: a bar and its label (empty while nothing is typed).
class PassphraseMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseMeter(QWidget *parent = nullptr);
    void setPassphrase(const QString &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    PassphraseStrength::Level m_level = PassphraseStrength::TooShort;
    bool m_empty = true;
    void refresh();
};

} // namespace liaison
