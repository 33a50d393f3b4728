#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcDb, "liaison.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "liaison.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "liaison.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "liaison.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "liaison.ui", QtInfoMsg)
