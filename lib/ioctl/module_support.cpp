#include "ioctl/module_support.h"

#include <dirent.h>

#include <map>
#include <memory>
#include <mutex>

namespace gzfs {

std::optional<std::set<std::string>> read_module_support(const std::string& dir)
{
    std::unique_ptr<DIR, int (*)(DIR*)> d(opendir(dir.c_str()), closedir);
    if (!d)
        return std::nullopt;
    std::set<std::string> names;
    while (const dirent* e = readdir(d.get())) {
        std::string_view name = e->d_name;
        if (name != "." && name != "..")
            names.emplace(name);
    }
    return names;
}

bool module_supports(const char* dir, std::string_view name)
{
    static std::mutex mutex;
    static std::map<std::string, std::optional<std::set<std::string>>, std::less<>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(std::string_view(dir));
    if (it == cache.end())
        it = cache.emplace(dir, read_module_support(dir)).first;
    return !it->second || it->second->count(std::string(name)) > 0;
}

} // namespace gzfs
