#pragma once

#include "sync/Presence.h"

#include <QIcon>
#include <QString>

namespace liaison::presence_ui {

// How presence looks wherever it shows (rail, header, pickers).
// "Online", "Away", "Offline" (translated).
QString stateText(Presence::State state);
// A small round mark in the state's colour: filled online, half filled away, an outline
// offline, so that it does not rest on colour alone.
QIcon stateIcon(Presence::State state);

} // namespace liaison::presence_ui
