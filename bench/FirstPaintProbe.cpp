#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

double milliseconds(const timeval &time) {
    return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
}

// The process's peak resident memory, as the kernel counts it (VmHWM).
long peakResidentKib() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

// Prints what the process has cost so far once the paint in progress has been flushed, and exits
// when nothing more is to be reported. Posted at high priority, so that it comes right after this
// frame, ahead of work the frame itself queued (the dashboard makes its chart after its first
// frame): that work belongs to no frame measured here.
class Report final : public QEvent {
public:
    Report(const char *what, bool thenExit)
        : QEvent(QEvent::User)
        , what(what)
        , thenExit(thenExit) {}
    const char *what;
    bool thenExit;
};

class Reporter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool event(QEvent *event) override {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        const auto *report = static_cast<const Report *>(event);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("%s %.2f %ld\n", report->what,
                    milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime), peakResidentKib());
        std::fflush(stdout);
        if (report->thenExit)
            _exit(0); // nothing after the last report is measured
        return true;
    }
};

void reportAfterThisPaint(const char *what, bool thenExit) {
    static auto *reporter = new Reporter(QCoreApplication::instance());
    QCoreApplication::postEvent(reporter, new Report(what, thenExit), Qt::HighEventPriority);
}

class Probe final : public QObject {
public:
    Probe(std::function<bool(const QWidget *)> showsFigures, QObject *parent)
        : QObject(parent)
        , m_showsFigures(std::move(showsFigures)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        const auto *widget = static_cast<QWidget *>(watched);
        if (!widget->window()->isVisible())
            return false;
        if (!m_painted) {
            m_painted = true;
            reportAfterThisPaint("painted", !m_showsFigures);
            m_done = !m_showsFigures;
        }
        if (!m_done && m_showsFigures(widget)) {
            m_done = true;
            reportAfterThisPaint("figures", true);
        }
        return false;
    }

private:
    std::function<bool(const QWidget *)> m_showsFigures;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace

void FirstPaintProbe::install(std::function<bool(const QWidget *)> showsFigures) {
    QCoreApplication::instance()->installEventFilter(
        new Probe(std::move(showsFigures), QCoreApplication::instance()));
}
