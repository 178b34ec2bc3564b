#pragma once
// gztrace -c: per ioctl, how many calls, how many failed, and the time spent in the kernel,
// like strace -c.

#include "trace/trace_call.h"

#include <chrono>
#include <map>
#include <string>

namespace gzfs::trace {

/// Accumulates calls and renders the table.
class Summary {
public:
    void add(const TraceCall& call);

    /// The table, busiest ioctl (total time) first, with a total line:
    ///   IOCTL              CALLS  ERRORS   TIME(s)  AVG(us)
    ///   DATASET_LIST_NEXT     12       3  0.001234    102.8
    std::string render() const;

private:
    struct Row {
        uint64_t calls = 0;
        uint64_t errors = 0;
        std::chrono::nanoseconds time{0};
    };
    std::map<std::string, Row> rows_;
};

} // namespace gzfs::trace
