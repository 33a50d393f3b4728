#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;
class QLabel;

namespace liaison {

// The main window's page list as a navigation rail: an icon per page with its name beside it,
// or the icons alone when collapsed (remembered in QSettings); a badge on a page for its unread
// items and mentions, and at the foot the changes waiting to sync. Keyboard: the list takes
// the arrows; Ctrl+1..4 (the View menu) reach a page from anywhere.
class NavigationRail : public QWidget
{
    Q_OBJECT
public:
    struct Page
    {
        QString icon; // a name under :/icons/nav/
        QString name; // translated
    };

    explicit NavigationRail(QWidget *parent = nullptr);

    void setPages(const QList<Page> &pages); // names again after a language change
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QString pageName(int index) const;

    // Unread items on a page and how many of them mention the analyst (0: no badge).
    void setBadge(int index, int unread, int mentions);
    int unread(int index) const;
    int mentions(int index) const;
    // Changes waiting in the outbox (0: hidden).
    void setPending(int pending);
    int pending() const { return m_pending; }

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

    QListWidget *list() const { return m_list; }
    QToolButton *collapseButton() const { return m_collapse; }
    QLabel *pendingLabel() const { return m_pendingLabel; }

    // The sentence a screen reader says after a page's name ("3 unread, 1 mentions you").
    QString badgeDescription(int index) const;

signals:
    void currentChanged(int index);
    void collapsedChanged(bool collapsed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshIcons();
    void updateWidth();

    QListWidget *m_list = nullptr;
    QToolButton *m_collapse = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QList<Page> m_pages;
    int m_pending = 0;
    bool m_collapsed = false;
};

} // namespace liaison
