#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
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

class Probe final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window()->isVisible()) {
            m_seen = true;
            // After the whole window has painted and been flushed: the next turn of the loop.
            QTimer::singleShot(0, this, [] {
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                std::printf("painted %.2f %ld\n",
                            milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime),
                            peakResidentKib());
                std::fflush(stdout);
                _exit(0); // nothing after the first paint is measured
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

void FirstPaintProbe::install() {
    QCoreApplication::instance()->installEventFilter(new Probe(QCoreApplication::instance()));
}
