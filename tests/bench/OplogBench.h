#pragma once

#include "sync/OpLog.h"

#include <QRandomGenerator>

#include <vector>

namespace liaison::bench {

struct Floor
{
    double perSecond = 0;
};

// The oplog benchmark's workload: 1 incident in 10 is new, the others edit a recent one.
// owner: the centre of the committing device (the hub refuses another owner_centre).
std::vector<Change> workload(int count, int offset, QRandomGenerator &rng,
                             const QString &owner = QStringLiteral("CCIRC"));
// A bare SQLCipher insert of rows the size of sample's ops, plus one Ed25519 sign (verify =
// false) or verify (true) per row: the floor the op log is compared with.
Floor measureFloor(const std::vector<Op> &sample, bool verify, int rows);

} // namespace liaison::bench
