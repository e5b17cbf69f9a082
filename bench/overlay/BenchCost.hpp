#pragma once

#include "FrameProbe.hpp"
#include "HeadlessObs.hpp"

#include <obs.h>

#include <cstdint>
#include <string>
#include <vector>

namespace coachdeck::bench {

/// CPU time of the calling thread, nanoseconds: what its own work costs, whatever else runs.
std::uint64_t threadCpuNs();

double mean(const std::vector<double> &values);
/// The value at fraction `p` of the sorted values (0.5: the median).
double percentile(std::vector<double> values, double p);

/// One round's mean cost of a source per frame, microseconds of graphics-thread CPU time.
struct Sample {
    double tickUs = 0;   ///< its share of tick_sources (the empty round's span removed)
    double renderUs = 0; ///< its video_render
    double worstUs = 0;  ///< the costliest frame (a repaint, an update)
    double frameMs = 0;  ///< OBS's own average frame time meanwhile (wall clock)
};

/// A source's cost over several rounds, as medians: a round disturbed by the rest of the
/// machine does not count.
struct Cost {
    std::string name;
    std::vector<Sample> rounds;

    double tickUs() const { return medianOf(&Sample::tickUs); }
    double renderUs() const { return medianOf(&Sample::renderUs); }
    double total() const { return tickUs() + renderUs(); }
    double worstUs() const { return medianOf(&Sample::worstUs); }
    double frameMs() const { return medianOf(&Sample::frameMs); }

private:
    double medianOf(double Sample::*field) const;
};

/// Draws `source` for a while to settle it, then measures `frames` frames.
Sample sampleOf(FrameProbe &probe, obs_source_t *source, int frames, double baselineTickUs,
                test::HeadlessObs &obs);

void print(const Cost &cost);

} // namespace coachdeck::bench
