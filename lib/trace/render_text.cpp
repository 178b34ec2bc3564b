#include "trace/render_text.h"

#include "nvlist/json.h"

#include <cstdio>

namespace gzfs::trace {

namespace {

std::string fields_text(const std::vector<ShownField>& fields, const char* separator)
{
    std::string out;
    for (const auto& f : fields) {
        if (!out.empty())
            out += separator;
        out += f.name + "=" + f.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return out;
}

std::string nvlist_text(const ShownNvlist& nvl)
{
    if (!nvl.list)
        return "<" + nvl.error + ">";
    return nv::to_json(*nvl.list).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string result_text(const TraceCall& call)
{
    if (!call.finished)
        return "= ? <unfinished>";
    char timing[48];
    snprintf(timing, sizeof timing, " <%.6fs>", call.duration.count() / 1e9);
    if (call.error == 0)
        return "= " + std::to_string(call.rval) + timing;
    std::string name = call.error_name.empty() ? std::to_string(call.error) : call.error_name;
    return "= -1 " + name + timing;
}

} // namespace

std::string render_text(const TraceCall& call)
{
    std::string out = "[pid " + std::to_string(call.tid) + "] " + call.ioctl + "(";
    out += call.cmd_error.empty() ? fields_text(call.fields, ", ") : "<" + call.cmd_error + ">";
    out += ") " + result_text(call) + "\n";
    if (call.src)
        out += "    src: " + nvlist_text(*call.src) + "\n";
    if (!call.changed.empty())
        out += "    changed: " + fields_text(call.changed, " ") + "\n";
    if (call.dst)
        out += "    dst: " + nvlist_text(*call.dst) + "\n";
    return out;
}

} // namespace gzfs::trace
