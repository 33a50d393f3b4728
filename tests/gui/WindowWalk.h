#pragma once

// Walks a window as its user can see it: the window as opened, then each page of every stacked
// widget (tab widgets through their tabs) in turn, each stack above it showing the page that
// holds it; puts every stack back as it was. Pages added later are covered without naming them.
// Used by the checks that run over every window (tst_mnemonics, tst_accessibility, tst_shell),
// with each language in turn and a profile enrolled as an analyst of CCIRC.
#include "TestSupport.h"
#include "widgets/common/Translator.h"

#include "storage/Profile.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QString>
#include <QTabWidget>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace liaison::test {

inline void walkPages(QWidget *window, const std::function<void(const QString &state)> &visit)
{
    visit(QStringLiteral("as opened"));
    const QList<QStackedWidget *> stacks = window->findChildren<QStackedWidget *>();
    std::vector<std::pair<QStackedWidget *, int>> saved;
    for (QStackedWidget *stack : stacks)
        saved.emplace_back(stack, stack->currentIndex());
    const auto setPage = [](QStackedWidget *stack, int index) {
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentIndex(index);
        else
            stack->setCurrentIndex(index);
    };
    for (QStackedWidget *stack : stacks) {
        for (QWidget *child = stack; child && child != window; child = child->parentWidget()) {
            auto *above = qobject_cast<QStackedWidget *>(child->parentWidget());
            if (above && above->indexOf(child) >= 0)
                setPage(above, above->indexOf(child));
        }
        for (int i = 0; i < stack->count(); ++i) {
            setPage(stack, i);
            QCoreApplication::processEvents();
            const QString page = stack->widget(i)->objectName();
            visit(QStringLiteral("%1 page %2%3")
                      .arg(stack->objectName())
                      .arg(i)
                      .arg(page.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(page)));
        }
        for (auto it = saved.rbegin(); it != saved.rend(); ++it)
            setPage(it->first, it->second);
    }
}

// Runs `check` in English then in French ("en", "fr"), and goes back to English.
inline void eachLanguage(const std::function<void(const QString &language)> &check)
{
    using liaison::Translator;
    for (const auto &[language, name] : {std::pair {Translator::Language::English, "en"},
                                         std::pair {Translator::Language::French, "fr"}}) {
        Translator::instance().apply(language);
        QCoreApplication::processEvents(); // the language change is a posted event
        check(QLatin1String(name));
    }
    Translator::instance().apply(Translator::Language::English);
    QCoreApplication::processEvents();
}

// A new profile in `dir` (fast key derivation), enrolled as marie of CCIRC.
inline std::unique_ptr<liaison::Workspace>
enrolledWorkspace(const QTemporaryDir &dir, const liaison::Clock &clock, const char *passphrase)
{
    auto profile = liaison::Profile::create(
        dir.filePath(QString::number(QRandomGenerator::global()->generate())),
        test::passphrase(passphrase), liaison::KdfParams::fastForTests());
    auto context = std::make_unique<liaison::Workspace>(std::move(profile), clock);
    context->opLog().setEnrolment(QStringLiteral("marie"), QStringLiteral("CCIRC"));
    return context;
}

} // namespace liaison::test
