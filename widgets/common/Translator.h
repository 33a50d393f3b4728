#pragma once

#include <QObject>

#include <memory>

class QComboBox;
class QTranslator;
class QWidget;

namespace liaison {

// Installs the interface language at runtime. Widgets retranslate themselves on
// QEvent::LanguageChange, so switching needs no restart.
class Translator : public QObject
{
    Q_OBJECT
public:
    enum class Language { System, English, French };
    Q_ENUM(Language)

    static Translator &instance();
    ~Translator() override;

    // Replaces the installed translators (ours from :/i18n and Qt's own qtbase_<lang>) and
    // sets the default QLocale (en_CA / fr_CA; the system locale for Language::System).
    void apply(Language language);
    Language current() const { return m_current; }
    // The language applied in practice: System resolved to English or French.
    Language effective() const { return m_effective; }
    QString currentLocaleName() const;

    Language saved() const; // QSettings "ui/language"
    void save(Language language);

signals:
    void languageChanged(liaison::Translator::Language language);

private:
    Translator();
    static Language resolve(Language language);

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    Language m_current = Language::System;
    Language m_effective = Language::English;
};

// A language chooser (System default, English, Français; each language named in its own
// language) that applies and saves the analyst's choice at once. The owner names the first
// item with retranslateLanguageCombo() from its retranslateUi().
QComboBox *createLanguageCombo(QWidget *parent);
void retranslateLanguageCombo(QComboBox *combo);

} // namespace liaison
