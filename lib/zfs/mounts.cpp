#include "zfs/mounts.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <fstream>
#include <sstream>

namespace gzfs::zfs {

namespace {

// /proc/mounts escapes space, tab, newline and backslash as \ooo.
std::string unescape(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '\\' && i + 3 < s.size() &&
            std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 3), nullptr, 8));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

std::vector<MountEntry> mount_table(const std::string& path)
{
    std::vector<MountEntry> table;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        MountEntry e;
        if (fields >> e.source >> e.target >> e.fstype >> e.options)
            table.push_back({unescape(e.source), unescape(e.target), e.fstype, e.options});
    }
    return table;
}

std::map<std::string, std::vector<std::string>> mount_points(const std::string& path)
{
    std::map<std::string, std::vector<std::string>> points;
    for (const MountEntry& e : mount_table(path))
        if (e.fstype == "zfs")
            points[e.source].push_back(e.target);
    return points;
}

std::set<std::string> mounted_datasets(const std::string& path)
{
    std::set<std::string> names;
    for (const auto& [name, targets] : mount_points(path))
        names.insert(name);
    return names;
}

Status unmount_dataset(const std::string& dataset, bool force)
{
    auto points = mount_points();
    auto it = points.find(dataset);
    if (it == points.end())
        return {};
    for (auto target = it->second.rbegin(); target != it->second.rend(); ++target) {
        if (::umount2(target->c_str(), force ? MNT_FORCE : 0) != 0) {
            const int err = errno;
            return make_error("cannot unmount '" + *target + "': " + std::strerror(err), err);
        }
    }
    return {};
}

} // namespace gzfs::zfs
