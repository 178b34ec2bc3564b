#include "zfs/mounts.h"

#include <cctype>
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

std::set<std::string> mounted_datasets(const std::string& path)
{
    std::set<std::string> names;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string source, target, fstype;
        if (fields >> source >> target >> fstype && fstype == "zfs")
            names.insert(unescape(source));
    }
    return names;
}

} // namespace gzfs::zfs
