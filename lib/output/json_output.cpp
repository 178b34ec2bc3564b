#include "output/json_output.h"

#include "output/error_names.h"

namespace gzfs::out {

Json output_version(std::string_view command)
{
    Json v = Json::object();
    v["command"] = std::string(command);
    v["vers_major"] = 0;
    v["vers_minor"] = 1;
    return v;
}

Json envelope(std::string_view command)
{
    Json doc = Json::object();
    doc["output_version"] = output_version(command);
    return doc;
}

Json error_json(std::string_view command, const Error& error)
{
    Json e = Json::object();
    const int code = error.sys_errno;
    e["errno"] = code ? Json(errno_name(code)) : Json(nullptr);
    e["errno_value"] = code;
    const std::string zfs = zfs_error_name(error.zfs_error);
    e["zfs_error"] = zfs.empty() ? Json(nullptr) : Json(zfs);
    e["message"] = error.message;
    Json doc = envelope(command);
    doc["error"] = std::move(e);
    return doc;
}

std::string dump_line(const Json& doc)
{
    // Replace invalid UTF-8 instead of throwing: dataset names are bytes, not text.
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace gzfs::out
