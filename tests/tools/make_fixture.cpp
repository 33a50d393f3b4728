// Makes a profile at an older schema version for tests/data (tst_profile migrates it).
// Usage: liaison-make-fixture DIR SCHEMA_VERSION
#include "TestSupport.h"

#include "core/Clock.h"
#include "services/IncidentService.h"
#include "storage/Profile.h"
#include "sync/OpLog.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace liaison;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: liaison-make-fixture DIR SCHEMA_VERSION\n";
        return 2;
    }
    Profile::setCreateSchemaVersionForTesting(args[2].toInt());
    auto profile = Profile::create(args[1], test::passphrase("fixture passphrase"),
                                   KdfParams::fastForTests());
    OpLog log(profile->db());
    log.setEnrolment(QStringLiteral("fixture-analyst"), QStringLiteral("CCIRC"));
    IncidentService incidents(log);
    const QString id = incidents.createIncident({QStringLiteral("Fixture incident"),
                                                 QStringLiteral("Made by make_fixture"),
                                                 Severity::High,
                                                 Tlp::Amber,
                                                 QStringLiteral("amber"),
                                                 {}});
    incidents.addIndicator(id, IndicatorType::Domain, QStringLiteral("phish.example.org"));
    profile->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return 0;
}
