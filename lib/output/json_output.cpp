#include "output/json_output.h"

#include "ioctl/errors.h"

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
    auto name_or_null = [](int value) {
        const std::string_view name = errno_name(value);
        return value == 0 || name.empty() ? Json(nullptr) : Json(std::string(name));
    };
    e["errno"] = name_or_null(code);
    e["errno_value"] = code;
    // The ZFS error lives in zfs_error when the kernel gave one, else in errno itself.
    const int zfs = error.zfs_error ? error.zfs_error : (code >= kZfsErrFirst ? code : 0);
    e["zfs_error"] = name_or_null(zfs);
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
