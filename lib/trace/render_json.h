#pragma once
// A TraceCall as one JSON object (gztrace -j prints one per line, for jq):
//   {"time":1764040000.123456,"pid":4242,"tid":4242,"ioctl":"SNAPSHOT","request":23075,
//    "fields":{"zc_name":"tank"},"src":{...},"finished":true,"result":0,"errno":0,
//    "error":null,"changed":{...},"dst":{...},"duration_us":512.3}
// "src"/"dst" are null when absent; an nvlist that could not be read or unpacked is null
// with "src_error"/"dst_error" saying why. nvlists use nv::to_json (values, not types).

#include "trace/trace_call.h"

#include <nlohmann/json.hpp>

namespace gzfs::trace {

/// The object for one call.
nlohmann::json call_to_json(const TraceCall& call);

} // namespace gzfs::trace
