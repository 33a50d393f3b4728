#include "ShortcutsDialog.h"

#include "widgets/common/Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liaison {

namespace {

// "&New incident…" -> "New incident"
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

QString keys(const QList<QKeySequence> &sequences)
{
    QStringList out;
    for (const QKeySequence &k : sequences) {
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    }
    //: Separates two shortcuts of one action
    return out.join(ShortcutsDialog::tr(", "));
}

class Collector
{
public:
    explicit Collector(QTreeWidget *tree)
        : m_tree(tree)
    { }

    void add(const QString &group, const QString &name, const QString &shortcut)
    {
        if (name.isEmpty() || shortcut.isEmpty())
            return;
        const QString key = group + QLatin1Char('\t') + name + QLatin1Char('\t') + shortcut;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        QTreeWidgetItem *parent = m_groups.value(group);
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {group});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
            m_groups.insert(group, parent);
        }
        auto *item = new QTreeWidgetItem(parent, {name, shortcut});
        item->setData(0, Qt::AccessibleTextRole, name);
        item->setData(1, Qt::AccessibleTextRole, shortcut);
    }

    void addAction(const QString &group, const QAction *action)
    {
        if (!action || action->isSeparator() || !action->isVisible())
            return;
        if (m_actions.contains(action))
            return;
        const QString shortcut = keys(action->shortcuts());
        if (shortcut.isEmpty())
            return;
        m_actions.insert(action);
        add(group, plain(action->text()), shortcut);
    }

    void addMenu(const QMenu *menu)
    {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                addMenu(action->menu());
            else
                addAction(plain(menu->title()), action);
        }
    }

    // A window: its menus, then its other actions, shortcuts and buttons.
    void addWindow(QWidget *window, const QString &group)
    {
        for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
            for (const QAction *action : bar->actions()) {
                if (action->menu())
                    addMenu(action->menu());
            }
        }
        for (const QAction *action : window->findChildren<QAction *>())
            addAction(group, action);
        for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            if (shortcut->isEnabled())
                add(group, plain(shortcut->whatsThis()), keys(shortcut->keys()));
        }
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (qobject_cast<const QMenu *>(button->parentWidget()))
                continue;
            // A mnemonic (Alt+letter) is said once for all, under "Everywhere".
            if (button->shortcut() == QKeySequence::mnemonic(button->text()))
                continue;
            add(group, plain(button->text()), keys({button->shortcut()}));
        }
    }

private:
    QTreeWidget *m_tree;
    QHash<QString, QTreeWidgetItem *> m_groups;
    QSet<QString> m_seen;
    QSet<const QAction *> m_actions;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent ? parent : window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcuts"));
    m_tree->setColumnCount(2);
    //: Column of the keyboard shortcuts list
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Every shortcut of Liaison, grouped by menu and window."));

    Collector collect(m_tree);
    if (window)
        collect.addWindow(window, window->windowTitle());
    // The other windows open now (incident windows are top-level windows of their own).
    for (QWidget *other : QApplication::topLevelWidgets()) {
        if (other == window || other == this || !other->isVisible() || qobject_cast<QMenu *>(other))
            continue;
        collect.addWindow(other, other->windowTitle());
    }
    // Keys that belong to a field or view rather than to an action.
    //: Group of the keyboard shortcuts list
    const QString anywhere = tr("Everywhere");
    //: In the keyboard shortcuts list: Alt with a control's underlined letter
    collect.add(anywhere, tr("Go to the control with that underlined letter"), tr("Alt+letter"));
    collect.add(anywhere, tr("Next or previous control"),
                keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}));
    collect.add(anywhere, tr("Open the selected incident, card or event"),
                keys({QKeySequence(Qt::Key_Return)}));
    //: Group of the keyboard shortcuts list: the message box of the Chat page
    const QString composer = tr("Chat message box");
    collect.add(composer, tr("Send the message"), keys({QKeySequence(Qt::Key_Return)}));
    collect.add(composer, tr("New line"), keys({QKeySequence(Qt::SHIFT | Qt::Key_Return)}));
    collect.add(composer, tr("Edit your last message"), keys({QKeySequence(Qt::Key_Up)}));
    collect.add(composer, tr("Cancel the reply or edit"), keys({QKeySequence(Qt::Key_Escape)}));
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    m_tree->setFocus();
}

QStringList ShortcutsDialog::rows() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << group->text(0) + QLatin1Char('\t') + group->child(i)->text(0) + QLatin1Char('\t')
                    + group->child(i)->text(1);
    }
    return out;
}

} // namespace liaison
