#include "TestSupport.h"

#include <cstring>

namespace liaison::test {

SecureBuffer passphrase(const char *text)
{
    return SecureBuffer::fromUtf8(text, std::strlen(text));
}

TestReplica::TestReplica(const QString &analyst, const QString &centre, const Clock &clock)
{
    profile = Profile::create(dir.path(), passphrase("correct horse battery staple"),
                              KdfParams::fastForTests());
    log = std::make_unique<OpLog>(profile->db(), clock);
    log->setEnrolment(analyst, centre);
}

} // namespace liaison::test
