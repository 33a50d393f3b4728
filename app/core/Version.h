#pragma once

namespace liaison {
inline constexpr char kVersion[] = "0.1.0";
inline constexpr char kOrganisation[] = "Liaison";
inline constexpr char kApplication[] = "Liaison";
} // namespace liaison
