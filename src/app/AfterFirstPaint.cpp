#include "app/AfterFirstPaint.h"

#include <QEvent>
#include <QWidget>

namespace {

// Longer than any first frame, short enough that nobody waits for a key behind it.
constexpr int latestMs = 500;

} // namespace

void AfterFirstPaint::run(QWidget &window, std::function<void()> work) {
    auto *waiter = new AfterFirstPaint(window, std::move(work));
    if (!window.isVisible() || window.isMinimized())
        waiter->finish();
}

AfterFirstPaint::AfterFirstPaint(QWidget &window, std::function<void()> work)
    : QObject(&window)
    , m_work(std::move(work)) {
    window.installEventFilter(this);
    m_latest.setSingleShot(true);
    connect(&m_latest, &QTimer::timeout, this, &AfterFirstPaint::finish);
    m_latest.start(latestMs);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Paint)
        finish();
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::finish() {
    if (m_finishing)
        return;
    m_finishing = true;
    m_latest.stop();
    parent()->removeEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        m_work();
        deleteLater();
    });
}
