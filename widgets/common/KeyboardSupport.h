#pragma once

class QWidget;

namespace liaison {

// A tab's mnemonic (Alt+letter) moves the focus into that tab's page, not only to the tab, in
// every tab widget of the app (one filter on the application, installed once).
void installTabMnemonicFocus();

// Gives the focus to the first control of `page` in tab order (its main action, as each page
// and dialog puts it first). False when it has none.
bool focusFirstIn(QWidget *page);

// Names each field after its label ("&Name:" -> "Name") where Qt's accessibility would not:
// item views, and fields whose label is not their sibling (a field inside a row widget). Keeps
// a name set otherwise; call it again after a language change.
void nameFieldsByTheirLabels(QWidget *root);

} // namespace liaison
