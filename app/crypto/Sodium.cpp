#include "crypto/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace liaison {

void ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace liaison
