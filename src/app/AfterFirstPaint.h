// Runs a piece of start-up work once a window has painted its first frame, so that what the window
// does not need for that frame (loading the keychain) does not hold it back. At once when the
// window is not shown, or only minimised (it may never be painted), and after a short wait at the
// latest.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

class AfterFirstPaint final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    // `work` runs once, from the event loop, unless `window` goes first.
    static void run(QWidget &window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget &window, std::function<void()> work);
    // Runs the work on the next turn of the event loop (after the frame is flushed), then goes.
    void finish();

    std::function<void()> m_work;
    QTimer m_latest; // a window that is never exposed still gets its work done
    bool m_finishing = false;
};
