// A QLabel that remembers its size hints while what they depend on stays the same.
//
// QLabel works its hints out again after every change anywhere in its layout (a sibling's text, a
// card shown, the window resized), and each time lays its text out anew: three to five times for
// sizeHint() and minimumSizeHint(), once for every heightForWidth() the layouts ask of a wrapped
// label. Text shaping is the largest part of a dashboard's first frame and of its refreshes. This
// label answers from what it remembered until its text, font, wrapping, format, alignment,
// margins, frame, maximum width, interaction or screen resolution changes; the answers are
// QLabel's own, so it lays out exactly as a QLabel does.
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <functional>
#include <optional>
#include <utility>

class TextLabel : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLabel)

public:
    explicit TextLabel(QWidget *parent = nullptr);
    explicit TextLabel(const QString &text, QWidget *parent = nullptr);
    ~TextLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // How often a hint was worked out by QLabel rather than remembered; for tests.
    int hintsWorkedOut() const { return m_workedOut; }

private:
    // Everything QLabel's hints are worked out from.
    struct Inputs {
        QString text;
        QFont font;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        Qt::TextInteractionFlags interaction;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        int frameWidth = 0;
        int maximumWidth = 0;
        int dpi = 0;
        bool hasPixmap = false;

        bool operator==(const Inputs &other) const;
    };

    Inputs inputs() const;
    // Forgets every remembered hint when an input changed since they were worked out.
    void forgetIfChanged() const;
    // `hint` as remembered, else as `workOut` (QLabel's own) gives it.
    QSize remembered(std::optional<QSize> &hint, const std::function<QSize()> &workOut) const;

    static constexpr int rememberedHeights = 8;

    mutable std::optional<Inputs> m_inputs;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    // width → height, the most recent first
    mutable std::pair<int, int> m_heights[rememberedHeights];
    mutable int m_heightCount = 0;
    mutable int m_workedOut = 0;
};
