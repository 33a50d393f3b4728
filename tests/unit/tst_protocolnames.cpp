// The names of sync/Protocol.h (frame types, error codes, rejection codes, blob refusal codes)
// against the tables of docs/PROTOCOL.md §5 and §9, both ways: every name the hub and the client
// use is documented, and every documented name is one they use. The rejection codes also keep the
// document's order (the order the hub checks them in).
#include "sync/Protocol.h"

#include <QtTest>

#include <QFile>
#include <QRegularExpression>

using namespace liaison;

namespace {

QString protocolText()
{
    QFile file(QStringLiteral(LIAISON_SOURCE_DIR "/docs/PROTOCOL.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The lines of the section that starts with the heading `heading`, up to the next heading.
QStringList section(const QString &text, const QString &heading)
{
    QStringList out;
    bool inside = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("#"))) {
            if (inside)
                break;
            inside = line == heading;
            continue;
        }
        if (inside)
            out << line;
    }
    return out;
}

// The names in one column of each table row whose cell holds only names in backquotes
// ("| `name` | ..." or "| `a`, `b`, `c` | ...").
QStringList firstColumn(const QStringList &lines, int column = 0)
{
    QStringList out;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("| ")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < column + 3)
            continue;
        static const QRegularExpression names(
            QStringLiteral("^\\s*`[a-z+-]+`(\\s*,\\s*`[a-z+-]+`)*\\s*$"));
        const QString cell = cells.at(column + 1);
        if (!names.match(cell).hasMatch())
            continue;
        static const QRegularExpression name(QStringLiteral("`([a-z+-]+)`"));
        for (auto it = name.globalMatch(cell); it.hasNext();)
            out << it.next().captured(1);
    }
    return out;
}

template<std::size_t N>
QStringList names(const char *const (&list)[N])
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

class TestProtocolNames : public QObject
{
    Q_OBJECT

    QString m_text;

private slots:
    void initTestCase()
    {
        m_text = protocolText();
        QVERIFY2(!m_text.isEmpty(), "docs/PROTOCOL.md not found");
    }

    void rejectionCodesAreTheDocumentedOnesInOrder()
    {
        const QStringList documented
            = firstColumn(section(m_text,
                                  QStringLiteral("### Checks on a pushed op (rejection "
                                                 "codes in `ack`)")));
        QVERIFY(documented.size() > 10);
        QCOMPARE(names(protocol::kRejectionCodes), documented);
    }

    void errorCodesAreTheDocumentedOnes()
    {
        const QStringList documented
            = firstColumn(section(m_text, QStringLiteral("### Errors (frame `error`)")));
        QVERIFY(documented.size() > 10);
        QCOMPARE(sortedUnique(names(protocol::kErrorCodes)), sortedUnique(documented));
        QCOMPARE(names(protocol::kErrorCodes).size(), documented.size());
    }

    void frameTypesAreTheDocumentedOnes()
    {
        // "| hub → client | `hello` | members | when |": rows with a direction (not the
        // header), the types in the second column; §5's table and §9.2's.
        QStringList rows = section(m_text, QStringLiteral("### Frames"))
            + section(m_text, QStringLiteral("### 9.2 Frames"));
        rows = rows.filter(
            QRegularExpression(QStringLiteral("^\\| (hub → client|client → hub|both) \\|")));
        const QStringList documented = firstColumn(rows, 1);
        QVERIFY(documented.size() > 10);
        QCOMPARE(sortedUnique(names(protocol::kFrameTypes)), sortedUnique(documented));
    }

    void blobRefusalCodesAreTheDocumentedOnes()
    {
        const QStringList documented
            = firstColumn(section(m_text, QStringLiteral("### 9.2 Frames")));
        QVERIFY(documented.size() >= 5);
        QCOMPARE(names(protocol::kBlobRefusalCodes), documented);
    }

    void versionIsTheDocumentedOne()
    {
        QVERIFY(m_text.contains(
            QStringLiteral("## 5. Session (protocol version %1)").arg(protocol::kVersion)));
        QVERIFY(m_text.contains(QStringLiteral("`%1` + newline")
                                    .arg(QString::fromLatin1(protocol::kAuthContext).trimmed())));
    }
};

QTEST_GUILESS_MAIN(TestProtocolNames)
#include "tst_protocolnames.moc"
