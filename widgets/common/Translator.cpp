#include "Translator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace liaison {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "liaison.i18n")

constexpr char kSettingsKey[] = "ui/language";

QString settingsValue(Translator::Language language)
{
    switch (language) {
    case Translator::Language::English: return QStringLiteral("en");
    case Translator::Language::French: return QStringLiteral("fr");
    case Translator::Language::System: break;
    }
    return QStringLiteral("system");
}
} // namespace

Translator::Translator() = default;
Translator::~Translator() = default;

Translator &Translator::instance()
{
    static Translator translator;
    return translator;
}

Translator::Language Translator::resolve(Language language)
{
    if (language != Language::System)
        return language;
    return QLocale::system().language() == QLocale::French ? Language::French : Language::English;
}

void Translator::apply(Language language)
{
    m_current = language;
    m_effective = resolve(language);
    const bool french = m_effective == Language::French;
    const QString code = french ? QStringLiteral("fr") : QStringLiteral("en");

    // Locale first, so that widgets reformatting numbers and dates on LanguageChange see it.
    const QLocale system = QLocale::system();
    if (language == Language::System
        && system.language() == (french ? QLocale::French : QLocale::English))
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(french ? QLocale::French : QLocale::English, QLocale::Canada));

    for (auto *old : {m_app.get(), m_qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/liaison_") + code))
        QCoreApplication::installTranslator(m_app.get());
    else
        qCWarning(lcI18n) << "no translation for" << code;
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + code,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());

    emit languageChanged(language);
}

QString Translator::currentLocaleName() const
{
    return QLocale().name();
}

Translator::Language Translator::saved() const
{
    const QString value = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (value == QLatin1String("en"))
        return Language::English;
    if (value == QLatin1String("fr"))
        return Language::French;
    return Language::System;
}

void Translator::save(Language language)
{
    QSettings().setValue(QLatin1String(kSettingsKey), settingsValue(language));
}

QComboBox *createLanguageCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("language"));
    combo->addItem(QString(), int(Translator::Language::System));
    combo->addItem(QStringLiteral("English"), int(Translator::Language::English));
    combo->addItem(QStringLiteral("Français"), int(Translator::Language::French));
    combo->setCurrentIndex(combo->findData(int(Translator::instance().current())));
    QObject::connect(combo, &QComboBox::activated, combo, [combo] {
        const auto language = Translator::Language(combo->currentData().toInt());
        Translator::instance().apply(language);
        Translator::instance().save(language);
    });
    return combo;
}

void retranslateLanguageCombo(QComboBox *combo)
{
    combo->setItemText(0, Translator::tr("System default"));
}

} // namespace liaison
