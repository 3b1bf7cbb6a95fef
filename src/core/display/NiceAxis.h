// A value axis from zero with round steps (0, 500,000, 1,000,000 ...), so that a chart neither
// wastes half its height above the data nor labels its ticks with odd figures.
#pragma once

class NiceAxis final {
public:
    // The smallest axis from 0 that holds highest, in steps of 1, 2, 2.5 or 5 times a power of
    // ten, with about `steps` steps (never more than steps + 1).
    static NiceAxis fromZeroTo(double highest, int steps = 5);
    // A percentage axis: always up to 100 % with a little room above the highest value, in at most
    // steps + 1 labelled lines however far over the allocation it goes (0 to 2,500 % in steps of
    // 500, not 85 lines of 25 %).
    static NiceAxis forPercent(double highestPercent, int steps = 5);

    double maximum() const { return m_maximum; }
    double step() const { return m_step; }
    int tickCount() const; // tick labels, counting the one at zero
    int decimals() const;  // decimals that show every tick exactly (2.5 needs one)

private:
    NiceAxis(double maximum, double step)
        : m_maximum(maximum)
        , m_step(step) {}

    double m_maximum;
    double m_step;
};
