// TextLabel: its size hints are QLabel's own, whatever the text, wrapping, font, margins or
// maximum width, also after each of them changes; a layout around it comes out exactly as around
// a QLabel; and a hint asked for again with nothing changed (a layout pass after a sibling moved)
// is remembered, not worked out anew.
#include "app/widgets/TextLabel.h"

#include <QTest>
#include <QVBoxLayout>

namespace {

const QString longText = QStringLiteral(
    "Explorer units 82 % · projected to run out on 27 Dec, 4 days before the reset, at about "
    "2,400 units a day");

// The same settings on both labels.
void configure(QLabel &label, const QString &text, bool wrap, qreal fontScale, int margin,
               int indent, const QMargins &contents, int maximumWidth) {
    label.setText(text);
    label.setWordWrap(wrap);
    QFont font = label.font();
    font.setPointSizeF(QFont().pointSizeF() * fontScale);
    font.setBold(fontScale > 1.0);
    label.setFont(font);
    label.setMargin(margin);
    label.setIndent(indent);
    label.setContentsMargins(contents);
    label.setMaximumWidth(maximumWidth);
}

bool sameHints(const QLabel &ours, const QLabel &qts, QString *difference) {
    if (ours.sizeHint() != qts.sizeHint()) {
        *difference = QStringLiteral("sizeHint %1x%2, QLabel's %3x%4")
                          .arg(ours.sizeHint().width())
                          .arg(ours.sizeHint().height())
                          .arg(qts.sizeHint().width())
                          .arg(qts.sizeHint().height());
        return false;
    }
    if (ours.minimumSizeHint() != qts.minimumSizeHint()) {
        *difference = QStringLiteral("minimumSizeHint differs");
        return false;
    }
    for (int width : {1, 40, 90, 160, 333, 800, 3000}) {
        if (ours.heightForWidth(width) != qts.heightForWidth(width)) {
            *difference = QStringLiteral("heightForWidth(%1) %2, QLabel's %3")
                              .arg(width)
                              .arg(ours.heightForWidth(width))
                              .arg(qts.heightForWidth(width));
            return false;
        }
    }
    return true;
}

} // namespace

