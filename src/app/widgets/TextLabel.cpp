#include "app/widgets/TextLabel.h"

#include <algorithm>

TextLabel::TextLabel(QWidget *parent)
    : QLabel(parent) {}

TextLabel::TextLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent) {}

TextLabel::~TextLabel() = default;

bool TextLabel::Inputs::operator==(const Inputs &other) const {
    return text == other.text && font == other.font && wordWrap == other.wordWrap &&
           format == other.format && alignment == other.alignment &&
           interaction == other.interaction && margin == other.margin && indent == other.indent &&
           contents == other.contents && frameWidth == other.frameWidth &&
           maximumWidth == other.maximumWidth && dpi == other.dpi && hasPixmap == other.hasPixmap;
}

TextLabel::Inputs TextLabel::inputs() const {
    Inputs in;
    in.text = text();
    in.font = font();
    in.wordWrap = wordWrap();
    in.format = textFormat();
    in.alignment = alignment();
    in.interaction = textInteractionFlags();
    in.margin = margin();
    in.indent = indent();
    in.contents = contentsMargins();
    in.frameWidth = frameWidth();
    in.maximumWidth = maximumWidth();
    in.dpi = logicalDpiY();
    in.hasPixmap = !pixmap().isNull();
    return in;
}

void TextLabel::forgetIfChanged() const {
    ensurePolished(); // the style's font and margins are inputs too
    Inputs now = inputs();
    if (m_inputs && *m_inputs == now)
        return;
    m_inputs = std::move(now);
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
    m_heightCount = 0;
}

QSize TextLabel::remembered(std::optional<QSize> &hint,
                            const std::function<QSize()> &workOut) const {
    forgetIfChanged();
    if (!hint) {
        ++m_workedOut;
        hint = workOut();
    }
    return *hint;
}

QSize TextLabel::sizeHint() const {
    return remembered(m_sizeHint, [this] { return QLabel::sizeHint(); });
}

QSize TextLabel::minimumSizeHint() const {
    return remembered(m_minimumSizeHint, [this] { return QLabel::minimumSizeHint(); });
}

int TextLabel::heightForWidth(int width) const {
    forgetIfChanged();
    const auto begin = m_heights;
    const auto end = m_heights + m_heightCount;
    const auto found = std::find_if(
        begin, end, [width](const std::pair<int, int> &entry) { return entry.first == width; });
    if (found != end)
        return found->second;
    ++m_workedOut;
    const int height = QLabel::heightForWidth(width);
    // The newest first; the oldest falls off the end.
    m_heightCount = std::min(m_heightCount + 1, rememberedHeights);
    std::move_backward(m_heights, m_heights + m_heightCount - 1, m_heights + m_heightCount);
    m_heights[0] = {width, height};
    return height;
}
