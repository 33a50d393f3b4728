#include "cli/HolidayCommands.h"

#include "domain/Holidays.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

namespace liaison::cli {

namespace {

// "en" or "fr": --lang, else the desktop's saved choice (Settings), else the system's language.
bool frenchOutput(const Options &opts)
{
    const QString lang = opts.value(QStringLiteral("--lang"));
    if (opts.has(QStringLiteral("--lang"))) {
        if (lang != QLatin1String("en") && lang != QLatin1String("fr"))
            opts.fail(QStringLiteral("--lang takes en or fr, not '%1'").arg(lang));
        return lang == QLatin1String("fr");
    }
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1String("en") || saved == QLatin1String("fr"))
        return saved == QLatin1String("fr");
    return QLocale::system().language() == QLocale::French;
}

// One JSON string, escaped as QJsonDocument does.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

Exit commandHolidays(const QStringList &args)
{
    const QString json = QStringLiteral("--json");
    const QString regionOption = QStringLiteral("--region");
    const Options opts(args.mid(1), QStringLiteral("holidays"),
                       {QStringLiteral("--country"), regionOption, QStringLiteral("--year"),
                        QStringLiteral("--lang")},
                       {json});
    Country country {};
    const QString code = opts.required(QStringLiteral("--country"));
    if (!parseCountry(code, &country))
        opts.fail(QStringLiteral("--country takes CA or US, not '%1'").arg(code));
    bool isNumber = false;
    const QString yearText = opts.required(QStringLiteral("--year"));
    const int year = yearText.toInt(&isNumber);
    if (!isNumber)
        opts.fail(QStringLiteral("--year takes a year such as 2025, not '%1'").arg(yearText));
    const QString region = opts.value(regionOption).trimmed().toUpper();
    if (opts.has(regionOption) && !holidayRegions(country).contains(region))
        opts.fail(
            QStringLiteral("--region '%1': ").arg(opts.value(regionOption))
            + holidayRefusal(ValidationError(QStringLiteral("region"), QStringLiteral("unknown")),
                             country));
    const bool french = frenchOutput(opts);
    QList<Holiday> list;
    try {
        list = holidays(country, region, year);
    } catch (const ValidationError &e) {
        throw Failure(Exit::InvalidInput,
                      QStringLiteral("invalid input: %1 (%2): %3")
                          .arg(e.field(), e.code(), holidayRefusal(e, country)));
    }
    if (opts.has(json)) {
        // Members in the documented order (QJsonObject would sort them).
        QByteArray text = "[";
        for (const Holiday &h : list) {
            if (text.size() > 1)
                text += ",\n ";
            text += "{\"date\":" + jsonString(h.date.toString(Qt::ISODate))
                + ",\"observed\":" + jsonString(h.observed.toString(Qt::ISODate))
                + ",\"name_en\":" + jsonString(h.nameEn) + ",\"name_fr\":" + jsonString(h.nameFr)
                + ",\"key\":" + jsonString(h.key) + ",\"region\":" + jsonString(h.region) + "}";
        }
        text += "]\n";
        out() << QString::fromUtf8(text);
        out().flush();
        return Exit::Done;
    }
    // A table in the interface language; the holidays' names are data in both languages, so
    // the three column titles are given here in both too (liaison-cli loads no translation).
    const QLocale locale(french ? QLocale::French : QLocale::English, QLocale::Canada);
    const auto day = [&](const QDate &d) {
        return locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
            + d.toString(Qt::ISODate);
    };
    qsizetype width = 0;
    for (const Holiday &h : list)
        width = std::max({width, day(h.observed).size(), day(h.date).size()});
    const QString observedTitle
        = french ? QStringLiteral("Jour observé") : QStringLiteral("Observed");
    width = std::max(width, observedTitle.size());
    out() << observedTitle.leftJustified(width + 2)
          << QStringLiteral("Date").leftJustified(width + 2)
          << (french ? QStringLiteral("Jour férié") : QStringLiteral("Holiday")) << "\n";
    for (const Holiday &h : list) {
        out() << day(h.observed).leftJustified(width + 2) << day(h.date).leftJustified(width + 2)
              << (french ? h.nameFr : h.nameEn);
        if (!h.region.isEmpty())
            out() << " [" << h.region << "]";
        out() << "\n";
    }
    return Exit::Done;
}

} // namespace liaison::cli