class TextLabelTest final : public QObject {
    Q_OBJECT

private slots:
    void theHintsAreQLabelsOwn_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wrap");
        QTest::addColumn<qreal>("fontScale");
        QTest::addColumn<int>("margin");
        QTest::addColumn<int>("indent");
        QTest::addColumn<QMargins>("contents");
        QTest::addColumn<int>("maximumWidth");
        const int unbounded = QWIDGETSIZE_MAX;
        QTest::newRow("empty") << QString() << true << 1.0 << 0 << -1 << QMargins() << unbounded;
        QTest::newRow("a word") << QStringLiteral("77 %") << false << 1.45 << 0 << -1 << QMargins()
                                << unbounded;
        QTest::newRow("a sentence, wrapped")
            << longText << true << 1.0 << 0 << -1 << QMargins() << unbounded;
        QTest::newRow("a sentence, on one line")
            << longText << false << 1.0 << 0 << -1 << QMargins() << unbounded;
        QTest::newRow("lines of their own")
            << QStringLiteral("Stale: last updated 3 hours ago\nRefresh failed: HTTP 503") << true
            << 0.92 << 0 << -1 << QMargins() << unbounded;
        QTest::newRow("margins and indent")
            << longText << true << 1.2 << 3 << 7 << QMargins(4, 2, 6, 1) << unbounded;
        QTest::newRow("narrower than its words at most")
            << longText << true << 2.6 << 0 << -1 << QMargins() << 180;
    }

    void theHintsAreQLabelsOwn() {
        QFETCH(QString, text);
        QFETCH(bool, wrap);
        QFETCH(qreal, fontScale);
        QFETCH(int, margin);
        QFETCH(int, indent);
        QFETCH(QMargins, contents);
        QFETCH(int, maximumWidth);
        TextLabel ours;
        QLabel qts;
        configure(ours, text, wrap, fontScale, margin, indent, contents, maximumWidth);
        configure(qts, text, wrap, fontScale, margin, indent, contents, maximumWidth);
        QString difference;
        QVERIFY2(sameHints(ours, qts, &difference), qPrintable(difference));
    }

    void everyInputThatChangesIsTakenIntoAccount() {
        TextLabel ours;
        QLabel qts;
        QString difference;
        // Each change after hints were given: the remembered ones must not be answered.
        const QList<std::function<void(QLabel &)>> changes{
            [](QLabel &l) { l.setText(longText); },
            [](QLabel &l) { l.setWordWrap(true); },
            [](QLabel &l) { l.setText(QStringLiteral("A shorter line, still wrapped")); },
            [](QLabel &l) {
                QFont font = l.font();
                font.setPointSizeF(font.pointSizeF() * 1.8);
                l.setFont(font);
            },
            [](QLabel &l) { l.setMargin(5); },
            [](QLabel &l) { l.setIndent(12); },
            [](QLabel &l) { l.setContentsMargins(3, 3, 9, 2); },
            [](QLabel &l) { l.setMaximumWidth(120); },
            [](QLabel &l) { l.setAlignment(Qt::AlignRight | Qt::AlignBottom); },
            [](QLabel &l) { l.setFrameShape(QFrame::Box); },
            [](QLabel &l) { l.setTextInteractionFlags(Qt::TextSelectableByMouse); },
            [](QLabel &l) { l.setTextFormat(Qt::RichText); },
            [](QLabel &l) { l.setText(QStringLiteral("<b>Rich</b> text, now")); },
        };
        for (qsizetype i = 0; i < changes.size(); ++i) {
            changes.at(i)(ours);
            changes.at(i)(qts);
            QVERIFY2(sameHints(ours, qts, &difference),
                     qPrintable(QStringLiteral("after change %1: %2").arg(i).arg(difference)));
        }
    }

    void aLayoutComesOutAsWithQLabel() {
        const auto laidOut = [](QLabel *first, QLabel *second) {
            auto window = std::make_unique<QWidget>();
            auto *layout = new QVBoxLayout(window.get());
            first->setParent(window.get());
            second->setParent(window.get());
            first->setText(longText);
            first->setWordWrap(true);
            second->setText(QStringLiteral("Resets on 1 January 2027, in 31 days"));
            layout->addWidget(first);
            layout->addWidget(second);
            layout->addStretch(1);
            window->resize(260, 400);
            window->show();
            layout->activate();
            return std::make_tuple(std::move(window), first->geometry(), second->geometry(),
                                   window->minimumSizeHint());
        };
        const auto [ourWindow, ourFirst, ourSecond, ourMinimum] =
            laidOut(new TextLabel, new TextLabel);
        const auto [qtWindow, qtFirst, qtSecond, qtMinimum] = laidOut(new QLabel, new QLabel);
        QCOMPARE(ourFirst, qtFirst);
        QCOMPARE(ourSecond, qtSecond);
        QCOMPARE(ourMinimum, qtMinimum);
        QVERIFY(ourFirst.height() > ourSecond.height()); // it did wrap
    }

    void aHintAskedAgainIsRemembered() {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new TextLabel(longText);
        label->setWordWrap(true);
        auto *sibling = new TextLabel(QStringLiteral("Today"));
        layout->addWidget(label);
        layout->addWidget(sibling);
        window.resize(300, 300);
        window.show();
        layout->activate();
        const int workedOut = label->hintsWorkedOut();
        QVERIFY(workedOut > 0);

        // A sibling's new words make the layout ask every label again: this one answers from
        // what it remembered.
        sibling->setText(QStringLiteral("Yesterday and today"));
        layout->activate();
        QCOMPARE(label->hintsWorkedOut(), workedOut);

        // Its own new words are worked out.
        label->setText(longText + QStringLiteral(" and more"));
        layout->activate();
        QVERIFY(label->hintsWorkedOut() > workedOut);
    }
};

QTEST_MAIN(TextLabelTest)
#include "TextLabelTest.moc"
