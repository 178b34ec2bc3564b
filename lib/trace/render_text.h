#pragma once
// The readable, strace-like rendering of a TraceCall: one block per call.
//
//   [pid 4242] SNAPSHOT(zc_name="tank") = 0 <0.000512s>
//       src: {"props":{},"snaps":{"tank@a":true}}
//       changed: zc_nvlist_dst_filled=1 zc_nvlist_dst_size=16
//       dst: {}
//
// Failures read "= -1 EEXIST <...>" (ZFS's own codes by their ZFS_ERR_ name); a call the
// thread never returned from reads "= ? <unfinished>".

#include "trace/trace_call.h"

#include <string>

namespace gzfs::trace {

/// The block for one call, ending in a newline.
std::string render_text(const TraceCall& call);

} // namespace gzfs::trace
