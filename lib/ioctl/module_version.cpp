#include "ioctl/module_version.h"

#include <cerrno>
#include <charconv>
#include <fstream>

namespace gzfs {

namespace {

// Reads one decimal number at `pos`, advancing it; -1 if there is none.
int read_number(std::string_view text, size_t& pos)
{
    int value = 0;
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), value);
    if (ec != std::errc())
        return -1;
    pos = end - text.data();
    return value;
}

} // namespace

std::string Version::str() const
{
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

Result<Version> parse_version(std::string_view text)
{
    auto invalid = [&] {
        return make_error("cannot parse ZFS module version '" + std::string(text) + "'", EINVAL);
    };
    Version v;
    size_t pos = 0;
    v.major = read_number(text, pos);
    if (v.major < 0 || pos >= text.size() || text[pos] != '.')
        return invalid();
    ++pos;
    v.minor = read_number(text, pos);
    if (v.minor < 0)
        return invalid();
    // The patch level is optional ("2.3" is a valid tag); anything after it is packaging.
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        v.patch = read_number(text, pos);
        if (v.patch < 0)
            return invalid();
    }
    return v;
}

Status check_supported(const ModuleVersion& module)
{
    const Version& v = module.version;
    if (v >= kOldestSupported && v < kFirstUnsupported)
        return {};
    std::string why = v < kOldestSupported ? "too old" : "too new";
    return make_error("unsupported ZFS module version '" + module.text + "' (" + why +
                          "; gzfs supports " + kOldestSupported.str() + " to " +
                          std::to_string(kFirstUnsupported.major) + "." +
                          std::to_string(kFirstUnsupported.minor - 1) + ".x)",
                      ENOTSUP);
}

Result<ModuleVersion> read_module_version(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return make_error("cannot read '" + path + "': the ZFS kernel module is not loaded",
                          ENOENT);
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\r'))
        line.pop_back();
    auto version = parse_version(line);
    if (!version)
        return version.error();
    ModuleVersion module{*version, line};
    if (auto st = check_supported(module); !st)
        return st.error();
    return module;
}

} // namespace gzfs
