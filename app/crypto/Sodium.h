#pragma once

namespace liaison {

// Initialises libsodium once (thread-safe); throws std::runtime_error if it cannot.
void ensureSodium();

} // namespace liaison
