#include "server/HubBlobs.h"

#include "core/Logging.h"

namespace liaison {

int HubBlobs::collectBlobs(const QDateTime &now)
{
    int removed = 0;
    transaction([&] { removed = removeStale(now.addSecs(-m_limits.unreferencedTtlSecs)); });
    if (removed)
        qCInfo(lcSync) << "removed" << removed << "unreferenced or unfinished blobs";
    return removed;
}

} // namespace liaison
