#pragma once

#include <QTextStream>

#include <cstdio>

namespace liaison {

// Standard output and error of the command-line programs (liaison-hub, liaison-cli).
inline QTextStream &stdOut()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &stdErr()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace liaison
