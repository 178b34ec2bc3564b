#include "trace/summary.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace gzfs::trace {

void Summary::add(const TraceCall& call)
{
    Row& row = rows_[call.ioctl];
    ++row.calls;
    // An unfinished call has no result; it is counted, not as an error.
    if (call.finished && call.error != 0)
        ++row.errors;
    row.time += call.duration;
}

std::string Summary::render() const
{
    std::vector<std::pair<std::string, Row>> sorted(rows_.begin(), rows_.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second.time > b.second.time; });
    Row total;
    for (const auto& [name, row] : sorted) {
        total.calls += row.calls;
        total.errors += row.errors;
        total.time += row.time;
    }
    size_t width = 5;
    for (const auto& entry : sorted)
        width = std::max(width, entry.first.size());

    auto line = [&](const std::string& name, const Row& row) {
        char buf[256];
        double seconds = row.time.count() / 1e9;
        double avg_us = row.calls ? row.time.count() / 1e3 / row.calls : 0;
        snprintf(buf, sizeof buf, "%-*s  %8llu  %8llu  %10.6f  %10.1f\n", static_cast<int>(width),
                 name.c_str(), static_cast<unsigned long long>(row.calls),
                 static_cast<unsigned long long>(row.errors), seconds, avg_us);
        return std::string(buf);
    };
    char head[256];
    snprintf(head, sizeof head, "%-*s  %8s  %8s  %10s  %10s\n", static_cast<int>(width), "IOCTL",
             "CALLS", "ERRORS", "TIME(s)", "AVG(us)");
    std::string out = head;
    for (const auto& [name, row] : sorted)
        out += line(name, row);
    out += std::string(width + 46, '-') + "\n";
    out += line("total", total);
    return out;
}

} // namespace gzfs::trace
