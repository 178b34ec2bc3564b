#include "trace/render_json.h"

#include "nvlist/json.h"

namespace gzfs::trace {

namespace {

nlohmann::json fields_json(const std::vector<ShownField>& fields)
{
    auto out = nlohmann::json::object();
    for (const auto& f : fields)
        out[f.name] = f.value;
    return out;
}

void add_nvlist(nlohmann::json& out, const char* key, const std::optional<ShownNvlist>& nvl)
{
    if (!nvl || !nvl->list) {
        out[key] = nullptr;
        if (nvl)
            out[std::string(key) + "_error"] = nvl->error;
        return;
    }
    out[key] = nv::to_json(*nvl->list);
}

} // namespace

nlohmann::json call_to_json(const TraceCall& call)
{
    using namespace std::chrono;
    nlohmann::json out;
    out["time"] = duration<double>(call.start.time_since_epoch()).count();
    out["pid"] = call.tgid;
    out["tid"] = call.tid;
    out["ioctl"] = call.ioctl;
    out["request"] = call.request;
    out["fields"] = fields_json(call.fields);
    if (!call.cmd_error.empty())
        out["cmd_error"] = call.cmd_error;
    add_nvlist(out, "src", call.src);
    out["finished"] = call.finished;
    if (call.finished) {
        out["result"] = call.rval;
        out["errno"] = call.error;
        out["error"] = call.error_name.empty() ? nlohmann::json() : nlohmann::json(call.error_name);
        out["changed"] = fields_json(call.changed);
        add_nvlist(out, "dst", call.dst);
        out["duration_us"] = duration<double, std::micro>(call.duration).count();
    }
    return out;
}

} // namespace gzfs::trace
