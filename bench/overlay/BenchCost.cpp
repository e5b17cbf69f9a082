#include "BenchCost.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>

namespace coachdeck::bench {

std::uint64_t threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<std::uint64_t>(now.tv_sec) * 1'000'000'000ULL +
           static_cast<std::uint64_t>(now.tv_nsec);
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? 0.0
                          : std::accumulate(values.begin(), values.end(), 0.0) /
                                static_cast<double>(values.size());
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

double Cost::medianOf(double Sample::*field) const
{
    std::vector<double> values;
    for (const Sample &r : rounds)
        values.push_back(r.*field);
    return percentile(values, 0.5);
}

Sample sampleOf(FrameProbe &probe, obs_source_t *source, int frames, double baselineTickUs,
                test::HeadlessObs &obs)
{
    // Settle, drawn as in a scene: deferred updates applied, first pictures uploaded.
    probe.draw(source);
    obs.waitTicks(30);
    std::vector<double> tick;
    std::vector<double> render;
    probe.measure(source, frames, tick, render);
    double worst = 0;
    for (std::size_t i = 0; i < tick.size(); ++i)
        worst = std::max(worst, tick[i] - baselineTickUs + render[i]);
    return {mean(tick) - baselineTickUs, mean(render), worst,
            static_cast<double>(obs_get_average_frame_time_ns()) / 1e6};
}

void print(const Cost &cost)
{
    std::printf("  %-48s tick %6.1f  render %6.1f  total %6.1f us/frame  worst %7.1f us"
                "  | OBS frame %5.2f ms\n",
                cost.name.c_str(), cost.tickUs(), cost.renderUs(), cost.total(), cost.worstUs(),
                cost.frameMs());
    std::fflush(stdout);
}

} // namespace coachdeck::bench
