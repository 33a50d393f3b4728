#pragma once

#include <QDialog>

class QTreeWidget;

namespace liaison {

// Help > Keyboard shortcuts: every shortcut of the app's windows as they are now, read from
// their actual QActions (menus first, by menu), QShortcuts and buttons, in the UI's language;
// then the keys of the text fields and views that have no action.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Every row as "group\taction\tshortcut" (for tests).
    QStringList rows() const;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace liaison
