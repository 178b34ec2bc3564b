#include "zfs/module_version.h"

#include <fstream>

namespace gzfs::zfs {

std::optional<std::string> loaded_module_version()
{
    std::ifstream in("/sys/module/zfs/version");
    std::string line;
    if (!in || !std::getline(in, line) || line.empty())
        return std::nullopt;
    return line;
}

} // namespace gzfs::zfs
