#pragma once
// The CallObserver that decodes: reads the tracee's zfs_cmd_t at entry and exit with the
// layout of the loaded module, reads the src and dst nvlists, and hands a TraceCall to a sink.

#include "ioctl/zfs_cmd.h"
#include "trace/call_observer.h"
#include "trace/trace_call.h"

#include <functional>
#include <map>
#include <optional>
#include <set>

namespace gzfs::trace {

/// Receives each finished (or abandoned) call.
using CallSink = std::function<void(const TraceCall&)>;

class IoctlDecoder : public CallObserver {
public:
    /// `layout`: the loaded module's zfs_cmd_t. `only`: request numbers to report (empty:
    /// all).
    IoctlDecoder(const CmdLayout& layout, std::set<uint32_t> only, CallSink sink);

    bool on_entry(const IoctlEntry& entry, const MemoryReader& memory) override;
    void on_exit(pid_t tid, int64_t rval, std::chrono::nanoseconds duration,
                 const MemoryReader& memory) override;
    void on_unfinished(pid_t tid) override;

private:
    struct Pending {
        TraceCall call;
        uint64_t address = 0;
        std::optional<ZfsCmd> before;
    };

    const CmdLayout& layout_;
    std::set<uint32_t> only_;
    CallSink sink_;
    std::map<pid_t, Pending> pending_;
};

} // namespace gzfs::trace
