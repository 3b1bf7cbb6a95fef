// Gives a Qt chart the colours of the widget palette (background, text, grid), because Qt Charts'
// own themes ignore it and would leave dark text on a dark window.
#pragma once

class QChart;
class QPalette;

class ChartPalette final {
public:
    static void apply(QChart *chart, const QPalette &palette);
};
