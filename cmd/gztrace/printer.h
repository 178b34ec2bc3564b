#pragma once
// Where gztrace's output goes and in which form: one block (text) or one line (-j) per call
// as it finishes, or only the summary table at the end (-c).

#include "trace/summary.h"
#include "trace/trace_call.h"

#include <cstdio>

namespace gzfs::trace {

enum class OutputForm { Text, Json, Summary };

/// Prints calls to a stream (stderr by default, like strace, so that the traced command's
/// own stdout stays clean). Flushes after each call so that blocks interleave sensibly with
/// the command's output.
class Printer {
public:
    Printer(FILE* out, OutputForm form) : out_(out), form_(form) {}

    /// The CallSink.
    void print(const TraceCall& call);

    /// The summary table, for -c; nothing otherwise.
    void finish();

private:
    FILE* out_;
    OutputForm form_;
    Summary summary_;
};

} // namespace gzfs::trace
