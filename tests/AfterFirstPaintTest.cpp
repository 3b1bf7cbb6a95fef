// Start-up work that waits for a window's first frame: after the window has painted when it is
// shown, at once (from the event loop) when it is not, and never for a window that went first.
#include "app/AfterFirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <memory>

namespace {

// Counts the paint events a widget receives.
class PaintCounter final : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class AfterFirstPaintTest final : public QObject {
    Q_OBJECT

private slots:
    void theWorkRunsOnceTheShownWindowHasPainted() {
        QWidget window;
        window.resize(200, 100);
        PaintCounter counter;
        window.installEventFilter(&counter);
        window.show();
        int paintsBefore = -1;
        int runs = 0;
        AfterFirstPaint::run(window, [&] {
            paintsBefore = counter.paints;
            ++runs;
        });
        QCOMPARE(runs, 0); // never within run()
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintsBefore >= 1);
        window.update();
        QTest::qWait(50);
        QCOMPARE(runs, 1); // once
    }

    void aWindowThatIsNotShownGetsItsWorkFromTheEventLoop() {
        QWidget window;
        int runs = 0;
        AfterFirstPaint::run(window, [&runs] { ++runs; });
        QCOMPARE(runs, 0);
        QTRY_COMPARE(runs, 1);
    }

    void aWindowThatGoesFirstTakesItsWorkWithIt() {
        auto window = std::make_unique<QWidget>();
        int runs = 0;
        AfterFirstPaint::run(*window, [&runs] { ++runs; });
        window.reset();
        QTest::qWait(600); // past the latest time the work would have run
        QCOMPARE(runs, 0);
    }
};

QTEST_MAIN(AfterFirstPaintTest)
#include "AfterFirstPaintTest.moc"
